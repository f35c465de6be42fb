import { useEffect, useRef, useState } from 'preact/hooks';
import type { FillFrameView } from '../../lib/messages/schemas';
import type { IntentGate, IntentVerdict } from './intent-gate';

/**
 * Where the fill frame goes in our panel: an iframe of the extension's own page (entrypoints/fill-frame),
 * which draws what comes from the records. Only its address's token is ours to know here; the page sees
 * an iframe it cannot read into (lib/background/fill-frames.ts).
 */
export type FrameOpener = (
  view: FillFrameView,
) => Promise<{ token: string } | { refused: string } | undefined>;

/** The frame's address: the dynamic URL of the extension's page (a new one each browser session). */
export type FrameUrl = () => string;

/** How tall the frame is drawn until it says how tall its content is (fill-frame-size). */
export function frameHeight(view: FillFrameView): number {
  if (view.step === 'pick') return 240;
  const conflicts = view.conflicts.length;
  return 40 + (view.sessions.length ? 52 : 0) + (conflicts ? 66 + Math.min(conflicts, 5) * 26 : 0);
}

/** The frame's own content height, within what the panel's foot can hold (a longer list scrolls). */
export const fitFrameHeight = (height: number) => Math.max(40, Math.min(Math.ceil(height), 320));

let shown: HTMLIFrameElement | null = null;

/** The frame now shown (the gate judges a press in it against the page: `framePress`). */
export const shownFrame = () => (shown?.isConnected ? shown : null);

/**
 * A press the fill frame reports, judged as the page would see a click on the frame: where our iframe is,
 * whether it had been still and in sight long enough, and (where the browser cannot vouch for it) whether
 * anything of the page sits over that point. The frame itself checked that the press was the person's.
 */
export function framePress(
  gate: IntentGate,
  frame: HTMLIFrameElement,
  point: { x: number; y: number } | undefined,
): IntentVerdict | Promise<IntentVerdict> {
  const r = frame.getBoundingClientRect();
  const at = point ?? { x: r.width / 2, y: r.height / 2 };
  const click = { isTrusted: true, detail: 1, clientX: r.left + at.x, clientY: r.top + at.y };
  return gate.allows(click as MouseEvent, frame);
}

export function FillFrameSlot({
  view,
  open,
  url,
  gate,
}: {
  view: FillFrameView;
  open: FrameOpener;
  url: FrameUrl;
  gate: IntentGate;
}) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [src, setSrc] = useState('');
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(view);
  useEffect(() => {
    let live = true;
    setSrc('');
    open(view).then(
      (reply) => {
        if (!live) return;
        if (reply && 'token' in reply) setSrc(`${url()}#${reply.token}`);
        else setFailed(true);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [key]);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    shown = frame;
    const stop = gate.watch(frame);
    return () => {
      stop();
      if (shown === frame) shown = null;
    };
  }, [src, gate]);
  if (failed) return <p class="note" data-t="The list could not open: reload the page and try again." />;
  if (!src) return <p class="note" data-t="Opening your records…" />;
  return (
    <iframe
      ref={ref}
      class="fill-frame"
      data-mba-fill-frame=""
      src={src}
      // The picker is what the person asked for: its search box takes the typing (the frame focuses it).
      onLoad={view.step === 'pick' ? (e) => (e.currentTarget as HTMLIFrameElement).focus() : undefined}
      title="Massage Billing Assistant: from your records"
      style={{ height: `${frameHeight(view)}px` }}
    />
  );
}
