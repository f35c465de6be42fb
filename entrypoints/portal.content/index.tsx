import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import styles from '../../components/inline/style.css?inline';
import { startClaimChecker } from '../../components/inline/controller';
import { mountShadowHost } from '../../components/inline/shadow-host';
import type { CheckClaimReply, ContentToBackground } from '../../lib/messages/protocol';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal-hosts';

// The claim-form content script: wiring only. Reading the form is lib/portal, the checks are lib/rules,
// the checks run in the background (the rules, their tables and the client's records stay there), the
// UI is components/inline.
export default defineContentScript({
  matches: KNOWN_PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: ContentToBackground) =>
      browser.runtime.sendMessage(message) as Promise<CheckClaimReply>;
    startClaimChecker({
      document,
      signal: ctx.signal,
      checkClaim: (draft) => send({ type: 'check-claim', draft }),
      mountUi() {
        const ui = mountShadowHost(document, {
          name: 'mba-claim-check',
          css: styles,
          // Closed in production so the page cannot read or click into our UI; open in the e2e build so
          // tests can find the findings (DESIGN.md, "The e2e build").
          mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
        });
        ctx.onInvalidated(ui.remove);
        return ui;
      },
    });
  },
});
