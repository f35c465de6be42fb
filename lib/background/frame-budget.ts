/**
 * A per-frame allowance (a token bucket): `burst` at once, then `perMinute`. For what a frame may ask the
 * background that carries the practice's records (client searches, fill plans for another client): a
 * person at a portal asks a few times a minute; a compromised page that asks in a loop is slowed to the
 * same pace instead of pulling the client list in a second. Frames are keyed by tab and frame id; the
 * oldest are forgotten past `maxFrames`.
 */
export type FrameBudget = { take(frame: string): boolean };

export function createFrameBudget(options: {
  burst: number;
  perMinute: number;
  maxFrames?: number;
  now?: () => number;
}): FrameBudget {
  const now = options.now ?? (() => Date.now());
  const maxFrames = options.maxFrames ?? 200;
  const frames = new Map<string, { tokens: number; at: number }>();
  return {
    take(frame) {
      const t = now();
      let state = frames.get(frame);
      if (!state) {
        if (frames.size >= maxFrames) frames.delete(frames.keys().next().value!);
        state = { tokens: options.burst, at: t };
        frames.set(frame, state);
      }
      state.tokens = Math.min(options.burst, state.tokens + ((t - state.at) * options.perMinute) / 60_000);
      state.at = t;
      if (state.tokens < 1) return false;
      state.tokens -= 1;
      return true;
    },
  };
}
