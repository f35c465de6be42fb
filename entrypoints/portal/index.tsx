import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import styles from '../../components/inline/style.css?inline';
import { startClaimChecker } from '../../components/inline/controller';
import { hostSelector, mountShadowHost, type ShadowHost } from '../../components/inline/shadow-host';
import type { BackgroundToContent, CheckClaimReply, ContentToBackground } from '../../lib/messages/protocol';
import { runOncePerFrame } from '../../lib/watch/once-per-frame';

// The claim-form script: wiring only. Reading the form is lib/portal, the checks run in the background
// (the rules, their tables and the client's records stay there), the UI is components/inline. Loaded by
// the probe (entrypoints/probe) into frames that show signs of a claim form; an unlisted script, like the
// probe, since it needs none of WXT's content-script context (lib/watch/once-per-frame.ts says why).
const HOST = 'mba-claim-check';

export default defineUnlistedScript(() => {
  const signal = runOncePerFrame('massage-billing-assistant/claim-form');
  if (!signal) return;
  // A copy from before an update, in a world of its own, left its host behind: ours replaces it.
  for (const stale of document.querySelectorAll(hostSelector(HOST))) stale.remove();

  const send = <T,>(message: ContentToBackground) => browser.runtime.sendMessage(message) as Promise<T>;

  let ui: ShadowHost | null = null;
  signal.addEventListener('abort', () => ui?.remove());
  const checker = startClaimChecker({
    document,
    signal,
    checkClaim: (draft) => send<CheckClaimReply>({ type: 'check-claim', draft }),
    sendAutofill: (message) => send(message),
    mountUi: () =>
      (ui ??= mountShadowHost(document, {
        name: HOST,
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
    const type = (message as BackgroundToContent | undefined)?.type;
    if (type === 'autofill-trigger') checker.autofill();
    else if (type === 'recheck') checker.recheck();
  };
  browser.runtime.onMessage.addListener(onTrigger);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onTrigger));
});
