import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://*.officeally.com/*'],
  allFrames: true,
  main() {
    document.documentElement.dataset.mbaLoaded = '1';
  },
});
