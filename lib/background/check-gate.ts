/**
 * Per-frame admission for claim checks. The background is one thread shared by every tab, and a portal
 * page (hostile, or just a script that fires `input` on every box) can send checks as fast as it likes:
 * - only the newest check of a frame runs its rules: older ones still waiting are answered "superseded"
 *   (the content script already ignores answers to older keystrokes);
 * - a frame gets `burst` checks at once and `perSecond` after that; a check over the rate waits for its
 *   turn, and is dropped if a newer one came in meanwhile. People type at under 10 keys a second, so the
 *   limit is never felt by a person.
 * Frames are keyed by tab and frame id; the table forgets the oldest frames past `maxFrames`.
 */
export type CheckGate = {
  /** Runs `job` in its frame's turn; `isCurrent` stays true while no newer check came from that frame. */
  run<T>(frame: string, job: (isCurrent: () => boolean) => Promise<T>, superseded: () => T): Promise<T>;
};

type FrameState = { latest: number; tokens: number; at: number };

export function createCheckGate(
  options: {
    perSecond?: number;
    burst?: number;
    maxFrames?: number;
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): CheckGate {
  const perSecond = options.perSecond ?? 20;
  const burst = options.burst ?? 10;
  const maxFrames = options.maxFrames ?? 200;
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const frames = new Map<string, FrameState>();

  const stateOf = (frame: string): FrameState => {
    let state = frames.get(frame);
    if (!state) {
      if (frames.size >= maxFrames) frames.delete(frames.keys().next().value!);
      state = { latest: 0, tokens: burst, at: now() };
      frames.set(frame, state);
    }
    return state;
  };
  const refill = (state: FrameState) => {
    const t = now();
    state.tokens = Math.min(burst, state.tokens + ((t - state.at) * perSecond) / 1000);
    state.at = t;
  };

  return {
    async run(frame, job, superseded) {
      const state = stateOf(frame);
      const id = ++state.latest;
      const isCurrent = () => state.latest === id;
      refill(state);
      while (state.tokens < 1) {
        await sleep(((1 - state.tokens) * 1000) / perSecond);
        if (!isCurrent()) return superseded();
        refill(state);
      }
      state.tokens -= 1;
      return job(isCurrent);
    },
  };
}
