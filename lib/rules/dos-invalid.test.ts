// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { claim, line, run, TODAY } from './testing/builders';

type Case = { name: string; lines: Partial<ServiceLine>[]; found: string[]; fields?: string[] };

const cases: Case[] = [
  { name: 'a past date', lines: [{ from: '2026-03-02' }], found: [] },
  { name: 'today', lines: [{ from: TODAY }], found: [] },
  { name: 'missing "from"', lines: [{ from: undefined }], found: ['error 0'], fields: ['lines.0.from'] },
  {
    name: '2026-02-30 is not a date',
    lines: [{ from: '2026-02-30' }],
    found: ['error 0'],
    fields: ['lines.0.from'],
  },
  { name: 'not ISO at all', lines: [{ from: '03/02/2026' }], found: ['error 0'] },
  { name: 'tomorrow is in the future', lines: [{ from: '2026-04-01' }], found: ['error 0'] },
  { name: 'missing "to" means the same day', lines: [{ from: '2026-03-02', to: undefined }], found: [] },
  { name: '"to" equal to "from"', lines: [{ from: '2026-03-02', to: '2026-03-02' }], found: [] },
  { name: '"to" after "from" (a span)', lines: [{ from: '2026-03-02', to: '2026-03-05' }], found: [] },
  {
    name: '"to" before "from"',
    lines: [{ from: '2026-03-02', to: '2026-03-01' }],
    found: ['error 0'],
    fields: ['lines.0.from', 'lines.0.to'],
  },
  {
    name: '"to" not a date',
    lines: [{ from: '2026-03-02', to: '2026-13-01' }],
    found: ['error 0'],
    fields: ['lines.0.to'],
  },
  {
    name: '"to" in the future',
    lines: [{ from: '2026-03-30', to: '2026-04-02' }],
    found: ['error 0'],
    fields: ['lines.0.to'],
  },
  {
    name: 'both in the future: one finding',
    lines: [{ from: '2026-04-02', to: '2026-04-03' }],
    found: ['error 0'],
  },
  {
    name: 'the path uses the line row',
    lines: [{ row: 7, from: '' }],
    found: ['error 7'],
    fields: ['lines.7.from'],
  },
  {
    name: 'each bad line on its own',
    lines: [{ from: '2026-02-30' }, { from: '2026-03-02' }, { from: undefined }],
    found: ['error 0', 'error 2'],
  },
];

describe('dos-invalid', () => {
  test.each(cases)('$name', ({ lines, found, fields }) => {
    const findings = run('dos-invalid', claim({ lines: lines.map((l) => line(l)) }));
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (fields) expect(findings[0]?.fields).toEqual(fields);
    for (const f of findings) {
      expect(f.message).toMatch(/^Line \d+/);
      expect(f.fix).toBeTruthy();
    }
  });
});
