// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { claim, context, line, run, summary } from './testing/builders';

type Case = {
  name: string;
  diagnoses: string[];
  lines?: Partial<ServiceLine>[];
  found: string[];
  text?: RegExp;
};

const cases: Case[] = [
  { name: 'low back pain M54.50', diagnoses: ['M54.50'], found: [] },
  { name: 'whiplash S13.4XXA', diagnoses: ['S13.4XXA'], found: [] },
  { name: 'tension headache G44.209', diagnoses: ['G44.209'], found: [] },
  { name: 'carpal tunnel G56.01', diagnoses: ['G56.01'], found: [] },
  { name: 'chronic pain G89.29', diagnoses: ['G89.29'], found: [] },
  { name: 'pain unspecified R52', diagnoses: ['R52'], found: [] },
  { name: 'gait abnormality R26.89', diagnoses: ['R26.89'], found: [] },
  { name: 'chronic gout M1A.0710 (a letter third)', diagnoses: ['M1A.0710'], found: [] },
  { name: 'lymphedema I89.0 with 97140', diagnoses: ['I89.0'], lines: [{ code: '97140' }], found: [] },
  {
    name: 'anxiety F41.9 only: warning',
    diagnoses: ['F41.9'],
    found: ['warning 0'],
    text: /97124 on line 1 points only to F41.9 \(box 21 A\), a diagnosis payers do not cover massage for.*may deny/,
  },
  {
    name: 'a routine exam Z00.00 with 97140',
    diagnoses: ['Z00.00'],
    lines: [{ code: '97140' }],
    found: ['warning 0'],
  },
  { name: 'fatigue R53.83 is outside R51-R52', diagnoses: ['R53.83'], found: ['warning 0'] },
  { name: 'undotted, lower case f419', diagnoses: ['f419'], found: ['warning 0'] },
  {
    name: 'one pointer inside the ranges is enough (F41.9 then M54.50)',
    diagnoses: ['F41.9', 'M54.50'],
    lines: [{ pointers: [1, 2] }],
    found: [],
  },
  {
    name: 'both orders of the codes in box 21 (M54.50 then F41.9)',
    diagnoses: ['M54.50', 'F41.9'],
    lines: [{ pointers: [2, 1] }],
    found: [],
  },
  {
    name: 'a line pointing only to the outside one of two',
    diagnoses: ['M54.50', 'F41.9'],
    lines: [{ pointers: [2] }],
    found: ['warning 0'],
  },
  {
    name: 'two lines with the same outside pointer: one finding',
    diagnoses: ['F41.9'],
    lines: [{ code: '97124' }, { code: '97140' }],
    found: ['warning 0,1'],
    text: /97124 and 97140 on lines 1 and 2/,
  },
  { name: 'hot packs 97010 are not judged', diagnoses: ['F41.9'], lines: [{ code: '97010' }], found: [] },
  {
    name: 'pointer to an empty box: pointer-invalid',
    diagnoses: ['', 'F41.9'],
    lines: [{ pointers: [1] }],
    found: [],
  },
  { name: 'a malformed code: icd-invalid', diagnoses: ['ABC'], found: [] },
  { name: 'no pointer at all', diagnoses: ['F41.9'], lines: [{ pointers: [] }], found: [] },
];

describe('dx-procedure-mismatch', () => {
  test.each(cases)('$name', ({ diagnoses, lines, found, text }) => {
    const c = claim({ diagnoses, lines: (lines ?? [{}]).map((l) => line(l)) });
    const findings = run('dx-procedure-mismatch', c, context());
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.outcome).toBe('may-deny');
      expect(f.fix).toMatch(/box 24E/);
      expect(f.why).toMatch(/CARC 11 .* 50/);
      expect(f.fields.some((p) => /^diagnoses\.\d+$/.test(p))).toBe(true);
    }
  });
});
