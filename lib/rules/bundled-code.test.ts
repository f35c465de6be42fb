// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { claim, line, run } from './testing/builders';

const cases: { name: string; lines: Partial<ServiceLine>[]; found: string[] }[] = [
  { name: '97010 alone', lines: [{ code: '97010', units: 1 }], found: ['warning 0'] },
  { name: '97010 with 97124', lines: [{ code: '97124' }, { code: '97010', units: 1 }], found: ['warning 1'] },
  {
    name: '97010 with a modifier still bundled',
    lines: [{ code: '97010', modifiers: ['59'] }],
    found: ['warning 0'],
  },
  { name: '97124 alone', lines: [{ code: '97124' }], found: [] },
  { name: 'no code', lines: [{ code: undefined }], found: [] },
];

describe('bundled-code', () => {
  test.each(cases)('$name', ({ lines, found }) => {
    const findings = run('bundled-code', claim({ lines: lines.map((l) => line(l)) }));
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    for (const f of findings) {
      expect(f.message).toMatch(/status B/);
      expect(f.fix).toMatch(/Remove the 97010 line/);
    }
  });
});
