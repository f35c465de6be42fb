// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { PayerRule } from '../model/settings';
import { claim, context, line, run, summary } from './testing/builders';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  rule?: Partial<PayerRule>;
  found: string[];
  text?: RegExp;
};

const ONLY_MASSAGE: Partial<PayerRule> = { coveredCodes: ['97124'] };

const cases: Case[] = [
  { name: 'a covered code', lines: [{ code: '97124' }], rule: ONLY_MASSAGE, found: [] },
  {
    name: 'a code outside the list',
    lines: [{ code: '97140' }],
    rule: ONLY_MASSAGE,
    found: ['warning 0'],
    text: /Acme Health does not cover 97140 \(its payer rule covers 97124\).*denies the line/,
  },
  {
    name: 'one of two lines outside',
    lines: [{ code: '97124' }, { code: '97010' }],
    rule: ONLY_MASSAGE,
    found: ['warning 1'],
  },
  {
    name: 'no covered-codes list: everything passes',
    lines: [{ code: '97140' }],
    rule: { filingLimitDays: 90 },
    found: [],
  },
  {
    name: 'an empty list covers nothing',
    lines: [{ code: '97124' }],
    rule: { coveredCodes: [] },
    found: ['warning 0'],
    text: /covers no code/,
  },
  {
    name: 'codes in the rule typed in full width',
    lines: [{ code: '97140' }],
    rule: { coveredCodes: ['９７１２４', '97140'] },
    found: [],
  },
  { name: 'a line without a code', lines: [{ code: '' }], rule: ONLY_MASSAGE, found: [] },
  { name: 'no payer rule', lines: [{ code: '97140' }], found: [] },
];

describe('payer-not-covered', () => {
  test.each(cases)('$name', ({ lines, rule, found, text }) => {
    const settings = rule ? { payerRules: [{ payerName: 'Acme Health', ...rule }] } : {};
    const findings = run(
      'payer-not-covered',
      claim({ lines: lines.map((l) => line(l)) }),
      context({ settings }),
    );
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.outcome).toBe('denied');
      expect(f.fix).toMatch(/box 24D/);
      expect(f.why).toMatch(/CARC 96/);
    }
  });
});
