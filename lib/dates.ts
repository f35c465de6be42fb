/**
 * Calendar dates as the person at the desk reads them: `YYYY-MM-DD` strings, compared as strings,
 * counted in whole days through UTC so daylight-saving changes never shift a day. No zod, no DOM:
 * the rule library and the form reader use these.
 */

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's local calendar date (not UTC: a claim typed at 8 pm is still today's). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Whole days from `a` to `b` (positive when `b` is later). Both must be valid ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** `date` moved by `days` (negative for earlier). */
export function addDays(date: string, days: number): string {
  const t = new Date(toUtc(date) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/**
 * The last day a claim is on time under a filing limit of `limitDays` from `dateOfService`. A limit of
 * 365 days means one calendar year (Medicare's "12 months", and how payers write "one year"): the claim
 * is due by the anniversary of the date of service, whatever leap day lies between, and a 29 February
 * date of service is due on 28 February. Any other limit counts days.
 */
export function filingDeadlineDate(dateOfService: string, limitDays: number): string {
  if (limitDays !== 365) return addDays(dateOfService, limitDays);
  const [y, m, d] = dateOfService.split('-').map(Number) as [number, number, number];
  return `${String(y + 1).padStart(4, '0')}-${pad2(m)}-${pad2(Math.min(d, daysInMonth(y + 1, m)))}`;
}

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date as a person types it in our own forms: `2026-11-26`, `11/26/2026`, `11-26-2026` or `3/4/2026`;
 * ISO when it is a real date, else undefined. (Portal forms have more shapes: lib/portal/values.ts.)
 */
export function parseTypedDate(text: string): string | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(value);
  if (!us) return undefined;
  const iso = `${us[3]}-${pad2(Number(us[1]))}-${pad2(Number(us[2]))}`;
  return isIsoDate(iso) ? iso : undefined;
}
