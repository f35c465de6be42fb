/**
 * Whether a click on one of our fill controls is a person's own, meant for that control. A fill writes
 * a client's records into the page, so a page must not be able to turn a person's action into one:
 * - `isTrusted`: a page script's `click()` or dispatched event never counts;
 * - keyboard activation (a click with `detail` 0, from Enter or Space) counts only when the control got
 *   focus from the person: their own Tab, or a press of the pointer on it. A page that moves focus onto
 *   our button so that the Enter meant for a portal box lands on it gets a refusal;
 * - the control must have been where it is, visible, for `settleMs` (Bitwarden's inline menu waits the
 *   same way): a control that just appeared, or moved under a still pointer, is not clicked "on purpose";
 * - nothing may cover it: in Chromium, IntersectionObserver v2 (`trackVisibility`) says whether the
 *   control is painted unobscured and fully opaque, which catches a decoy that lets clicks through
 *   (`pointer-events: none`). It also says "not visible" under any filter, opacity or transform on an
 *   ancestor (a real saved UHC page carries Dark Reader's `html { filter: invert(100%) }`), and then,
 *   as in browsers without it (Firefox), the page's elements at the click's point are looked at: the hit
 *   test must land on our host, and no element there may be painted above it (a higher stacking
 *   context, or the top layer), whether or not it takes clicks.
 * The keyboard command and the context menu do not come through here: the browser vouches for those.
 */
export type IntentVerdict = { ok: true } | { ok: false; why: string };

/** The look at the page's elements at a point (page-scan.ts): in the autofill script, loaded on demand. */
export type PageScanner = {
  /** An ancestor's effect makes IntersectionObserver v2 say "not visible" whatever covers the control. */
  blinds(host: Element): boolean;
  /** A page element at (x, y) takes the click (`hit`) or is painted above our host. */
  covers(doc: Document, host: Element, x: number, y: number, hit: boolean): boolean;
};

export type IntentGate = {
  /** Start watching a control (returns the function that stops). */
  watch(control: HTMLElement): () => void;
  /**
   * The verdict on a click on `control`. Everything about the click is read at once; where the page's
   * elements must be looked at and the scanner is not loaded yet (the first fill), the verdict follows.
   */
  allows(event: MouseEvent, control: HTMLElement): IntentVerdict | Promise<IntentVerdict>;
  /** Our UI was drawn again (controls may have moved): look where the watched controls are now. */
  resample(): void;
};

type Watched = {
  rect: string;
  /** When the control was last seen to appear or move. */
  stableSince: number;
  /** IntersectionObserver v2: when the control last became visible, or null while it is not. */
  visibleSince: number | null;
  /** How the control last got focus: by the person (Tab, pointer) or otherwise. */
  focusByPerson: boolean;
  pointerDownAt: number;
};

const rectKey = (el: Element) => {
  const r = el.getBoundingClientRect();
  return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
};

export const REFUSALS = {
  synthetic: 'Not filled: the page clicked, not you.',
  focus: 'Not filled: the page put focus here. Click the button, or Tab to it.',
  moved: 'Not filled: the button had just appeared or moved. Click it again.',
  covered: 'Not filled: something on the page covers the button.',
} as const;

export function createIntentGate(
  doc: Document,
  options: {
    /** Our host element: the hit test at a click's point must land on it (the shadow root retargets). */
    host: () => Element | null;
    /** The page scanner if loaded, and how to load it (it comes with the autofill script). */
    scanner: () => PageScanner | undefined;
    loadScanner?: () => Promise<PageScanner | undefined>;
    /** Stops the gate's key listener (the page's UI went away). */
    signal?: AbortSignal;
    settleMs?: number;
    now?: () => number;
    /** Absent where the browser has no IntersectionObserver v2 (Firefox, happy-dom). */
    visibilityObserver?: ((onChange: (el: Element, visible: boolean) => void) => IntersectionObserver) | null;
  },
): IntentGate {
  const settleMs = options.settleMs ?? 500;
  const now = options.now ?? (() => performance.now());
  const watched = new Map<Element, Watched>();
  const observe =
    options.visibilityObserver === undefined ? visibilityObserverV2() : options.visibilityObserver;
  const observer = observe?.((el, visible) => {
    const w = watched.get(el);
    if (w) w.visibleSince = visible ? (w.visibleSince ?? now()) : null;
  });
  // A focus counts as the person's Tab only if it is the first focus change after a trusted Tab, within
  // half a second: a page that calls focus() later, even right after the person tabbed, does not get it.
  let focusChanges = 0;
  let tab: { at: number; focusChanges: number } | null = null;
  const listen = { capture: true, ...(options.signal ? { signal: options.signal } : {}) };
  const win = doc.defaultView;
  win?.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted) tab = e.key === 'Tab' ? { at: now(), focusChanges } : null;
    },
    listen,
  );
  // Capture at the window runs before the control's own focus listener, for every element's focus.
  win?.addEventListener(
    'focus',
    (e) => {
      if (e.target !== win) focusChanges++;
    },
    listen,
  );
  // A resized window or frame moves our fixed panel.
  win?.addEventListener('resize', () => resampleAll(), {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const focusFromTab = () => tab !== null && now() - tab.at < 500 && focusChanges === tab.focusChanges + 1;

  const sample = (el: Element, w: Watched) => {
    const rect = rectKey(el);
    if (rect !== w.rect) {
      w.rect = rect;
      w.stableSince = now();
    }
  };

  function resampleAll() {
    for (const [control, w] of watched) if (control.isConnected) sample(control, w);
  }

  return {
    watch(control) {
      const w: Watched = {
        rect: rectKey(control),
        stableSince: now(),
        visibleSince: observer ? null : now(),
        focusByPerson: false,
        pointerDownAt: -Infinity,
      };
      watched.set(control, w);
      observer?.observe(control);
      // Where the control is, each time the pointer comes onto it or moves over it: a control the page
      // moved (a resized frame, a scrolled viewport) is seen to have moved before the click lands.
      const onEnter = () => sample(control, w);
      const onDown = (e: PointerEvent) => {
        if (e.isTrusted) w.pointerDownAt = now();
      };
      const onFocus = (e: FocusEvent) => {
        const t = now();
        w.focusByPerson = e.isTrusted && (t - w.pointerDownAt < 1000 || focusFromTab());
      };
      const stop = new AbortController();
      const on = { signal: stop.signal };
      control.addEventListener('pointerenter', onEnter, on);
      control.addEventListener('pointermove', onEnter, on);
      control.addEventListener('pointerdown', onDown, on);
      control.addEventListener('focus', onFocus, on);
      return () => {
        observer?.unobserve(control);
        stop.abort();
        watched.delete(control);
      };
    },

    resample: () => resampleAll(),

    allows(event, control) {
      if (!event.isTrusted) return { ok: false, why: REFUSALS.synthetic };
      const w = watched.get(control);
      if (!w) return { ok: false, why: REFUSALS.moved };
      const keyboard = event.detail === 0;
      if (keyboard && !w.focusByPerson) return { ok: false, why: REFUSALS.focus };
      sample(control, w);
      const t = now();
      if (t - w.stableSince < settleMs) return { ok: false, why: REFUSALS.moved };
      const host = options.host();
      if (observer && w.visibleSince !== null) {
        // Seen unobscured and opaque by the browser itself (an effect on an ancestor never makes a
        // covered control look visible, only a visible one look covered).
        if (t - w.visibleSince < settleMs) return { ok: false, why: REFUSALS.moved };
        return { ok: true };
      }
      const r = control.getBoundingClientRect();
      const x = keyboard ? r.left + r.width / 2 : event.clientX;
      const y = keyboard ? r.top + r.height / 2 : event.clientY;
      const judge = (scanner: PageScanner | undefined): IntentVerdict => {
        if (!scanner || !host) return { ok: false, why: REFUSALS.covered };
        if (observer && !scanner.blinds(host)) return { ok: false, why: REFUSALS.covered };
        return scanner.covers(doc, host, x, y, !keyboard)
          ? { ok: false, why: REFUSALS.covered }
          : { ok: true };
      };
      const loaded = options.scanner();
      if (loaded || !options.loadScanner) return judge(loaded);
      return options.loadScanner().then(judge, () => judge(undefined));
    },
  };
}

/** IntersectionObserver v2 where the browser has it (Chromium); null elsewhere. */
function visibilityObserverV2() {
  if (typeof IntersectionObserver !== 'function') return null;
  if (!('isVisible' in (globalThis.IntersectionObserverEntry?.prototype ?? {}))) return null;
  return (onChange: (el: Element, visible: boolean) => void) =>
    new IntersectionObserver(
      (entries) => {
        for (const e of entries)
          onChange(e.target, (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true);
      },
      // trackVisibility needs a delay of at least 100 ms; the thresholds ask for the whole control.
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
}
