import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { excludedReason } from './tables/cpt';
import { defineRule } from './types';

/** Codes outside a massage therapist's scope (data/excluded-codes.tsv). */
export const excludedCode = defineRule({
  id: 'excluded-code',
  title: "Code outside a massage therapist's scope",
  checks:
    'A line code from data/excluded-codes.tsv (97110, 97112, 97530, 97150, 97161-97163, 97012, 97014, 97035, 98940-98943), with the reason per code.',
  severities: ['warning'],
  sources: [
    SOURCES.massageTodayCpt,
    SOURCES.chiroOrgCci,
    SOURCES.codingAhead97014,
    SOURCES.nuccTaxonomy,
    SOURCES.x12Carc,
  ],
  doesNotCheck:
    "Each state's scope-of-practice law (a state may let massage therapists use a modality on the list) or who the rendering provider is: the list assumes the claim bills a massage therapist's work.",
  check({ lines }) {
    return lines.flatMap((line) => {
      const reason = line.code ? excludedReason(line.code) : undefined;
      if (reason === undefined) return [];
      return finding('excluded-code', {
        severity: 'warning',
        outcome: 'denied',
        message: `${cap(lineRef(line))}: ${line.code} is ${reason}, outside a massage therapist's scope. Payers deny it from a massage therapist, and it invites an audit.`,
        fix: "In box 24D, bill what was done as 97124 (massage) or 97140 (manual therapy), not both; leave this code to the provider whose licence covers it, unless your state's massage scope includes it.",
        boxes: ['24D'],
        why: 'CARC 170 (payment denied when performed/billed by this type of provider) or 185 (rendering provider not eligible to perform the service billed); a massage therapist bills as NUCC taxonomy 225700000X.',
        lines: [line.row],
        fields: [fieldOf(line, 'code')],
      });
    });
  },
});
