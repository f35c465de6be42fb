// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import { claim, line, NPI, run } from './testing/builders';

type Case = { name: string; claim: ClaimDraft; found: string[]; fields?: string[][]; text?: RegExp };

const cases: Case[] = [
  {
    name: 'valid NPIs from domain.md (1234567893, 1558598797, 1003347634, 1528060837)',
    claim: claim({ lines: [line({ renderingNpi: NPI.rendering }), line({ renderingNpi: NPI.other })] }),
    found: [],
  },
  {
    name: 'referring NPI 1093791627 fails the check digit',
    claim: claim({ referringProvider: { npi: '1093791627' } }),
    found: ['error '],
    fields: [['referringProvider.npi']],
    text: /check digit/,
  },
  {
    name: 'plain Luhn passes but the 80840 prefix fails (1234567897)',
    claim: claim({ billingProvider: { npi: '1234567897' } }),
    found: ['error '],
    fields: [['billingProvider.npi']],
  },
  {
    name: 'billing NPI of 9 digits',
    claim: claim({ billingProvider: { npi: '155859879' } }),
    found: ['error '],
    text: /not 10 digits/,
  },
  {
    name: 'billing NPI of 11 digits',
    claim: claim({ billingProvider: { npi: '15585987970' } }),
    found: ['error '],
  },
  { name: 'letters in the NPI', claim: claim({ billingProvider: { npi: '15585X8797' } }), found: ['error '] },
  { name: 'empty box 17b is rx-missing business', claim: claim({ referringProvider: {} }), found: [] },
  {
    name: 'one finding for a bad rendering NPI repeated on lines 1 and 2',
    claim: claim({ lines: [line({ renderingNpi: '1234567890' }), line({ renderingNpi: '1234567890' })] }),
    found: ['error 0,1'],
    fields: [['lines.0.renderingNpi', 'lines.1.renderingNpi']],
    text: /box 24J/,
  },
  {
    name: 'two different bad NPIs: two findings',
    claim: claim({ referringProvider: { npi: '1' }, billingProvider: { npi: '2' } }),
    found: ['error ', 'error '],
    fields: [['referringProvider.npi'], ['billingProvider.npi']],
  },
];

describe('npi-invalid', () => {
  test.each(cases)('$name', ({ claim: c, found, fields, text }) => {
    const findings = run('npi-invalid', c);
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (fields) expect(findings.map((f) => f.fields)).toEqual(fields);
    if (text) expect(findings[0]?.message).toMatch(text);
  });
});
