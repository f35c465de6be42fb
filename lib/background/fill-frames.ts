import type { AutofillClientsReply } from '../autofill/types';
import type { FillFrameAct, FillFrameView } from '../messages/schemas';
import type { BackgroundToContent } from '../messages/protocol';

/**
 * The fill frames: what comes from the records (the client picker, the client and sessions of a fill, the
 * old -> new values) is drawn in an extension page inside an iframe of the extension's own origin, as
 * Bitwarden's inline menu is, never in the portal page's document: a page script can read any text in its
 * own document (`window.find`, selection, layout probes), but not a cross-origin frame's.
 *
 * The content script opens a frame for its view and gets a token, which goes into the frame's address
 * (the page cannot read it: the iframe is in our closed shadow root, and a cross-origin frame's address is
 * not the page's to read). The frame page names the token in each request; the background answers only a
 * frame in the same tab, and passes the person's presses back to the content script of the frame that
 * opened it. The client list is searched only from a fill frame: a content script (a compromised page's
 * renderer included) cannot ask for it, and a fill for a client the form does not name needs a pick made
 * in the frame (lib/background/autofill.ts, `choose`).
 */

/** A sender as the background sees it (Browser.runtime.MessageSender fits). */
type Sender = { frameId?: number; url?: string; origin?: string; tab?: { id?: number; url?: string } };

type Entry = { tabId: number; frameId: number; opener: Sender; view: FillFrameView };

export type FillFramesDeps = {
  /** The client list for the picker, as the opener's frame may see it (autofill.clients). */
  clients(query: string, opener: Sender): Promise<AutofillClientsReply>;
  /**
   * The person picked this client in the frame: the opener's frame may now be filled for it. Returns why
   * not, if not (a client the picker never offered, too many different clients a minute).
   */
  choose(opener: Sender, clientId: string): string | undefined | Promise<string | undefined>;
  /** Passes a press to the opener's content script (tabs.sendMessage to that frame only). */
  sendToFrame(tabId: number, frameId: number, message: BackgroundToContent): Promise<unknown>;
  /** 32 hex digits from a CSPRNG. */
  token?: () => string;
};

const MAX_FRAMES = 50;
const GONE = 'This list is out of date: press Fill from my records again.';

/** 122 random bits (crypto.randomUUID, as the records' ids), as 32 hex digits. */
export const randomToken = () => crypto.randomUUID().replace(/-/g, '');

export function createFillFrames(deps: FillFramesDeps) {
  const entries = new Map<string, Entry>();
  const newToken = deps.token ?? randomToken;
  /** The entry for a request from a fill frame: same tab as its opener, else none. */
  const entryFor = (token: string, frame: Sender) => {
    const entry = entries.get(token);
    if (!entry || frame.tab?.id !== entry.tabId || frame.frameId === entry.frameId) return undefined;
    return entry;
  };
  return {
    /** A content script's view for a new frame; the frame it had before is closed. */
    open(view: FillFrameView, opener: Sender): { token: string } | { refused: string } {
      const tabId = opener.tab?.id;
      if (tabId === undefined) return { refused: 'no tab' };
      const frameId = opener.frameId ?? 0;
      for (const [token, e] of entries) if (e.tabId === tabId && e.frameId === frameId) entries.delete(token);
      if (entries.size >= MAX_FRAMES) entries.delete(entries.keys().next().value!);
      const token = newToken();
      entries.set(token, { tabId, frameId, opener, view });
      return { token };
    },

    view(token: string, frame: Sender): { view: FillFrameView } | { gone: string } {
      const entry = entryFor(token, frame);
      return entry ? { view: entry.view } : { gone: GONE };
    },

    async clients(token: string, query: string, frame: Sender): Promise<AutofillClientsReply> {
      const entry = entryFor(token, frame);
      if (!entry || entry.view.step !== 'pick') return { clients: [] };
      return deps.clients(query, entry.opener);
    },

    /** A person's press in the frame: to the content script that opened it, which acts on the page. */
    async act(
      token: string,
      act: FillFrameAct,
      point: { x: number; y: number } | undefined,
      frame: Sender,
    ): Promise<{ sent: true } | { refused: string }> {
      const entry = entryFor(token, frame);
      if (!entry) return { refused: GONE };
      if ((act.kind === 'pick') !== (entry.view.step === 'pick')) return { refused: GONE };
      if (act.kind === 'pick') {
        const refused = await deps.choose(entry.opener, act.clientId);
        if (refused) return { refused };
      }
      await deps.sendToFrame(entry.tabId, entry.frameId, {
        type: 'fill-frame-act',
        act,
        ...(point ? { point } : {}),
      });
      return { sent: true };
    },

    /** The frame's content height, for its opener to draw it that tall. */
    async size(token: string, height: number, frame: Sender): Promise<{ sent: boolean }> {
      const entry = entryFor(token, frame);
      if (!entry) return { sent: false };
      await deps.sendToFrame(entry.tabId, entry.frameId, { type: 'fill-frame-size', height });
      return { sent: true };
    },
  };
}

export type FillFrames = ReturnType<typeof createFillFrames>;
