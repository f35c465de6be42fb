import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import styles from '../../components/inline/style.css?inline';
import { startClaimChecker } from '../../components/inline/controller';
import { mountShadowHost, type ShadowHost } from '../../components/inline/shadow-host';
import type { BackgroundToContent, CheckClaimReply, ContentToBackground } from '../../lib/messages/protocol';

// The claim-form content script: wiring only. Reading the form is lib/portal, the checks run in the
// background (the rules, their tables and the client's records stay there), the UI is components/inline.
export default defineContentScript({
  // Loaded by the probe (entrypoints/probe.content) into frames that show signs of a claim form.
  registration: 'runtime',
  main(ctx) {
    // Injected twice (declared and enabled for a site, or "check this page once")? Run once per frame.
    const marker = Symbol.for('massage-billing-assistant');
    const scope = globalThis as { [marker]?: boolean };
    if (scope[marker]) return;
    scope[marker] = true;
    ctx.onInvalidated(() => delete scope[marker]);

    const send = <T,>(message: ContentToBackground) => browser.runtime.sendMessage(message) as Promise<T>;

    let ui: ShadowHost | null = null;
    ctx.onInvalidated(() => ui?.remove());
    const checker = startClaimChecker({
      document,
      signal: ctx.signal,
      checkClaim: (draft) => send<CheckClaimReply>({ type: 'check-claim', draft }),
      sendAutofill: (message) => send(message),
      mountUi: () =>
        (ui ??= mountShadowHost(document, {
          name: 'mba-claim-check',
          css: styles,
          // Closed in production so the page cannot read or click into our UI; open in the e2e build so
          // tests can find the findings (DESIGN.md, "The e2e build").
          mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
        })),
    });
    // The keyboard command and the context menu (lib/background/autofill-triggers.ts): only the
    // background may ask, never a page or another extension.
    const onTrigger = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if ((message as BackgroundToContent | undefined)?.type === 'autofill-trigger') checker.autofill();
    };
    browser.runtime.onMessage.addListener(onTrigger);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTrigger));
  },
});
