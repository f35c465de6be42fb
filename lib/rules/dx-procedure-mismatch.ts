import { diagnosisLetter } from '../model/claim-form';
import type { Finding } from '../model/findings';
import { isIcdFormat, normaliseIcd } from './helpers/icd';
import { fieldOf, finding, joinList, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { massageRangeOf } from './tables/massage-diagnoses';
import { defineRule, type Line } from './types';

/** The codes payers judge against the massage diagnosis ranges: massage and manual therapy. */
const MASSAGE_CODES = new Set(['97124', '97140']);

/**
 * A massage or manual-therapy line whose pointers name only diagnoses outside the ranges payers cover
 * massage for (data/massage-diagnoses.tsv). Lines pointing to the same diagnoses are one finding.
 */
export const dxProcedureMismatch = defineRule({
  id: 'dx-procedure-mismatch',
  title: "Diagnosis doesn't support massage",
  checks:
    'Each 97124 or 97140 line whose box 24E pointers name only well-formed diagnoses outside data/massage-diagnoses.tsv (musculoskeletal M00-M99, injuries S00-S99, headache G43-G44, nerve disorders G54-G59, pain G89 and R51-R52, nervous and musculoskeletal symptoms R20-R29, lymphedema I89.0, I97.2, Q82.0). A line with at least one pointer inside the ranges passes; pointers to empty or malformed boxes are left to pointer-invalid and icd-invalid.',
  severities: ['warning'],
  sources: [
    SOURCES.evicoreMassage,
    SOURCES.lifewiseMassage,
    SOURCES.massagePracticeBuilderIcd,
    SOURCES.mirahealth97140,
    SOURCES.hns97124,
    SOURCES.x12Carc,
  ],
  doesNotCheck:
    "A payer's own list of covered diagnoses (policies differ; the ranges are the common ground), whether the diagnosis matches the body region treated, whether it is the primary reason for the visit, or codes other than 97124 and 97140.",
  check({ lines, diagnoses }) {
    const groups = new Map<string, { lines: Line[]; pointed: number[] }>();
    // Each box 21 code judged once: undefined when malformed or empty (left to icd-invalid).
    let supports: (boolean | undefined)[] | undefined;
    for (const line of lines) {
      if (!line.code || !MASSAGE_CODES.has(line.code)) continue;
      supports ??= diagnoses.map((d) => (d && isIcdFormat(d) ? massageRangeOf(d) !== undefined : undefined));
      const judged = supports;
      const pointed = [
        ...new Set(
          line.pointers.filter(
            (p) => Number.isInteger(p) && p >= 1 && p <= 12 && judged[p - 1] !== undefined,
          ),
        ),
      ];
      if (pointed.length === 0) continue;
      if (pointed.some((p) => judged[p - 1])) continue;
      const key = [...pointed].sort((a, b) => a - b).join(',');
      const group = groups.get(key);
      if (group) group.lines.push(line);
      else groups.set(key, { lines: [line], pointed });
    }
    const out: Finding[] = [];
    for (const { lines: group, pointed } of groups.values()) {
      const codes = pointed.map((p) => `${normaliseIcd(diagnoses[p - 1]!)} (box 21 ${diagnosisLetter(p)})`);
      const rows = group.map((l) => l.row);
      const services = [...new Set(group.map((l) => l.code!))].join(' and ');
      out.push(
        finding('dx-procedure-mismatch', {
          severity: 'warning',
          outcome: 'may-deny',
          message: `${services} on ${linesPhrase(rows)} points only to ${joinList(codes)}, a diagnosis payers do not cover massage for. They may deny the line as not medically necessary.`,
          fix: `In box 24E, point the line to the diagnosis the prescription gives for the massage (a musculoskeletal, injury, nerve or pain code in box 21); if the prescription names only ${codes.length === 1 ? 'this one' : 'these'}, ask the prescriber whether another diagnosis applies.`,
          boxes: ['24E', '21'],
          why: 'CARC 11 (the diagnosis is inconsistent with the procedure) or 50 (not deemed a medical necessity). Massage-therapy policies cover neuromusculoskeletal injuries and illnesses (neck, back and limb pain, headache, fibromyalgia) and lymphedema for manual lymphatic drainage; relaxation and stress relief are not medical reasons.',
          lines: rows,
          fields: [...group.map((l) => fieldOf(l, 'pointers')), ...pointed.map((p) => `diagnoses.${p - 1}`)],
        }),
      );
    }
    return out;
  },
});
