import type { Browser } from 'wxt/browser';
import { PartLoadRequestSchema, type PartLoadRequest } from '../messages/schemas';
import type { Route } from './router';

/** What the probe may ask to load, by part: the reader with its inline UI, or the remittance explainer. */
export const PART_SCRIPT_FILES = {
  claim: 'portal.js',
  remittance: 'content-scripts/remittance.js',
} as const;

/**
 * The probe's one route: load the part its frame shows signs of into that frame only (not the tab's
 * other frames), the way the autofill script is loaded. The probe runs only where a content script of
 * ours was declared, registered or injected, so the frame is one the extension already runs in; the
 * browser refuses the injection anywhere the extension has no access.
 */
export function partRoutes(
  inject: (target: { tabId: number; frameIds: number[] }, files: string[]) => Promise<unknown>,
) {
  return {
    'load-part': {
      schema: PartLoadRequestSchema,
      from: ['content-script'],
      async handle(message: PartLoadRequest, sender: Browser.runtime.MessageSender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId === undefined) return { loaded: false };
        try {
          await inject({ tabId, frameIds: [sender.frameId] }, [PART_SCRIPT_FILES[message.part]]);
          return { loaded: true };
        } catch {
          return { loaded: false };
        }
      },
    } satisfies Route<typeof PartLoadRequestSchema>,
  };
}
