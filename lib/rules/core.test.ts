// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createCodeTables, evaluateClaimWith, RULE_LIST, RULES } from './core';
import { evaluateClaim, ICD_CODES_TEXT } from '.';
import { claim, client, context, line, NPI, session } from './testing/builders';

describe('evaluateClaim', () => {
  test('a clean claim for a client whose records are in order: no findings', () => {
    expect(evaluateClaim(claim(), context())).toEqual([]);
  });

  test('errors first, then warnings, then info; stable within a severity', () => {
    const c = claim({
      referringProvider: {},
      billingProvider: { npi: '1093791627' },
      diagnoses: ['M54.5'],
      lines: [
        line({ code: '97140', units: 1 }),
        line({ code: '97124', units: 1 }),
        line({ code: '97010', units: 1, from: '2026-02-30' }),
      ],
    });
    const findings = evaluateClaim(c, context({ client: undefined }));
    const rank = { error: 0, warning: 1, info: 2 };
    expect(findings.map((f) => rank[f.severity])).toEqual([...findings.map((f) => rank[f.severity])].sort());
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'error dos-invalid',
      'error npi-invalid',
      'error icd-invalid',
      'warning ncci-pair',
      'warning bundled-code',
      'warning rx-missing',
      'info client-unmatched',
    ]);
  });

  test('every finding names lines by row and fields by claim path', () => {
    const c = claim({
      lines: [line({ row: 4, code: '97140' }), line({ row: 9, code: '97124', modifiers: [] })],
    });
    const [f] = evaluateClaim(
      c,
      context({ sessions: [session({ minutes: 60, lines: [{ code: '97124' }, { code: '97140' }] })] }),
    );
    expect(f).toMatchObject({ rule: 'ncci-pair', lines: [4, 9] });
    expect(f?.fields).toEqual(['lines.9.code', 'lines.9.modifiers', 'lines.4.code']);
  });

  test('an NPI that only plain Luhn accepts is still an error through the whole library', () => {
    expect(
      evaluateClaim(claim({ billingProvider: { npi: '1234567897' } }), context()).map((f) => f.rule),
    ).toEqual(['npi-invalid']);
    expect(NPI.billing).toBe('1558598797');
  });
});

describe('core for the content script', () => {
  test('without the ICD list, icd-invalid checks the format only', () => {
    const c = claim({ diagnoses: ['M54.5', '54.5'], lines: [line({ pointers: [1] })] });
    const formatOnly = evaluateClaimWith(c, context(), createCodeTables()).filter(
      (f) => f.rule === 'icd-invalid',
    );
    expect(formatOnly.map((f) => f.fields[0])).toEqual(['diagnoses.1']);
  });

  test('with the code list text from the background it judges billability like index.ts', () => {
    const c = claim({ diagnoses: ['M54.5'], lines: [line({ pointers: [1] })] });
    for (const tables of [
      createCodeTables({ icdCodes: ICD_CODES_TEXT }),
      createCodeTables({ icdText: ICD_CODES_TEXT }),
    ]) {
      expect(evaluateClaimWith(c, context(), tables)).toEqual(evaluateClaim(c, context()));
    }
  });

  test('NCCI edits loaded from a file replace the built-in table; a file with no usable row keeps it', () => {
    const c = claim({ lines: [line({ code: '97140' }), line({ code: '97124' })] });
    const file =
      'Column 1\tColumn 2\tx\tEffective\tDeletion\tModifier\tRationale\n97140\t97124\t\t20000101\t*\t0\tMutually exclusive procedures';
    const loaded = evaluateClaimWith(c, context(), createCodeTables({ ncciText: file }));
    expect(loaded.find((f) => f.rule === 'ncci-pair')?.severity).toBe('error');
    const junk = evaluateClaimWith(c, context(), createCodeTables({ ncciEdits: 'not a PTP file' }));
    expect(junk.find((f) => f.rule === 'ncci-pair')?.severity).toBe('warning');
  });

  test('RULE_LIST is RULES in display order, each rule under its own id', () => {
    expect(RULE_LIST.map((r) => r.id)).toEqual(Object.keys(RULES));
  });

  test('the context is read as given: defaults for missing settings, sessions and arrays', () => {
    const bare = {
      ...client(),
      prescriptions: undefined,
      otherVisits: undefined,
      eligibility: undefined,
    } as never;
    const findings = evaluateClaim(claim(), { today: '2026-03-31', client: bare });
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'eligibility-unverified',
      'rx-missing',
      'units-time',
    ]);
  });
});
