import { cap, fieldOf, finding, joinList, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/** The client's payer rule lists the codes it covers and this line's code is not among them. */
export const payerNotCovered = defineRule({
  id: 'payer-not-covered',
  title: "Code the payer doesn't cover",
  checks:
    "Each line whose code is not in the `coveredCodes` of the client's payer rule, when the rule sets that list (an empty list covers nothing).",
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    "Payers without a payer rule or without a covered-codes list; the client's own plan (two plans of one payer may cover different services); whether a prior authorization makes an exception.",
  needsClient: 'the codes the payer covers',
  check({ lines, settings }) {
    const rule = settings.payerRule;
    const covered = rule?.coveredCodes;
    if (!rule || !covered) return [];
    const list = [...covered];
    return lines.flatMap((line) => {
      if (!line.code || covered.has(line.code)) return [];
      return finding('payer-not-covered', {
        severity: 'warning',
        outcome: 'denied',
        message: `${cap(lineRef(line))}: ${rule.payerName} does not cover ${line.code} (its payer rule covers ${list.length ? joinList(list) : 'no code'}). The payer denies the line as not covered.`,
        fix: `Bill a code ${rule.payerName} covers in box 24D if that is what was done; otherwise bill the client directly (with their agreement in advance).`,
        boxes: ['24D'],
        why: `${rule.payerName}'s payer rule (Options) lists the codes it covers. CARC 96 (non-covered charges) or 204 (not covered under the patient's current benefit plan).`,
        lines: [line.row],
        fields: [fieldOf(line, 'code')],
      });
    });
  },
});
