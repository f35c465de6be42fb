// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createCodeTables } from './core';
import { claim, context, line, run } from './testing/builders';

type Case = {
  name: string;
  diagnoses: string[];
  found: string[];
  formatOnly?: boolean;
  text?: RegExp;
  fix?: RegExp;
};

const cases: Case[] = [
  { name: 'M54.50 is billable', diagnoses: ['M54.50'], found: [] },
  { name: 'S13.4XXA is billable', diagnoses: ['S13.4XXA'], found: [] },
  { name: 'm5450 (lower case, undotted) is normalised', diagnoses: ['m5450'], found: [] },
  { name: 'R52 is a billable 3-character code', diagnoses: ['R52'], found: [] },
  {
    name: 'M54.5 is a category (deleted FY2022)',
    diagnoses: ['M54.5'],
    found: ['error diagnoses.0'],
    text: /category/,
    fix: /M54\.50, M54\.51 and M54\.59/,
  },
  {
    name: 'M79.1 is a category (FY2023)',
    diagnoses: ['M79.1'],
    found: ['error diagnoses.0'],
    fix: /M79\.10/,
  },
  {
    name: 'S13.4 needs its 7th character',
    diagnoses: ['S13.4'],
    found: ['error diagnoses.0'],
    fix: /S13\.4XXA/,
  },
  {
    name: 'S13.4A lacks the X placeholder',
    diagnoses: ['S13.4A'],
    found: ['error diagnoses.0'],
    text: /not in the current/,
  },
  { name: 'a code outside the ranges: format only', diagnoses: ['Z00.00'], found: [] },
  { name: 'J45.909 outside the ranges: format only', diagnoses: ['J45.909'], found: [] },
  {
    name: 'malformed: digits first',
    diagnoses: ['545'],
    found: ['error diagnoses.0'],
    text: /not an ICD-10-CM code/,
  },
  { name: 'malformed: too long', diagnoses: ['M54.12345'], found: ['error diagnoses.0'] },
  { name: 'malformed: dot in the wrong place', diagnoses: ['M5.45'], found: ['error diagnoses.0'] },
  { name: 'an empty slot before a filled one is fine', diagnoses: ['', 'M54.50'], found: [] },
  {
    name: 'each bad box on its own, in box order',
    diagnoses: ['M54.50', 'M54.5', 'XX', 'M62.830'],
    found: ['error diagnoses.1', 'error diagnoses.2'],
    text: /Box 21 B/,
  },
  {
    name: 'without the code list M54.5 passes the format check',
    diagnoses: ['M54.5'],
    found: [],
    formatOnly: true,
  },
  {
    name: 'without the code list a malformed code is still caught',
    diagnoses: ['54.5'],
    found: ['error diagnoses.0'],
    formatOnly: true,
  },
];

describe('icd-invalid', () => {
  test.each(cases)('$name', ({ diagnoses, found, formatOnly, text, fix }) => {
    const c = claim({
      diagnoses,
      lines: [line({ pointers: diagnoses.map((_, i) => i + 1).filter((p) => diagnoses[p - 1]) })],
    });
    const findings = formatOnly
      ? run('icd-invalid', c, context(), createCodeTables())
      : run('icd-invalid', c);
    expect(findings.map((f) => `${f.severity} ${f.fields.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    if (fix) expect(findings[0]?.fix).toMatch(fix);
  });

  test('names the lines that point to the bad code', () => {
    const c = claim({
      diagnoses: ['M54.50', 'M79.1'],
      lines: [line({ pointers: [1] }), line({ code: '97140', pointers: [2, 1] })],
    });
    expect(run('icd-invalid', c)[0]?.lines).toEqual([1]);
  });
});
