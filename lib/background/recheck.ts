import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/**
 * The frames whose claim form was checked lately, told to check again when what their findings rest on
 * changed without anyone typing: the records were locked or unlocked, or a record was saved (a client
 * added in the popup should clear "no saved client matches" on the portal tab already open). Only a
 * prompt with no data: the frame reads its form and asks `check-claim` as it does on a keystroke.
 */
export const RECHECK_MESSAGE = { type: 'recheck' } as const;
/** Frames remembered (the oldest forgotten first): a practice has a handful of portal tabs open. */
const MAX_FRAMES = 50;
/** A restore or a sync writes many records in a burst: one prompt after it settles. */
const SETTLE_MS = 300;

export function createRecheck(deps: {
  sendToFrame(tabId: number, frameId: number, message: typeof RECHECK_MESSAGE): Promise<unknown>;
  setTimer?: (run: () => void, ms: number) => unknown;
}) {
  const frames = new Map<string, { tabId: number; frameId: number }>();
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  let pending = false;

  const sendAll = () => {
    pending = false;
    for (const [key, { tabId, frameId }] of frames)
      // A closed tab or a frame navigated away: forget it.
      deps.sendToFrame(tabId, frameId, RECHECK_MESSAGE).catch(() => frames.delete(key));
  };

  return {
    /** A frame asked for a check: it is told when to ask again. */
    noteChecked(sender: Sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const frameId = sender.frameId ?? 0;
      const key = `${tabId}:${frameId}`;
      frames.delete(key);
      frames.set(key, { tabId, frameId });
      if (frames.size > MAX_FRAMES) frames.delete(frames.keys().next().value!);
    },
    /** What the findings rest on changed: every remembered frame checks again, once the burst settles. */
    changed() {
      if (pending) return;
      pending = true;
      setTimer(sendAll, SETTLE_MS);
    },
  };
}
