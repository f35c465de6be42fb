import type { Finding } from '../model/findings';
import { daysFromTo } from './helpers/dates';
import { fieldOf, finding, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/**
 * Eligibility counts as verified when `verifiedOn` is on or before the date of service and no more than
 * `eligibilityFreshnessDays` (default 30) before it (DESIGN.md).
 */
export const eligibilityUnverified = defineRule({
  id: 'eligibility-unverified',
  title: 'Coverage not checked',
  checks:
    "For each date of service, the client's eligibility `verifiedOn` is missing, after the date, or more than `eligibilityFreshnessDays` (default 30) before it.",
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    'What the verification found (active coverage, massage benefit, visits left, deductible): only the date it was done is known.',
  needsClient: 'eligibility',
  check({ client, linesByDate, settings }) {
    if (!client) return [];
    const out: Finding[] = [];
    const limit = settings.eligibilityFreshnessDays;
    const verifiedOn = client.verifiedOn;
    for (const [date, group] of linesByDate) {
      let problem: string;
      if (!verifiedOn) {
        problem = `${client.name}'s coverage has never been verified`;
      } else if (verifiedOn > date) {
        problem = `${client.name}'s coverage was verified on ${verifiedOn}, after the date of service ${date}`;
      } else {
        const age = daysFromTo(verifiedOn, date);
        if (age <= limit) continue;
        problem = `${client.name}'s coverage was last verified on ${verifiedOn}, ${plural(age, 'day')} before the date of service ${date} (limit ${limit})`;
      }
      const rows = group.map((l) => l.row);
      out.push(
        finding('eligibility-unverified', {
          severity: 'warning',
          outcome: 'may-deny',
          message: `${problem} (${linesPhrase(rows)}). Coverage changes without notice; the payer may deny a date the plan did not cover.`,
          fix: "Check eligibility and the massage benefit with the payer, record the date in the client's record, and compare the member ID in box 1a with the card.",
          boxes: ['1a'],
          why: "CARC 204: this service is not covered under the patient's current benefit plan (or CARC 27, expenses incurred after coverage terminated).",
          lines: rows,
          fields: ['patient.memberId', ...group.map((l) => fieldOf(l, 'from'))],
        }),
      );
    }
    return out;
  },
});
