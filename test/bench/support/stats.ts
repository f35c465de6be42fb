/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const p95 = (values: readonly number[]) => percentile(values, 95);
export const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;

/** Rounds for the JSON (0.01 ms is finer than anything measured here). */
export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function summarize(values: readonly number[]) {
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(p95(values)),
    max: round(values.length ? Math.max(...values) : NaN),
  };
}
