import type { Finding } from '../model/findings';
import { isIcdFormat, normaliseIcd } from './helpers/icd';
import { finding, joinList } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Rule, type RuleCheck } from './types';

const LETTERS = 'ABCDEFGHIJKL';

/**
 * Box 21: each code has the ICD-10-CM shape, and, where the code list covers its range, is billable
 * (a category with children such as M54.5, M79.1 or S13.4 is not). Without a code list: format only.
 */
export const icdInvalidCheck: RuleCheck = {
  id: 'icd-invalid',
  title: 'Diagnosis code malformed or not billable',
  check({ diagnoses, lines, tables }) {
    const out: Finding[] = [];
    diagnoses.forEach((raw, index) => {
      if (!raw) return;
      const code = normaliseIcd(raw);
      const box = `Box 21${LETTERS[index] ? ` ${LETTERS[index]}` : ''}`;
      const rows = lines.filter((l) => l.pointers.includes(index + 1)).map((l) => l.row);
      const field = `diagnoses.${index}`;
      if (!isIcdFormat(code)) {
        out.push(
          finding(
            'icd-invalid',
            'error',
            `${box}: "${raw}" is not an ICD-10-CM code (a letter, two characters, then up to 4 after a dot: M54.50, S13.4XXA).`,
            'Retype the diagnosis from the prescription.',
            rows,
            [field],
          ),
        );
        return;
      }
      if (!tables.icd || tables.icd.status(code) !== 'not-billable') return;
      const children = tables.icd.childrenOf(code, 6);
      out.push(
        finding(
          'icd-invalid',
          'error',
          children.length
            ? `${box}: ${code} is a category with more specific codes below it, not a billable code. Payers deny it (CARC 146).`
            : `${box}: ${code} is not in the current ICD-10-CM list; payers deny it (CARC 146).`,
          children.length
            ? `Use the specific code the prescription supports: ${joinList(children)}${children.length === 6 ? ', ...' : ''}.`
            : 'Check the code against the prescription: it may be mistyped or deleted.',
          rows,
          [field],
        ),
      );
    });
    return out;
  },
};

export const icdInvalid: Rule = /* @__PURE__ */ withMeta(icdInvalidCheck, {
  severities: ['error'],
  sources: [SOURCES.icdFiles, SOURCES.aapcXPlaceholder, SOURCES.icdM545, SOURCES.x12Carc],
  doesNotCheck:
    'Codes outside the ranges of the shipped ICD-10-CM list (M, G43-G44, G56-G57, R20-R29, R51-R53 and the neck, back and limb injury blocks of S) get a format check only; it does not judge whether the diagnosis supports massage, the 7th character (A initial vs D subsequent encounter), or codes valid on older dates of service.',
});
