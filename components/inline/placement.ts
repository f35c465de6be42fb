/**
 * Where a field's badge goes. Pure geometry, so it is tested without a browser: the badge sits just outside
 * the flagged field and never on top of the field being typed in (issue: the UI never covers that field).
 */
export type Rect = { left: number; top: number; width: number; height: number };

export const BADGE_SIZE = 16;
const GAP = 2;

export function unionRect(rects: Rect[]): Rect | null {
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  if (visible.length === 0) return null;
  const left = Math.min(...visible.map((r) => r.left));
  const top = Math.min(...visible.map((r) => r.top));
  const right = Math.max(...visible.map((r) => r.left + r.width));
  const bottom = Math.max(...visible.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/**
 * Candidate spots, in order of preference. First on the field's top-right corner, half in and half out
 * (a "notification dot": it covers the corner, where neither the field's text nor, in dense claim
 * grids, the next box is), then just outside to the right, above, to the left, below. The first spot
 * that stays in the viewport and clear of the focused field wins.
 */
export function placeBadge(
  field: Rect,
  viewport: { width: number; height: number },
  focused?: Rect | null,
): Rect {
  const s = BADGE_SIZE;
  const right = field.left + field.width;
  const candidates: Rect[] = [
    { left: right - s / 2, top: field.top - s / 2, width: s, height: s },
    { left: right + GAP, top: field.top + (field.height - s) / 2, width: s, height: s },
    { left: right - s, top: field.top - s - GAP, width: s, height: s },
    { left: field.left - s - GAP, top: field.top + (field.height - s) / 2, width: s, height: s },
    { left: right - s, top: field.top + field.height + GAP, width: s, height: s },
  ];
  const inView = (r: Rect) =>
    r.left >= 0 && r.top >= 0 && r.left + r.width <= viewport.width && r.top + r.height <= viewport.height;
  const clear = (r: Rect) => !focused || !intersects(r, focused);
  return candidates.find((r) => inView(r) && clear(r)) ?? candidates.find(clear) ?? candidates[0]!;
}
