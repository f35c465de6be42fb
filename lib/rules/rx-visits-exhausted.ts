import type { Finding } from '../model/findings';
import { covers } from './rx-expired';
import { fieldOf, finding, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type Rx } from './types';

/**
 * Visits used on a prescription (DESIGN.md): the client's sessions dated inside the Rx window and before
 * the date of service, with status done, billed, paid or denied. The claim's own session is the next
 * visit, so the rule fires when the used visits already reach the visits authorised.
 */
export const rxVisitsExhausted = defineRule({
  id: 'rx-visits-exhausted',
  title: 'Prescription visits used up',
  checks:
    "For each date of service, every prescription covering it has a visit limit and the visits already used reach it: the client's sessions dated inside the prescription window and before the date of service, with status done, billed, paid or denied.",
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    "Visits the session log does not hold (sessions entered elsewhere), the payer's own annual visit cap (payer-visit-limit), or prescriptions that set no number of visits.",
  needsClient: 'visits left on the prescription',
  check({ client, linesByDate, usedVisitDates }) {
    if (!client) return [];
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      const covering = client.prescriptions.filter((rx) => covers(rx, date));
      // Any covering prescription without a visit limit, or with visits left, lets the visit through.
      if (covering.length === 0 || covering.some((rx) => rx.visitsAuthorized === undefined)) continue;
      const counted = covering.map((rx) => ({ rx, used: usedVisits(rx, date, usedVisitDates) }));
      if (counted.some(({ rx, used }) => used < rx.visitsAuthorized!)) continue;
      const { rx, used } = counted[0]!;
      const rows = group.map((l) => l.row);
      out.push(
        finding('rx-visits-exhausted', {
          severity: 'warning',
          outcome: 'may-deny',
          message: `The prescription from ${rx.prescriber} authorises ${plural(rx.visitsAuthorized!, 'visit')}, and ${used} were used before ${date}, so this visit (${linesPhrase(rows)}) is beyond it. Payers may deny visits past the authorisation.`,
          fix: `Ask ${rx.prescriber} for a renewed prescription and add it to the client's record (its prescriber in boxes 17 and 17b), or ask the payer for more visits and put the authorization number in box 23.`,
          boxes: ['17', '17b', '23'],
          why: 'CARC 197 (authorization absent) or 119 (benefit maximum for this period reached).',
          lines: rows,
          fields: group.map((l) => fieldOf(l, 'from')),
        }),
      );
    }
    return out;
  },
});

/** Used visits dated inside the prescription window and before `date` (binary search, dates sorted). */
export function usedVisits(rx: Rx, date: string, usedDates: readonly string[]): number {
  const from = lowerBound(usedDates, rx.writtenOn ?? '');
  const to =
    rx.expiresOn && rx.expiresOn < date
      ? lowerBound(usedDates, `${rx.expiresOn}~`)
      : lowerBound(usedDates, date);
  return Math.max(0, to - from);
}

/** The index of the first of `sorted` not less than `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
