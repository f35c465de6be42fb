import type { Finding } from '../model/findings';
import { cap, fieldOf, finding, joinList, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Rule, type RuleCheck } from './types';

const LETTERS = 'ABCDEFGHIJKL';

/** Box 24E: each line points to 1-4 filled diagnosis boxes. */
export const pointerInvalidCheck: RuleCheck = {
  id: 'pointer-invalid',
  title: 'Diagnosis pointer missing or wrong',
  check({ lines, diagnoses }) {
    const out: Finding[] = [];
    for (const line of lines) {
      if (!line.code) continue;
      const ref = cap(lineRef(line));
      const field = fieldOf(line, 'pointers');
      if (line.pointers.length === 0) {
        out.push(
          finding(
            'pointer-invalid',
            'error',
            `${ref} has no diagnosis pointer (box 24E); payers reject the line.`,
            'Enter the letter of the box 21 diagnosis this service treats (A for the first), primary first.',
            [line.row],
            [field],
          ),
        );
        continue;
      }
      if (line.pointers.length > 4) {
        out.push(
          finding(
            'pointer-invalid',
            'error',
            `${ref} has ${line.pointers.length} diagnosis pointers; box 24E holds at most 4.`,
            'Keep the 4 that matter most, primary first.',
            [line.row],
            [field],
          ),
        );
      }
      const bad = line.pointers.filter((p) => !Number.isInteger(p) || p < 1 || p > 12 || !diagnoses[p - 1]);
      if (bad.length) {
        const names = bad.map((p) =>
          Number.isInteger(p) && p >= 1 && p <= 12 ? LETTERS[p - 1]! : String(p),
        );
        const empty = bad.some((p) => Number.isInteger(p) && p >= 1 && p <= 12);
        out.push(
          finding(
            'pointer-invalid',
            'error',
            `${ref} points to ${joinList(names)}, ${
              empty
                ? `but box 21 ${names.length === 1 ? 'has no diagnosis there' : 'has no diagnosis in those boxes'}`
                : 'which is not a box 21 letter (A to L)'
            }; payers reject the line.`,
            'Point only to boxes that hold a diagnosis, or fill the box in box 21.',
            [line.row],
            empty
              ? [
                  field,
                  ...bad
                    .filter((p) => Number.isInteger(p) && p >= 1 && p <= 12)
                    .map((p) => `diagnoses.${p - 1}`),
                ]
              : [field],
          ),
        );
      }
    }
    return out;
  },
};

export const pointerInvalid: Rule = /* @__PURE__ */ withMeta(pointerInvalidCheck, {
  severities: ['error'],
  sources: [SOURCES.speedysoft24e, SOURCES.stediPointers],
  doesNotCheck:
    "Lines without a procedure code; Medicare's one-pointer-per-line instruction; whether the diagnosis pointed to fits the code (for 97140 with a chiropractic adjustment the pointer should name another region, see ncci-pair).",
});
