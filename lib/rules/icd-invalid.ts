import { DIAGNOSIS_LETTERS } from '../model/claim-form';
import type { Finding } from '../model/findings';
import { isIcdFormat, normaliseIcd } from './helpers/icd';
import { finding, joinList } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/**
 * Box 21: each code has the ICD-10-CM shape, and, where the code list covers its range, is billable
 * (a category with children such as M54.5, M79.1 or S13.4 is not). Without a code list: format only.
 */
export const icdInvalid = defineRule({
  id: 'icd-invalid',
  title: 'Diagnosis code malformed or not billable',
  checks:
    'Each box 21 code, normalised (dotted or undotted, any case), has the ICD-10-CM shape; where the shipped list covers its range, it must be in the list: a category such as M54.5, M79.1 or S13.4 is named with its billable children (M54.50, M54.51, M54.59). Without a list (`createCodeTables()` with no ICD source): format only.',
  severities: ['error'],
  sources: [SOURCES.icdFiles, SOURCES.aapcXPlaceholder, SOURCES.icdM545, SOURCES.x12Carc],
  doesNotCheck:
    "Codes outside the ranges of the shipped ICD-10-CM list (M, G43-G44, G56-G57, R20-R29, R51-R53 and the neck, back and limb injury blocks of S) get a format check only; whether the diagnosis supports massage is dx-procedure-mismatch's business; it does not judge the 7th character (A initial vs D subsequent encounter), or codes valid on older dates of service.",
  check({ diagnoses, lines, tables }) {
    const out: Finding[] = [];
    diagnoses.forEach((raw, index) => {
      if (!raw) return;
      const code = normaliseIcd(raw);
      const slot = `21${DIAGNOSIS_LETTERS[index] ? ` ${DIAGNOSIS_LETTERS[index]}` : ''}`;
      const box = `Box ${slot}`;
      const rows = lines.filter((l) => l.pointers.includes(index + 1)).map((l) => l.row);
      const field = `diagnoses.${index}`;
      if (!isIcdFormat(code)) {
        out.push(
          finding('icd-invalid', {
            severity: 'error',
            outcome: 'rejected',
            message: `${box}: "${raw}" is not an ICD-10-CM code (a letter, two characters, then up to 4 after a dot: M54.50, S13.4XXA). The payer rejects the claim.`,
            fix: `Retype the diagnosis in box ${slot} from the prescription.`,
            boxes: ['21'],
            lines: rows,
            fields: [field],
          }),
        );
        return;
      }
      if (!tables.icd || tables.icd.status(code) !== 'not-billable') return;
      const children = tables.icd.childrenOf(code, 6);
      out.push(
        finding('icd-invalid', {
          severity: 'error',
          outcome: 'rejected',
          message: children.length
            ? `${box}: ${code} is a category with more specific codes below it, not a billable code. The payer rejects or denies it.`
            : `${box}: ${code} is not in the current ICD-10-CM list; the payer rejects or denies it.`,
          fix: children.length
            ? `In box ${slot}, use the specific code the prescription supports: ${joinList(children)}${children.length === 6 ? ', ...' : ''}.`
            : `Check the code in box ${slot} against the prescription: it may be mistyped or deleted.`,
          boxes: ['21'],
          why: 'Only codes at the end of an ICD-10-CM branch can be billed; clearinghouse edits reject the others, and a payer that lets one through denies it with CARC 146 (diagnosis invalid for the date of service).',
          lines: rows,
          fields: [field],
        }),
      );
    });
    return out;
  },
});
