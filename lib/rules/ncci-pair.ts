import type { Finding, Severity } from '../model/findings';
import { ncciModifierOf } from './helpers/modifiers';
import { fieldOf, finding, rowLabel } from './helpers/text';
import * as SOURCES from './sources';
import type { NcciEdit } from './tables/ncci';
import { withMeta, type Line, type Rule, type RuleCheck } from './types';

const CMT = new Set(['98940', '98941', '98942', '98943']);

/**
 * Two lines on one date ("from") whose codes form an NCCI PTP edit in force on that date. The column 2
 * code is the one denied; only a 59/XE/XS/XP/XU on the column 2 line bypasses an indicator-1 edit.
 */
export const ncciPairCheck: RuleCheck = {
  id: 'ncci-pair',
  title: 'Codes NCCI pays only one of',
  check({ linesByDate, tables }) {
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          if (!a.code || !b.code || a.code === b.code) continue;
          const edit = tables.ncci.find(a.code, b.code, date);
          if (!edit) continue;
          const [col1, col2] = a.code === edit.column1 ? [a, b] : [b, a];
          out.push(pairFinding(edit, col1, col2, date));
        }
      }
    }
    return out;
  },
};

export const ncciPair: Rule = /* @__PURE__ */ withMeta(ncciPairCheck, {
  severities: ['error', 'warning', 'info'],
  sources: [
    SOURCES.ncciPtp,
    SOURCES.aapcModifier59,
    SOURCES.chiroEcoX,
    SOURCES.chiroOrgCci,
    SOURCES.webpt97530,
    SOURCES.codingAhead97124,
  ],
  doesNotCheck:
    "Whether the notes document the separate region or time block a modifier claims; commercial payers' own bundling edits beyond NCCI (Anthem, Aetna and Humana deny 97530 with 97140 even with 59); medically unlikely edits (MUE); pairs the loaded table does not hold (98943, OMT and modality pairs are unconfirmed and left out).",
});

function pairFinding(edit: NcciEdit, col1: Line, col2: Line, date: string): Finding {
  const c1 = edit.column1;
  const c2 = edit.column2;
  const on2 = ncciModifierOf(col2.modifiers);
  const on1 = ncciModifierOf(col1.modifiers);
  const where = `${c1} (${rowLabel(col1.row)}) and ${c2} (${rowLabel(col2.row)}) on ${date}`;
  const rationale = edit.rationale ? ` NCCI rationale: ${edit.rationale}.` : '';
  const kind = pairKind(c1, c2);
  const fields = [fieldOf(col2, 'code'), fieldOf(col2, 'modifiers'), fieldOf(col1, 'code')];
  if (on1 && !on2) fields.push(fieldOf(col1, 'modifiers'));
  const make = (severity: Severity, message: string, fix: string) =>
    finding('ncci-pair', severity, message, fix, [col1.row, col2.row], fields);

  if (edit.modifierIndicator === 0) {
    return make(
      'error',
      `${where} are an NCCI pair no modifier can bypass (indicator 0): payers pay ${c1} and deny ${c2} (CARC 236).${rationale}`,
      `Bill only one of ${c1} and ${c2} for ${date}; a modifier will not help. If one was on another day, correct that line's date.`,
    );
  }

  if (on2) {
    const timeBlockNote =
      kind === 'time-block' && on2 !== '59'
        ? ` For this pair CMS allows 59 only for distinct 15-minute time blocks; ${on2} may be rejected.`
        : '';
    return make(
      'info',
      `${where} are an NCCI pair; the ${on2} on ${c2} says they were separate services, so it can be paid. Payers audit this modifier.${timeBlockNote}`,
      kind === 'time-block'
        ? `Keep 59 only if the notes show distinct 15-minute time blocks; otherwise bill one code.`
        : `Keep ${on2} only if the notes document it (XS separate region, XE separate encounter, XP other practitioner, XU non-overlapping service); otherwise remove ${c2}.`,
    );
  }

  const movedNote = on1
    ? ` The ${on1} on ${c1} does not bypass it: NCCI reads the modifier on the column 2 code.`
    : '';
  const message = `${where} are an NCCI pair: payers pay ${c1} and deny ${c2} (CARC 236) unless a modifier on ${c2} shows separate services.${rationale}${movedNote}`;
  const move = on1
    ? ` Take the ${on1} off ${c1}: a modifier on the column 1 code does not bypass the edit.`
    : '';
  let fix: string;
  if (kind === 'cmt') {
    fix = `If ${c2} treated a different body region than the adjustment (documented), add XS to ${c2} (${rowLabel(col2.row)}) and point it to that region's diagnosis; otherwise leave ${c2} off: it is part of the manipulation.`;
  } else if (kind === 'time-block') {
    fix = `Add 59 to ${c2} only if the two were done in distinct 15-minute time blocks; XS does not apply to this pair. Anthem, Aetna and Humana deny ${c2} with ${c1} even with 59: bill one code for them.`;
  } else if (kind === 'massage') {
    fix = `Bill one code for the session: most payers pay only one of massage and manual therapy per visit. Add XS to ${c2} only when the two were on separate body regions, documented.`;
  } else {
    fix = `Bill one code, or add XS to ${c2} only for a separate body region (59 or XE for a separate session), documented.`;
  }
  fix += move;
  return make('warning', message, fix);
}

function pairKind(c1: string, c2: string): 'cmt' | 'time-block' | 'massage' | 'other' {
  if (CMT.has(c1) || CMT.has(c2)) return 'cmt';
  const pair = [c1, c2].sort().join('+');
  if (pair === '97140+97530') return 'time-block';
  if (pair === '97124+97140') return 'massage';
  return 'other';
}
