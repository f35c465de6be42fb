// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { claim, line, run } from './testing/builders';

const cases: { code: string; shown?: string; found: string[] }[] = [
  ...[
    '97110',
    '97112',
    '97530',
    '97150',
    '97161',
    '97162',
    '97163',
    '97012',
    '97014',
    '97035',
    '98940',
    '98941',
    '98942',
    '98943',
  ].map((code) => ({ code, found: ['warning 0'] })),
  // Codes are read after NFKC and with format characters removed (DESIGN.md): still excluded.
  { code: '97\u200B110', shown: '97110', found: ['warning 0'] },
  { code: '９７１１２', shown: '97112', found: ['warning 0'] },
  { code: '\uFEFF98940\u200D', shown: '98940', found: ['warning 0'] },
  { code: '97124', found: [] },
  { code: '97140', found: [] },
  { code: '97010', found: [] },
  { code: '99999', found: [] },
];

describe('excluded-code', () => {
  test.each(cases)('$code', ({ code, shown, found }) => {
    const findings = run('excluded-code', claim({ lines: [line({ code })] }));
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (found.length) {
      expect(findings[0]!.message).toContain(shown ?? code);
      expect(findings[0]!.message).toMatch(/outside a massage therapist's scope/);
      expect(findings[0]!.fix).toMatch(/97124/);
      expect(findings[0]!.fields).toEqual(['lines.0.code']);
    }
  });

  test('97112 says it is not neuromuscular therapy massage', () => {
    expect(run('excluded-code', claim({ lines: [line({ code: '97112' })] }))[0]?.message).toMatch(
      /not "neuromuscular therapy"/,
    );
  });
});
