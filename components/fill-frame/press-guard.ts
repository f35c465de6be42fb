/**
 * Whether a press in the fill frame is a person's, meant for what they saw. The portal page cannot
 * dispatch events into our frame or read it, but it can still:
 * - focus our frame's window (`frames[i].focus()` is allowed across origins), so that an Enter meant for a
 *   portal box lands on the button that had focus here: a keyboard press counts only after the person
 *   pressed the pointer or Tab inside this frame since it last got focus;
 * - time a change of our view under a pointer about to click: a press in the first `settleMs` after the
 *   view was drawn is refused (Bitwarden's inline menu waits the same way).
 * Whether the page covers or hides our frame is judged by the content script, which sees the page
 * (components/inline/fill-frame-slot.tsx, `framePress`).
 */
export type PressVerdict = { ok: true; point?: { x: number; y: number } } | { ok: false; why: string };

export const PRESS_REFUSALS = {
  focus: 'Not done: the page put focus here. Click it, or Tab to it.',
  moved: 'Not done: this had just appeared. Click it again.',
} as const;

export function createPressGuard(win: Window, options: { settleMs?: number; now?: () => number } = {}) {
  const settleMs = options.settleMs ?? 500;
  const now = options.now ?? (() => performance.now());
  let shownAt = now();
  let keyboardOk = false;
  win.addEventListener('focus', () => (keyboardOk = false));
  win.addEventListener('blur', () => (keyboardOk = false));
  win.addEventListener('pointerdown', (e) => e.isTrusted && (keyboardOk = true), true);
  win.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Tab' && (keyboardOk = true), true);
  return {
    /** The view was drawn anew. */
    shown() {
      shownAt = now();
    },
    judge(event: MouseEvent | Event): PressVerdict {
      if (!event.isTrusted) return { ok: false, why: PRESS_REFUSALS.moved };
      const mouse = event as MouseEvent;
      const keyboard = !('detail' in mouse) || mouse.detail === 0;
      if (keyboard && !keyboardOk) return { ok: false, why: PRESS_REFUSALS.focus };
      if (now() - shownAt < settleMs) return { ok: false, why: PRESS_REFUSALS.moved };
      return keyboard ? { ok: true } : { ok: true, point: { x: mouse.clientX, y: mouse.clientY } };
    },
  };
}

export type PressGuard = ReturnType<typeof createPressGuard>;
