import { isIsoDate } from '../../lib/dates';

/**
 * One date format for every page: the practice's locale through Intl (en-US: MM/DD/YYYY). Dates are
 * stored as local calendar dates (YYYY-MM-DD) and formatted without a time zone shift.
 */
const FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatDate(iso: string | undefined): string {
  if (!iso || !isIsoDate(iso)) return iso ?? '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return FORMAT.format(new Date(y, m - 1, d));
}

/** "1 client", "2 clients": through Intl.PluralRules, with the number in the locale's format. */
const PLURAL = new Intl.PluralRules('en-US');
const NUMBER = new Intl.NumberFormat('en-US');
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${NUMBER.format(n)} ${PLURAL.select(n) === 'one' ? one : other}`;
}

/** A moment as the person reads it: local date and time ("12/02/2026, 3:04 PM"). */
const MOMENT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: 'numeric',
  minute: '2-digit',
});
export function formatMoment(date: Date): string {
  return MOMENT.format(date);
}
