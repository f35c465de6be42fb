import type { Finding } from '../model/findings';
import { npiProblem } from './helpers/npi';
import { finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Rule, type RuleCheck } from './types';

type Role = 'referring' | 'billing' | 'rendering';

const LABEL: Record<Role, string> = {
  referring: 'The referring provider NPI (box 17b)',
  billing: 'The billing provider NPI (box 33a)',
  rendering: 'The rendering provider NPI (box 24J)',
};
const DENIAL: Record<Role, string> = {
  referring: 'Payers reject the claim (RARC N286).',
  billing: 'Payers reject the whole claim (CARC 207).',
  rendering: 'Payers reject the line (CARC 16, RARC N290).',
};

/** Every NPI typed on the claim: 10 digits, check digit right (Luhn over "80840" + NPI). */
export const npiInvalidCheck: RuleCheck = {
  id: 'npi-invalid',
  title: 'NPI mistyped',
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
        finding(
          'npi-invalid',
          'error',
          `${LABEL[role]}${where}: ${what} ${DENIAL[role]}`,
          role === 'referring'
            ? "Copy the prescriber's NPI from the prescription or NPPES."
            : 'Copy the NPI from the practice profile (autofill can enter it) or NPPES.',
          rows,
          fields,
        ),
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
};

export const npiInvalid: Rule = /* @__PURE__ */ withMeta(npiInvalidCheck, {
  severities: ['error'],
  sources: [SOURCES.npiCheckDigit, SOURCES.x12Carc, SOURCES.x12Rarc],
  doesNotCheck:
    "Whether the NPI belongs to the right person or matches the practice profile (that needs the NPPES registry); an empty box 17b is rx-missing's business.",
});
