import type { Finding } from '../model/findings';
import { fieldOf, finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type Rx } from './types';

/** The date of service is before every prescription was written or after it expired. */
export const rxExpired = defineRule({
  id: 'rx-expired',
  title: 'Prescription not valid on this date',
  checks:
    'For each date of service, no prescription of the client covers it: written on or before it and expiring on or after it (both days inclusive; no expiry = open-ended).',
  severities: ['warning'],
  sources: [SOURCES.x12Carc, SOURCES.fcsoBox17],
  doesNotCheck:
    "A payer's own limit on how long a prescription stays valid when it has no expiry date (such a prescription counts as open-ended), or whether the prescribed frequency was kept.",
  needsClient: 'prescription dates',
  check({ client, linesByDate }) {
    if (!client || client.prescriptions.length === 0) return [];
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      if (client.prescriptions.some((rx) => covers(rx, date))) continue;
      const rows = group.map((l) => l.row);
      const later = client.prescriptions.filter((rx) => rx.writtenOn && rx.writtenOn > date);
      const expired = client.prescriptions.filter((rx) => rx.expiresOn && rx.expiresOn < date);
      const latest = expired.sort((a, b) => (a.expiresOn! < b.expiresOn! ? 1 : -1))[0];
      const message = latest
        ? `The prescription from ${latest.prescriber} expired on ${latest.expiresOn}, before the date of service ${date} (${linesPhrase(rows)}). Payers that require a prescription may deny services outside its dates.`
        : `The date of service ${date} (${linesPhrase(rows)}) is before the prescription was written (${later.map((rx) => rx.writtenOn).sort()[0]}). Payers that require a prescription may deny treatment before it.`;
      out.push(
        finding('rx-expired', {
          severity: 'warning',
          outcome: 'may-deny',
          message,
          fix: latest
            ? `Get a new prescription from ${latest.prescriber} covering ${date}, add it to the client's record, and put that prescriber in boxes 17 and 17b.`
            : 'Check the date of service in box 24A; if it is right, the prescription does not cover this visit: bill the client directly.',
          boxes: latest ? ['17', '17b'] : ['24A'],
          why: 'CARC 197: precertification/authorization/notification absent.',
          lines: rows,
          fields: group.map((l) => fieldOf(l, 'from')),
        }),
      );
    }
    return out;
  },
});

/** Written on or before the date and not expired before it (both ends inclusive; no expiry = open). */
export function covers(rx: Rx, date: string): boolean {
  return (!rx.writtenOn || rx.writtenOn <= date) && (!rx.expiresOn || date <= rx.expiresOn);
}
