import { diagnosisLetter } from '../model/claim-form';
import type { Finding } from '../model/findings';
import { cap, fieldOf, finding, joinList, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/** Box 24E: each line points to 1-4 filled diagnosis boxes. */
export const pointerInvalid = defineRule({
  id: 'pointer-invalid',
  title: 'Diagnosis pointer missing or wrong',
  checks:
    'Each line with a code has 1 to 4 pointers (box 24E), each an integer 1-12 pointing at a filled box 21 slot.',
  severities: ['error'],
  sources: [SOURCES.speedysoft24e, SOURCES.stediPointers],
  doesNotCheck:
    "Lines without a procedure code; Medicare's one-pointer-per-line instruction; whether the diagnosis pointed to supports the code (dx-procedure-mismatch) or, for 97140 with a chiropractic adjustment, names another region (see ncci-pair).",
  check({ lines, diagnoses }) {
    const out: Finding[] = [];
    const report = (
      line: { row: number },
      message: string,
      fix: string,
      fields: string[],
      boxes: string[] = ['24E'],
    ) =>
      out.push(
        finding('pointer-invalid', {
          severity: 'error',
          outcome: 'rejected',
          message,
          fix,
          boxes,
          lines: [line.row],
          fields,
        }),
      );
    for (const line of lines) {
      if (!line.code) continue;
      const ref = cap(lineRef(line));
      const field = fieldOf(line, 'pointers');
      if (line.pointers.length === 0) {
        report(
          line,
          `${ref} has no diagnosis pointer (box 24E); the payer rejects the line.`,
          'In box 24E, enter the letter of the box 21 diagnosis this service treats (A for the first), primary first.',
          [field],
        );
        continue;
      }
      if (line.pointers.length > 4) {
        report(
          line,
          `${ref} has ${line.pointers.length} diagnosis pointers; box 24E holds at most 4, so the payer rejects the line.`,
          'In box 24E, keep the 4 that matter most, primary first.',
          [field],
        );
      }
      const bad = line.pointers.filter((p) => !Number.isInteger(p) || p < 1 || p > 12 || !diagnoses[p - 1]);
      if (bad.length) {
        const names = bad.map((p) => diagnosisLetter(p) ?? String(p));
        const empty = bad.some((p) => Number.isInteger(p) && p >= 1 && p <= 12);
        report(
          line,
          `${ref} points to ${joinList(names)}, ${
            empty
              ? `but box 21 ${names.length === 1 ? 'has no diagnosis there' : 'has no diagnosis in those boxes'}`
              : 'which is not a box 21 letter (A to L)'
          }; the payer rejects the line.`,
          'In box 24E, point only to boxes that hold a diagnosis, or fill the box in box 21.',
          empty
            ? [
                field,
                ...bad
                  .filter((p) => Number.isInteger(p) && p >= 1 && p <= 12)
                  .map((p) => `diagnoses.${p - 1}`),
              ]
            : [field],
          empty ? ['24E', '21'] : ['24E'],
        );
      }
    }
    return out;
  },
});
