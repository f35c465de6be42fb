// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { claim, line, run } from './testing/builders';

const cases: { name: string; lines: Partial<ServiceLine>[]; found: string[] }[] = [
  { name: '97124 twice on one date', lines: [{ code: '97124' }, { code: '97124' }], found: ['warning 0,1'] },
  { name: 'three times: one finding', lines: [{}, {}, {}], found: ['warning 0,1,2'] },
  { name: 'same code, different dates', lines: [{ from: '2026-03-02' }, { from: '2026-03-03' }], found: [] },
  { name: 'different codes, same date', lines: [{ code: '97124' }, { code: '97140' }], found: [] },
  {
    name: 'same "from", different "to": same day by "from"',
    lines: [{ to: '2026-03-02' }, { to: undefined }],
    found: ['warning 0,1'],
  },
  {
    name: 'a modifier on the second does not make it another service',
    lines: [{}, { modifiers: ['59'] }],
    found: ['warning 0,1'],
  },
  {
    name: 'no dates: dos-invalid reports them',
    lines: [{ from: undefined }, { from: undefined }],
    found: [],
  },
  {
    name: 'two duplicate groups',
    lines: [{ code: '97124' }, { code: '97140' }, { code: '97124' }, { code: '97140' }],
    found: ['warning 0,2', 'warning 1,3'],
  },
];

describe('duplicate-line', () => {
  test.each(cases)('$name', ({ lines, found }) => {
    const findings = run('duplicate-line', claim({ lines: lines.map((l) => line(l)) }));
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
  });

  test('tells the biller the units to put on one line', () => {
    const [f] = run('duplicate-line', claim({ lines: [line({ units: 2 }), line({ units: 1 })] }));
    expect(f?.message).toMatch(/97124 is on lines 1 and 2, all dated 2026-03-02/);
    expect(f?.fix).toMatch(/3 in total/);
    expect(f?.fields).toEqual(['lines.0.code', 'lines.1.code']);
  });
});
