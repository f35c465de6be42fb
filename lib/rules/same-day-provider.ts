import type { Finding } from '../model/findings';
import { fieldOf, finding, joinList, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

const WATCHED: Record<string, string> = {
  chiropractor: 'a chiropractor',
  'physical-therapist': 'a physical therapist',
};

/** The client saw a chiropractor or physical therapist on the date of service (from the client record). */
export const sameDayProvider = defineRule({
  id: 'same-day-provider',
  title: 'Chiropractor or PT visit the same day',
  checks: 'The client record has a chiropractor or physical-therapist visit on a date of service ("From").',
  severities: ['warning'],
  sources: [SOURCES.chiroOrgCci, SOURCES.chiroEcoX, SOURCES.ncciPtp],
  doesNotCheck:
    "Visits not entered in the client's record, visits to physicians or other providers, or what the other provider billed (only the visit date and provider type are known).",
  needsClient: 'same-day chiropractor or physical therapist visits',
  check({ client, linesByDate }) {
    if (!client) return [];
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      const types = [
        ...new Set(
          client.otherVisits
            .filter((v) => v.date === date && WATCHED[v.providerType])
            .map((v) => v.providerType),
        ),
      ];
      if (types.length === 0) continue;
      const who = joinList(types.map((t) => WATCHED[t]!));
      const rows = group.map((l) => l.row);
      out.push(
        finding('same-day-provider', {
          severity: 'warning',
          outcome: 'may-deny',
          message: `${client.name} saw ${who} on ${date}, the day of ${linesPhrase(rows)}. If that provider billed manipulation or therapy, payers may fold 97124/97140 into it or deny the later claim.`,
          fix: "Bill it only if it treated a different body region, documented (XS on the massage line in box 24D where the payer groups you with that provider); otherwise move the session to another day or don't bill it to insurance.",
          boxes: ['24D'],
          why: 'CARC 97 (benefit included in another service already adjudicated) or 236 (NCCI: not compatible with another procedure the same day); NCCI bundles 97124, 97140 and 97112 into chiropractic manipulation on the same region.',
          lines: rows,
          fields: group.map((l) => fieldOf(l, 'from')),
        }),
      );
    }
    return out;
  },
});
