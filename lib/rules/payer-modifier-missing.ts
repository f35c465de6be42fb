import type { Finding } from '../model/findings';
import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/** The client's payer rule requires a modifier on this code (e.g. GP on 97124) and the line lacks it. */
export const payerModifierMissing = defineRule({
  id: 'payer-modifier-missing',
  title: 'Modifier the payer requires',
  checks:
    "Each line whose code is in a `requiredModifiers` entry of the client's payer rule (matched on the payer name, case and spaces ignored) and whose box 24D modifiers lack that modifier (one finding per line and modifier).",
  severities: ['warning'],
  sources: [SOURCES.uhcTherapyModifiers, SOURCES.aotaUhcModifiers, SOURCES.nyscaUhcGp, SOURCES.x12Carc],
  doesNotCheck:
    'Payers without a payer rule (Options), whether GP, GO or GN is the right discipline for the plan of care, or the order of the modifiers in box 24D.',
  needsClient: "the payer's required modifiers",
  check({ lines, settings }) {
    const rule = settings.payerRule;
    if (!rule || rule.requiredModifiers.length === 0) return [];
    const out: Finding[] = [];
    for (const line of lines) {
      if (!line.code) continue;
      for (const { codes, modifier } of rule.requiredModifiers) {
        if (!codes.has(line.code) || line.modifiers.includes(modifier)) continue;
        out.push(
          finding('payer-modifier-missing', {
            severity: 'warning',
            outcome: 'denied',
            message: `${cap(lineRef(line))}: ${rule.payerName} requires modifier ${modifier} on ${line.code}, and the line has ${line.modifiers.length ? line.modifiers.join(', ') : 'none'}. The payer denies the line or returns the claim without it.`,
            fix: `Add ${modifier} to ${line.code} in box 24D.`,
            boxes: ['24D'],
            why: `${rule.payerName}'s payer rule (Options): ${modifier} on ${[...codes].join(', ')}. CARC 4: the procedure code is inconsistent with the modifier used, or a required modifier is missing.`,
            lines: [line.row],
            fields: [fieldOf(line, 'modifiers')],
          }),
        );
      }
    }
    return out;
  },
});
