// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { createCodeTables } from './core';
import { claim, context, line, run, summary } from './testing/builders';
import { defaultCodeTables } from '.';
import type { CodeTables } from './types';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  tables?: CodeTables;
  found: string[];
  text?: RegExp;
  fix?: RegExp;
};

// Synthetic tables for the indicators the built-in rows lack (they are all MAI 3).
const mueTable = (row: string) => createCodeTables({ mue: `code\tmue\tmai\trationale\tquoted\n${row}` });
const MAI1 = mueTable('97124\t4\t1\tClinical\t2026-01-01');
const MAI2 = mueTable('97124\t4\t2\tPolicy\t2026-01-01');
const CMS_FILE = createCodeTables({
  mue: '"HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"\n97140,4,"3 Date of Service Edit: Clinical","Clinical: Data"\n',
});

const cases: Case[] = [
  // built-in table: 97035 2 a day (MAI 3), 97032 4 a day
  { name: '97035 x2: at the limit', lines: [{ code: '97035', units: 2 }], found: [] },
  {
    name: '97035 x3: over',
    lines: [{ code: '97035', units: 3 }],
    found: ['warning 0'],
    text: /3 units of 97035, more than the 2 a day CMS expects.*deny the units above 2/,
    fix: /box 24G, bill at most 2 units of 97035/,
  },
  {
    name: 'units split over two lines are added up (MAI 3)',
    lines: [
      { code: '97035', units: 2 },
      { code: '97035', units: 1 },
    ],
    found: ['warning 0,1'],
    text: /3 units in total/,
  },
  {
    name: 'split 1 + 1 stays under',
    lines: [
      { code: '97035', units: 1 },
      { code: '97035', units: 1 },
    ],
    found: [],
  },
  {
    name: 'two dates are two days',
    lines: [
      { code: '97035', units: 2 },
      { code: '97035', units: 2, from: '2026-03-03' },
    ],
    found: [],
  },
  { name: '97032 x5 over its 4', lines: [{ code: '97032', units: 5 }], found: ['warning 0'] },
  {
    name: '97124 has no sourced MUE value: nothing is judged',
    lines: [{ code: '97124', units: 12 }],
    found: [],
  },
  { name: 'NaN units are units-time business', lines: [{ code: '97035', units: Number.NaN }], found: [] },
  // MAI 1: per claim line
  { name: 'MAI 1: one line of 5 over 4', lines: [{ units: 5 }], tables: MAI1, found: ['warning 0'] },
  {
    name: 'MAI 1: 4 + 4 on two lines pass the line edit',
    lines: [{ units: 4 }, { units: 4, modifiers: ['59'] }],
    tables: MAI1,
    found: [],
  },
  {
    name: 'MAI 1: only the line over is named',
    lines: [{ units: 2 }, { units: 6 }],
    tables: MAI1,
    found: ['warning 1'],
    fix: /separate line with the modifier/,
  },
  // MAI 2: absolute, summed
  {
    name: 'MAI 2: 3 + 2 on two lines is over 4, absolute',
    lines: [{ units: 3 }, { units: 2 }],
    tables: MAI2,
    found: ['warning 0,1'],
    fix: /cannot be lifted/,
  },
  // a CMS CSV the practice loaded replaces the built-in table
  {
    name: 'loaded CMS file: 97140 x5 over 4',
    lines: [{ code: '97140', units: 5 }],
    tables: CMS_FILE,
    found: ['warning 0'],
  },
  {
    name: 'loaded CMS file: 97035 is no longer judged (not in that file)',
    lines: [{ code: '97035', units: 9 }],
    tables: CMS_FILE,
    found: [],
  },
];

describe('units-exceed-mue', () => {
  test.each(cases)('$name', ({ lines, tables, found, text, fix }) => {
    const c = claim({ lines: lines.map((l) => line(l)) });
    const findings = run('units-exceed-mue', c, context(), tables ?? defaultCodeTables());
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    if (fix) expect(findings[0]?.fix).toMatch(fix);
    for (const f of findings) {
      expect(f.outcome).toBe('may-deny');
      expect(f.boxes?.[0]).toBe('24G');
      expect(f.why).toMatch(/Medically Unlikely Edit .* re-check against the current quarter/);
      expect(f.fields.every((p) => /^lines\.\d+\.units$/.test(p))).toBe(true);
    }
  });

  test('the why names where the value comes from, with its date', () => {
    const [f] = run('units-exceed-mue', claim({ lines: [line({ code: '97035', units: 3 })] }));
    expect(f?.why).toMatch(/quoted 2017-09-20/);
  });
});
