import { defineContentScript } from 'wxt/utils/define-content-script';
import { AUTOFILL_MODULE, autofillModule, type AutofillModule } from '../../components/inline/autofill-mount';

// The autofill, loaded on demand: the background injects this script into the frame whose panel asked
// for a fill (button, keyboard command or context menu). It only hands its module to the claim-form
// script, which runs in the same isolated world; nothing here touches the page by itself.
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as { [AUTOFILL_MODULE]?: AutofillModule })[AUTOFILL_MODULE] = autofillModule;
  },
});
