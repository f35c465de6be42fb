/**
 * Backing off a page watch: each look that finds nothing doubles the wait before the next, up to a
 * ceiling, so a portal list that re-renders every second is not rescanned every second (Bitwarden's
 * adaptive mutation delay works the same way). Finding something starts again from `base`.
 * Used by the claim-form watcher (lib/watch) and the remittance explainer's watch.
 */
export type BackOff = { base: number; max: number; maxDoublings: number };

/** The wait before the next look after `misses` fruitless ones (0 misses: `base`). */
export function backOffDelay({ base, max, maxDoublings }: BackOff, misses: number): number {
  return Math.min(base * 2 ** Math.min(Math.max(misses, 0), maxDoublings), max);
}
