import type { Finding, FindingOutcome, Severity } from '../model/findings';
import { ncciModifierOf } from './helpers/modifiers';
import { fieldOf, finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import type { NcciEdit } from './tables/ncci';
import { defineRule, type Line } from './types';

const CMT = new Set(['98940', '98941', '98942', '98943']);

/**
 * Two lines on one date ("from") whose codes form an NCCI PTP edit in force on that date. The column 2
 * code is the one denied; only a 59/XE/XS/XP/XU on the column 2 line bypasses an indicator-1 edit.
 * The biller reads which code is paid and which denied; the NCCI terms are in `why`.
 */
export const ncciPair = defineRule({
  id: 'ncci-pair',
  title: 'Codes NCCI pays only one of',
  checks:
    'Two lines with one "From" date whose codes form an NCCI PTP edit in force that date (effective on or before it, deletion date not before it, indicator not 9), in either order on the form. Indicator 1 without 59/XE/XS/XP/XU on the column 2 line: warning (a modifier on the column 1 line only is called out: it does not bypass); with one: info; indicator 0: error whatever the modifiers. The fix depends on the pair: CMT pairs (XS only for a separately documented region, point the line to that region\'s diagnosis), 97124+97140 (bill one code; XS only for separate documented regions), 97140+97530 (59 only for distinct 15-minute time blocks, not XS). A row of the built-in table whose order is unconfirmed says so in the message.',
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
    "Whether the notes document the separate region or time block a modifier claims; commercial payers' own bundling edits beyond NCCI (Anthem, Aetna and Humana deny 97530 with 97140 even with 59); units per code (units-exceed-mue); pairs the loaded table does not hold (98943, OMT and modality pairs are unconfirmed and left out).",
  check({ linesByDate, tables }) {
    // One finding per pair of codes, date and modifier verdict, naming every line involved: a claim of
    // 200 massage lines and 200 manual-therapy lines on one date is one problem to fix, not 40,000.
    const groups = new Map<string, PairGroup>();
    for (const [date, group] of linesByDate) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          if (!a.code || !b.code || a.code === b.code) continue;
          const edit = tables.ncci.find(a.code, b.code, date);
          if (!edit) continue;
          const [col1, col2] = a.code === edit.column1 ? [a, b] : [b, a];
          const on1 = ncciModifierOf(col1.modifiers) ?? '';
          const on2 = ncciModifierOf(col2.modifiers) ?? '';
          const key = [date, edit.column1, edit.column2, on1, on2].join('|');
          let pair = groups.get(key);
          if (!pair) groups.set(key, (pair = { edit, date, col1: new Set(), col2: new Set() }));
          pair.col1.add(col1);
          pair.col2.add(col2);
        }
      }
    }
    return [...groups.values()].map(pairFinding);
  },
});

/** The lines of one date whose codes form one edit, with one modifier verdict. */
type PairGroup = { edit: NcciEdit; date: string; col1: Set<Line>; col2: Set<Line> };

/** True for a row of the built-in table whose column order and indicator no source confirmed. */
function isUnconfirmed(edit: NcciEdit): boolean {
  return /not confirmed/i.test(edit.rationale);
}

function pairFinding({ edit, date, col1, col2 }: PairGroup): Finding {
  const firsts = [...col1];
  const seconds = [...col2];
  const c1 = edit.column1;
  const c2 = edit.column2;
  // Every line of the group has the same modifier verdict (it is part of the group's key).
  const on2 = ncciModifierOf(seconds[0]!.modifiers);
  const on1 = ncciModifierOf(firsts[0]!.modifiers);
  const rows1 = firsts.map((l) => l.row);
  const rows2 = seconds.map((l) => l.row);
  const where = `${c1} (${linesPhrase(rows1)}) and ${c2} (${linesPhrase(rows2)}) on ${date}`;
  const col2Lines = linesPhrase(rows2);
  const kind = pairKind(c1, c2);
  const unconfirmed = isUnconfirmed(edit);
  const fields = [
    ...seconds.flatMap((l) => [fieldOf(l, 'code'), fieldOf(l, 'modifiers')]),
    ...firsts.map((l) => fieldOf(l, 'code')),
  ];
  if (on1 && !on2) fields.push(...firsts.map((l) => fieldOf(l, 'modifiers')));
  const bypass =
    edit.modifierIndicator === 0
      ? 'modifier indicator 0: no modifier bypasses it'
      : 'modifier indicator 1: 59, XE, XS, XP or XU on the column 2 line may bypass it';
  const why = [
    `NCCI procedure-to-procedure edit in force on ${date}: ${c1} is column 1 (paid), ${c2} column 2 (denied), ${bypass}.`,
    edit.rationale ? `Rationale: ${edit.rationale}.` : '',
    unconfirmed
      ? 'This row of the built-in table was compiled from secondary sources; load the current CMS practitioner PTP file in Options to check it.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const make = (severity: Severity, outcome: FindingOutcome | undefined, message: string, fix: string) =>
    finding('ncci-pair', {
      severity,
      ...(outcome ? { outcome } : {}),
      message,
      fix,
      boxes: kind === 'cmt' ? ['24D', '24E'] : ['24D'],
      why,
      lines: [...new Set([...rows1, ...rows2])],
      fields,
    });
  const unsure = unconfirmed
    ? ` Which of the two is denied, and whether a modifier can save it, is not confirmed in the CMS file: check with the payer.`
    : '';

  if (edit.modifierIndicator === 0) {
    return make(
      'error',
      'denied',
      `${where}: payers pay ${c1} and deny ${c2} (CARC 236), whatever the modifier.${unsure}`,
      `Bill only one of ${c1} and ${c2} for ${date}; a modifier will not help. If one was on another day, correct that line's date in box 24A.`,
    );
  }

  if (on2) {
    const timeBlockNote =
      kind === 'time-block' && on2 !== '59'
        ? ` For this pair CMS allows 59 only for distinct 15-minute time blocks; ${on2} may be rejected.`
        : '';
    return make(
      'info',
      undefined,
      `${where}: the ${on2} on ${c2} says they were separate services, so both can be paid. Payers audit this modifier.${timeBlockNote}${unsure}`,
      kind === 'time-block'
        ? `Keep 59 on ${c2} (box 24D) only if the notes show distinct 15-minute time blocks; otherwise bill one code.`
        : `Keep ${on2} on ${c2} (box 24D) only if the notes document it (XS separate region, XE separate encounter, XP other practitioner, XU non-overlapping service); otherwise remove ${c2}.`,
    );
  }

  const movedNote = !on1
    ? ''
    : unconfirmed
      ? ` A modifier counts only on the code the payer denies, and which one that is is not confirmed: the ${on1} on ${c1} may not help.`
      : ` The ${on1} on ${c1} does not bypass it: payers read the modifier on ${c2}, the code they deny.`;
  const message = unconfirmed
    ? `${where}: payers pay only one of these for the same day and may deny the other (CARC 236), unless a modifier shows they were separate services.${unsure}${movedNote}`
    : `${where}: payers pay ${c1} and deny ${c2} (CARC 236) unless a modifier on ${c2} shows they were separate services.${movedNote}`;
  const move = !on1
    ? ''
    : unconfirmed
      ? ` If you keep a modifier, put it on the line the payer denies (ask the payer which one).`
      : ` Take the ${on1} off ${c1}: a modifier there does not bypass the edit.`;
  let fix: string;
  if (kind === 'cmt') {
    fix = `If ${c2} treated a different body region than the adjustment (documented), add XS to ${c2} (${col2Lines}, box 24D) and point it to that region's diagnosis (box 24E); otherwise leave ${c2} off: it is part of the manipulation.`;
  } else if (kind === 'time-block') {
    fix = `Add 59 to ${c2} only if the two were done in distinct 15-minute time blocks; XS does not apply to this pair (box 24D). Anthem, Aetna and Humana deny ${c2} with ${c1} even with 59: bill one code for them.`;
  } else if (kind === 'massage') {
    fix = `Bill one code for the session: most payers pay only one of massage and manual therapy per visit. Add XS to ${c2} (box 24D) only when the two were on separate body regions, documented.`;
  } else {
    fix = `Bill one code, or add XS to ${c2} (box 24D) only for a separate body region (59 or XE for a separate session), documented.`;
  }
  fix += move;
  return make('warning', unconfirmed ? 'may-deny' : 'denied', message, fix);
}

function pairKind(c1: string, c2: string): 'cmt' | 'time-block' | 'massage' | 'other' {
  if (CMT.has(c1) || CMT.has(c2)) return 'cmt';
  const pair = [c1, c2].sort().join('+');
  if (pair === '97140+97530') return 'time-block';
  if (pair === '97124+97140') return 'massage';
  return 'other';
}
