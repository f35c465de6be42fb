import { daysBetween, isIsoDate } from '../../dates';

/**
 * lib/dates.ts with a memory: the same few dates (the claim's, the client's records) are checked on
 * every keystroke, and each check builds a Date. Bounded so a long session cannot grow it forever.
 */
const valid = new Map<string, boolean>();
const days = new Map<string, number>();
const EPOCH = '2000-01-01';

/** isIsoDate, remembered. */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let known = valid.get(value);
  if (known === undefined) {
    if (valid.size > 5000) valid.clear();
    known = isIsoDate(value);
    valid.set(value, known);
  }
  return known;
}

/** daysBetween for two real dates, remembered per date. */
export function daysFromTo(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

function dayNumber(date: string): number {
  let n = days.get(date);
  if (n === undefined) {
    if (days.size > 5000) days.clear();
    n = daysBetween(EPOCH, date);
    days.set(date, n);
  }
  return n;
}
