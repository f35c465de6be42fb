// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { claim, line, run } from './testing/builders';

type Case = {
  name: string;
  diagnoses: string[];
  line: Partial<ServiceLine>;
  found: string[];
  fields?: string[];
};

const FOUR = ['M54.50', 'M54.2', 'M62.830', 'M54.6'];
const cases: Case[] = [
  { name: 'one pointer to a filled box', diagnoses: ['M54.50'], line: { pointers: [1] }, found: [] },
  { name: 'four pointers', diagnoses: FOUR, line: { pointers: [1, 2, 3, 4] }, found: [] },
  {
    name: 'no pointer ("")',
    diagnoses: ['M54.50'],
    line: { pointers: [] },
    found: ['error 0'],
    fields: ['lines.0.pointers'],
  },
  {
    name: 'more than 4 pointers',
    diagnoses: [...FOUR, 'M79.7'],
    line: { pointers: [1, 2, 3, 4, 5] },
    found: ['error 0'],
    fields: ['lines.0.pointers'],
  },
  {
    name: 'a pointer to an empty box (B with only A filled)',
    diagnoses: ['M54.50'],
    line: { pointers: [2] },
    found: ['error 0'],
    fields: ['lines.0.pointers', 'diagnoses.1'],
  },
  {
    name: 'a pointer to an empty slot inside box 21',
    diagnoses: ['M54.50', '', 'M62.830'],
    line: { pointers: [1, 2] },
    found: ['error 0'],
  },
  {
    name: 'pointer 0',
    diagnoses: ['M54.50'],
    line: { pointers: [0] },
    found: ['error 0'],
    fields: ['lines.0.pointers'],
  },
  { name: 'pointer 13 (past L)', diagnoses: ['M54.50'], line: { pointers: [13] }, found: ['error 0'] },
  { name: 'pointer 1.5', diagnoses: ['M54.50'], line: { pointers: [1.5] }, found: ['error 0'] },
  { name: 'no diagnoses at all', diagnoses: [], line: { pointers: [1] }, found: ['error 0'] },
  {
    name: 'a line without a code is left alone',
    diagnoses: ['M54.50'],
    line: { code: undefined, pointers: [] },
    found: [],
  },
  {
    name: 'more than 4, one of them empty: two findings',
    diagnoses: FOUR,
    line: { pointers: [1, 2, 3, 4, 5] },
    found: ['error 0', 'error 0'],
  },
  {
    name: 'the path uses the row',
    diagnoses: ['M54.50'],
    line: { row: 3, pointers: [] },
    found: ['error 3'],
    fields: ['lines.3.pointers'],
  },
];

describe('pointer-invalid', () => {
  test.each(cases)('$name', ({ diagnoses, line: l, found, fields }) => {
    const findings = run('pointer-invalid', claim({ diagnoses, lines: [line(l)] }));
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (fields) expect(findings[0]?.fields).toEqual(fields);
  });
});
