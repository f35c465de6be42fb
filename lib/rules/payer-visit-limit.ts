import type { Finding } from '../model/findings';
import { fieldOf, finding, linesPhrase, plural } from './helpers/text';
import { lowerBound } from './rx-visits-exhausted';
import * as SOURCES from './sources';
import { defineRule } from './types';

/**
 * The client's sessions this calendar year already reach the payer rule's visits per year. Visits used:
 * sessions dated from 1 January of the date of service's year to the day before it, with status done,
 * billed, paid or denied (as for a prescription's visits, DESIGN.md); the claim's own visit is the next.
 */
export const payerVisitLimit = defineRule({
  id: 'payer-visit-limit',
  title: 'Visits per year used up',
  checks:
    "For each date of service, the client's sessions with status done, billed, paid or denied dated from 1 January of that year to the day before reach the `visitsPerYear` of the client's payer rule (31 December and 1 January are the year's edges: a visit on 1 January starts a new count).",
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    "Plans whose benefit year is not the calendar year, visits the session log does not hold (another provider's visits count against the same benefit), or payers without a payer rule.",
  needsClient: "visits left on the payer's yearly limit",
  check({ client, linesByDate, usedVisitDates, settings }) {
    const limit = settings.payerRule?.visitsPerYear;
    if (!client || limit === undefined) return [];
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      const year = date.slice(0, 4);
      const used = lowerBound(usedVisitDates, date) - lowerBound(usedVisitDates, `${year}-01-01`);
      if (used < limit) continue;
      const rows = group.map((l) => l.row);
      out.push(
        finding('payer-visit-limit', {
          severity: 'warning',
          outcome: 'denied',
          message: `${client.name} already had ${plural(used, 'visit')} in ${year} before ${date}; ${settings.payerRule!.payerName} pays ${plural(limit, 'visit')} a year, so this visit (${linesPhrase(rows)}) is beyond the benefit and the payer denies it.`,
          fix: 'Check the visits left with the payer; if the benefit is used up, ask for more visits (authorization number in box 23) or bill the client directly, with their agreement in advance.',
          boxes: ['23'],
          why: `${settings.payerRule!.payerName}'s payer rule (Options): ${limit} visits per calendar year. CARC 119: benefit maximum for this time period or occurrence has been reached.`,
          lines: rows,
          fields: group.map((l) => fieldOf(l, 'from')),
        }),
      );
    }
    return out;
  },
});
