/**
 * Dates: one date field from the candidates that claim it. Split boxes assemble by the part their words
 * name (month, day, year), else three boxes of 2, 2 and 2-4 characters in a row; otherwise the best
 * single box wins.
 */
import { pickBest, type Cand, type FieldBody } from './candidates';
import { formatOf } from './format';
import type { DatePart, FieldLayout } from './types';

/** One date from several candidates: split boxes (month/day/year) or the best single box. */
export function mergeDate(list: Cand[]): FieldBody | null {
  const parts = new Map<DatePart, Cand>();
  for (const c of list) {
    if (!c.part) continue;
    const have = parts.get(c.part);
    if (!have || c.strength > have.strength || (c.strength === have.strength && c.score > have.score))
      parts.set(c.part, c);
  }
  const singles = list.filter((c) => !c.part);
  // Three unnamed boxes of 2, 2 and 4 characters in a row are month, day, year.
  if (parts.size === 0 && singles.length === 3) {
    const s = [...singles].sort((a, b) => a.order - b.order);
    const lens = s.map((c) => c.el.getAttribute('maxlength'));
    if (lens[0] === '2' && lens[1] === '2' && (lens[2] === '4' || lens[2] === '2')) {
      parts.set('month', s[0]!).set('day', s[1]!).set('year', s[2]!);
    }
  }
  const bestSingle = pickBest(singles.filter((c) => ![...parts.values()].includes(c)));
  const partScore = Math.max(0, ...[...parts.values()].map((c) => c.score));
  if (
    parts.size >= 2 ||
    (parts.size === 1 && !bestSingle) ||
    (parts.size > 0 && bestSingle && partScore >= bestSingle.score)
  ) {
    const ordered = [...parts.entries()].sort((a, b) => a[1].order - b[1].order);
    const elements = ordered.map(([, c]) => c.el);
    const layout: FieldLayout = { kind: 'date-parts', parts: ordered.map(([p]) => p) };
    const source = ordered.some(([, c]) => c.source === 'adapter') ? 'adapter' : 'generic';
    return { elements, layout, format: formatOf(elements, undefined, layout), source, score: partScore };
  }
  if (!bestSingle) return null;
  return {
    elements: [bestSingle.el],
    layout: { kind: 'single' },
    format: formatOf([bestSingle.el], undefined, undefined, true),
    source: bestSingle.source,
    score: bestSingle.score,
  };
}
