/**
 * Scripts the bench installs in the PAGE's own world (Playwright's addInitScript: every frame, before the
 * page's scripts), so every figure is what the page itself can observe: Event Timing entries, long tasks,
 * `keydown` timestamps, and MutationObserver callbacks when our UI changes. Nothing here is shipped: the
 * content scripts carry no performance marks (docs/reference/engineering.md 4.3).
 *
 * Each function is serialised by Playwright, so it must not use anything from outside its own body.
 */

/** What a probe records; times are the frame's `performance.now()` (ms since its navigation start). */
export type ProbeState = {
  /** Every keydown: `ts` is event.timeStamp (when the browser received the key), `at` when the page saw it. */
  keys: { key: string; ts: number; at: number }[];
  /** Each time the watched UI changed: the MutationObserver callback's time, then the next frame's. */
  changes: { at: number; frame?: number; painted?: number; state: string }[];
  /** Event Timing entries (durationThreshold 16 ms: shorter events are not reported). */
  events: {
    name: string;
    start: number;
    duration: number;
    processingStart: number;
    processingEnd: number;
    interactionId: number;
  }[];
  longTasks: { start: number; duration: number }[];
  /** performance.timeOrigin, to line up several frames. */
  origin: number;
  /** The UI's state as last seen (see each probe). */
  state: string;
  /** Milestones (the popup's load). */
  marks: Record<string, number>;
};

/**
 * Installs the probe for one kind of page:
 * - `findings` (a portal page): waits for our inline UI's host (`div[data-mba-host="mba-claim-check"]`, whose shadow root is
 *   open in the e2e build), then observes that shadow root. The state is the sorted list of findings
 *   shown (`data-finding-rule`, `data-finding-lines`, and the class, which carries the severity); a change
 *   of it (a finding appearing, disappearing or changing) is one entry in `changes`.
 * - `popup`: "listed" is the first time the client list has a row; "interactive" is the first task that
 *   runs after the frame showing it was produced (rAF, then a message-channel task): the list is on
 *   screen and the main thread is free to take a keystroke. Then each change of the sidebar's text (the
 *   list, its count, today's sessions) is an entry in `changes`.
 * - `baseline` (the same portal page without the extension): each `input` event is a change once the
 *   frame after it is shown (`at` the input event, `painted` the task after that frame).
 * `__mbaBenchWait(n, timeout)` resolves true once there are n changes (false after the timeout).
 */
export function installProbe(mode: string /* 'findings' | 'popup' */) {
  type Win = typeof window & {
    __mbaBench?: ProbeState;
    __mbaBenchWait?: (count: number, timeout: number) => Promise<boolean>;
  };
  const w = window as Win;
  if (w.__mbaBench) return;
  const s: ProbeState = {
    keys: [],
    changes: [],
    events: [],
    longTasks: [],
    origin: performance.timeOrigin,
    state: '',
    marks: {},
  };
  w.__mbaBench = s;
  addEventListener(
    'keydown',
    (e) => s.keys.push({ key: e.key, ts: e.timeStamp, at: performance.now() }),
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        s.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: (e as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the figures say "no entries".
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API.
  }

  const waiters: { count: number; resolve(ok: boolean): void }[] = [];
  w.__mbaBenchWait = (count, timeout) =>
    new Promise<boolean>((resolve) => {
      if (s.changes.length >= count) return resolve(true);
      const waiter = { count, resolve };
      waiters.push(waiter);
      setTimeout(() => {
        const i = waiters.indexOf(waiter);
        if (i >= 0) {
          waiters.splice(i, 1);
          resolve(false);
        }
      }, timeout);
    });

  const notify = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (s.changes.length >= waiters[i]!.count) waiters.splice(i, 1)[0]!.resolve(true);
    }
  };

  /** Observes `root`; `stateOf` turns it into a string, and each new string is a change. */
  const watch = (root: Node, stateOf: () => string, options: MutationObserverInit) => {
    s.state = stateOf();
    new MutationObserver(() => {
      const at = performance.now();
      const state = stateOf();
      if (state === s.state) return;
      s.state = state;
      const change: ProbeState['changes'][number] = {
        at,
        state: state.length > 200 ? `${state.length}` : state,
      };
      s.changes.push(change);
      // The frame that shows it: rAF runs just before the paint, a task posted from it just after.
      requestAnimationFrame(() => {
        change.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (change.painted = performance.now());
        channel.port2.postMessage(0);
      });
      notify();
    }).observe(root, options);
  };

  if (mode === 'baseline') {
    addEventListener(
      'input',
      () => {
        const at = performance.now();
        requestAnimationFrame(() => {
          const frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            s.changes.push({ at, frame, painted: performance.now(), state: 'input' });
            notify();
          };
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  } else if (mode === 'findings') {
    const findingsOf = (root: ShadowRoot) => () =>
      Array.from(root.querySelectorAll('[data-finding-rule]'))
        .map(
          (el) =>
            `${el.getAttribute('data-finding-rule')}[${el.getAttribute('data-finding-lines')}]${el.getAttribute('class') ?? ''}`,
        )
        .sort()
        .join(' ');
    // Our host is appended to <body> once a claim form is found; stop looking once it is there.
    const look = new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes)) {
          const isHost = n instanceof Element && n.getAttribute('data-mba-host') === 'mba-claim-check';
          const root = isHost ? n.shadowRoot : null;
          if (!root) continue;
          look.disconnect();
          s.marks.host = performance.now();
          return watch(root, findingsOf(root), {
            childList: true,
            subtree: true,
            attributes: true,
            characterData: true,
          });
        }
    });
    look.observe(document, { childList: true, subtree: true });
  } else {
    const look = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="client-list"] li')) return;
      look.disconnect();
      s.marks.listed = performance.now();
      requestAnimationFrame(() => {
        s.marks.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (s.marks.interactive = performance.now());
        channel.port2.postMessage(0);
      });
      const nav = document.querySelector('nav.sidebar');
      if (nav)
        watch(nav, () => nav.textContent ?? '', { childList: true, subtree: true, characterData: true });
    });
    look.observe(document, { childList: true, subtree: true });
  }
}
