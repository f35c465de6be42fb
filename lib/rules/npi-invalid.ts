import type { Finding } from '../model/findings';
import { npiProblem } from './helpers/npi';
import { finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

type Role = 'referring' | 'billing' | 'rendering';

const LABEL: Record<Role, string> = {
  referring: 'The referring provider NPI (box 17b)',
  billing: 'The billing provider NPI (box 33a)',
  rendering: 'The rendering provider NPI (box 24J)',
};
const BOX: Record<Role, string> = { referring: '17b', billing: '33a', rendering: '24J' };
const REJECTED: Record<Role, string> = {
  referring: 'The payer rejects the claim.',
  billing: 'The payer rejects the whole claim.',
  rendering: 'The payer rejects the line.',
};
const WHY: Record<Role, string> = {
  referring: 'RARC N286: missing/incomplete/invalid referring provider primary identifier.',
  billing: 'CARC 207: National Provider Identifier, invalid format.',
  rendering: 'CARC 16 with RARC N290: missing/incomplete/invalid rendering provider primary identifier.',
};

/** Every NPI typed on the claim: 10 digits, check digit right (Luhn over "80840" + NPI). */
export const npiInvalid = defineRule({
  id: 'npi-invalid',
  title: 'NPI mistyped',
  checks:
    'Every NPI typed (box 17b, 33a, each line\'s 24J) is 10 digits with the right check digit (Luhn over "80840" + NPI). One finding per distinct bad rendering NPI, listing every line that repeats it.',
  severities: ['error'],
  sources: [SOURCES.npiCheckDigit, SOURCES.x12Carc, SOURCES.x12Rarc],
  doesNotCheck:
    "Whether the NPI belongs to the right person or matches the practice profile (that needs the NPPES registry); an empty box 17b is rx-missing's business.",
  check({ referringNpi, billingNpi, lines }) {
    const out: Finding[] = [];
    const report = (role: Role, npi: string, rows: number[], fields: string[]) => {
      const problem = npiProblem(npi);
      if (!problem) return;
      const where = role === 'rendering' ? ` on ${linesPhrase(rows)}` : '';
      const what =
        problem === 'format'
          ? `"${npi}" is not 10 digits.`
          : `${npi} fails the NPI check digit: a digit is wrong or two are swapped.`;
      out.push(
        finding('npi-invalid', {
          severity: 'error',
          outcome: 'rejected',
          message: `${LABEL[role]}${where}: ${what} ${REJECTED[role]}`,
          fix:
            role === 'referring'
              ? "In box 17b, copy the prescriber's NPI from the prescription or NPPES."
              : `In box ${BOX[role]}, copy the NPI from the practice profile (autofill can enter it) or NPPES.`,
          boxes: [BOX[role]],
          why: `${WHY[role]} An NPI's last digit is a check digit (Luhn over "80840" + the NPI), so a typo is caught before the claim is sent.`,
          lines: rows,
          fields,
        }),
      );
    };
    if (referringNpi) report('referring', referringNpi, [], ['referringProvider.npi']);
    if (billingNpi) report('billing', billingNpi, [], ['billingProvider.npi']);
    // One finding per distinct rendering NPI, however many lines repeat it.
    const rendering = new Map<string, number[]>();
    for (const line of lines) {
      if (!line.renderingNpi) continue;
      const rows = rendering.get(line.renderingNpi);
      if (rows) rows.push(line.row);
      else rendering.set(line.renderingNpi, [line.row]);
    }
    for (const [npi, rows] of rendering) {
      report(
        'rendering',
        npi,
        rows,
        rows.map((r) => `lines.${r}.renderingNpi`),
      );
    }
    return out;
  },
});
