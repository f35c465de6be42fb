import type { Browser } from 'wxt/browser';

// Code that Playwright runs inside the extension (service worker, extension pages) uses `chrome`.
declare global {
  const chrome: typeof Browser;
}
