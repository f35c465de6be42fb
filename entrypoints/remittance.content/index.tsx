import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import styles from '../../components/inline/style.css?inline';
import { mountShadowHost, type ShadowHost } from '../../components/inline/shadow-host';
import { startRemittanceExplainer } from './explainer';
import type { ContentToBackground, RemittanceCodesReply } from '../../lib/messages/protocol';

// The remittance content script: on EOB, ERA and claim-status pages, explains the adjustment (CARC) and
// remark (RARC) codes shown. A script of its own so the claim-form script keeps its 30 KB budget; on a
// page without remittance words it does one pass over the page text and stops there.
export default defineContentScript({
  // Loaded by the probe (entrypoints/probe.content) into frames that show remittance words.
  registration: 'runtime',
  main(ctx) {
    const marker = Symbol.for('massage-billing-assistant/remittance');
    const scope = globalThis as { [marker]?: boolean };
    if (scope[marker]) return; // injected twice (declared and enabled for a site): run once per frame
    scope[marker] = true;
    ctx.onInvalidated(() => delete scope[marker]);

    let shared: ShadowHost | null = null;
    ctx.onInvalidated(() => shared?.remove());
    startRemittanceExplainer({
      document,
      signal: ctx.signal,
      codeTable: () =>
        (
          browser.runtime.sendMessage({
            type: 'remittance-codes',
          } satisfies ContentToBackground) as Promise<RemittanceCodesReply>
        ).then((reply) => reply.table),
      mountUi: () => {
        shared ??= mountShadowHost(document, {
          name: 'mba-remittance',
          css: styles,
          mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
        });
        return shared;
      },
      isOwnNode: (node) => !!shared && (node === shared.host || shared.host.contains(node)),
    });
  },
});
