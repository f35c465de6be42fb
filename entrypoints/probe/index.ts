import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentToBackground } from '../../lib/messages/protocol';
import { startProbe } from '../../lib/watch/probe';

// The probe: the one script every frame of a portal gets (declared in lib/manifest.ts, registered for
// enabled sites), under 1 KB gzipped. Where it sees signs of a claim form or of remittance codes it asks
// the background to load the reader (portal.js) or the explainer (remittance.js) into this frame;
// everywhere else nothing more is loaded or run. An unlisted script rather than a WXT content script:
// it needs none of WXT's content-script context, which would double its size.
export default defineUnlistedScript(() => {
  const marker = Symbol.for('massage-billing-assistant/probe');
  const scope = globalThis as { [marker]?: boolean };
  if (scope[marker]) return; // declared and enabled for a site, or "check this page once": once per frame
  scope[marker] = true;
  startProbe({
    document,
    signal: new AbortController().signal,
    load: (part) => browser.runtime.sendMessage({ type: 'load-part', part } satisfies ContentToBackground),
  });
});
