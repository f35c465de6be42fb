import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { excludedReason } from './tables/cpt';
import { withMeta, type Rule, type RuleCheck } from './types';

/** Codes outside a massage therapist's scope (data/excluded-codes.tsv). */
export const excludedCodeCheck: RuleCheck = {
  id: 'excluded-code',
  title: "Code outside a massage therapist's scope",
  check({ lines }) {
    return lines.flatMap((line) => {
      const reason = line.code ? excludedReason(line.code) : undefined;
      if (reason === undefined) return [];
      return finding(
        'excluded-code',
        'warning',
        `${cap(lineRef(line))}: ${line.code} is ${reason}, outside a massage therapist's scope. Payers deny it from a massage therapist (CARC 170 or 185) and it invites an audit.`,
        "Bill what was done as 97124 (massage) or 97140 (manual therapy), not both; leave this code to the provider whose licence covers it, unless your state's massage scope includes it.",
        [line.row],
        [fieldOf(line, 'code')],
      );
    });
  },
};

export const excludedCode: Rule = /* @__PURE__ */ withMeta(excludedCodeCheck, {
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
});
