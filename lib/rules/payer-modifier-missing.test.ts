// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { PayerRule } from '../model/settings';
import { claim, client, context, line, run, summary } from './testing/builders';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  rule?: Partial<PayerRule>;
  payerName?: string;
  noClient?: boolean;
  found: string[];
  text?: RegExp;
};

const GP: Partial<PayerRule> = { requiredModifiers: [{ codes: ['97124', '97140'], modifier: 'GP' }] };

const cases: Case[] = [
  {
    name: '97124 without GP',
    lines: [{ code: '97124' }],
    rule: GP,
    found: ['warning 0'],
    text: /Line 1 \(97124\): Acme Health requires modifier GP on 97124, and the line has none.*denies the line/,
  },
  { name: '97124 with GP', lines: [{ code: '97124', modifiers: ['GP'] }], rule: GP, found: [] },
  { name: 'typed gp in lower case', lines: [{ code: '97124', modifiers: ['gp'] }], rule: GP, found: [] },
  {
    name: 'another modifier only',
    lines: [{ code: '97140', modifiers: ['59'] }],
    rule: GP,
    found: ['warning 0'],
    text: /the line has 59/,
  },
  { name: 'a code the rule does not name', lines: [{ code: '97010' }], rule: GP, found: [] },
  {
    name: 'both codes, one missing',
    lines: [{ code: '97124', modifiers: ['GP'] }, { code: '97140' }],
    rule: GP,
    found: ['warning 1'],
  },
  {
    name: 'payer name matched with case and spaces ignored',
    lines: [{ code: '97124' }],
    rule: GP,
    payerName: '  ACME   health ',
    found: ['warning 0'],
  },
  { name: 'another payer', lines: [{ code: '97124' }], rule: GP, payerName: 'Other Plan', found: [] },
  {
    name: 'two modifiers required: two findings',
    lines: [{ code: '97124' }],
    rule: {
      requiredModifiers: [
        { codes: ['97124'], modifier: 'GP' },
        { codes: ['97124'], modifier: 'KX' },
      ],
    },
    found: ['warning 0', 'warning 0'],
  },
  {
    name: "a zero-width space in the rule's code is read like the claim's",
    lines: [{ code: '97124' }],
    rule: { requiredModifiers: [{ codes: ['971\u200B24'], modifier: 'ＧＰ' }] },
    found: ['warning 0'],
  },
  { name: 'no payer rule', lines: [{ code: '97124' }], found: [] },
  { name: 'no saved client', lines: [{ code: '97124' }], rule: GP, noClient: true, found: [] },
];

describe('payer-modifier-missing', () => {
  test.each(cases)('$name', ({ lines, rule, payerName, noClient, found, text }) => {
    const base = client();
    const who = noClient ? undefined : client({ payer: { ...base.payer, name: payerName ?? 'Acme Health' } });
    const settings = rule ? { payerRules: [{ payerName: 'Acme Health', ...rule }] } : {};
    const findings = run(
      'payer-modifier-missing',
      claim({ lines: lines.map((l) => line(l)) }),
      context({ client: who, settings }),
    );
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.outcome).toBe('denied');
      expect(f.fix).toMatch(/box 24D/);
      expect(f.fields[0]).toMatch(/^lines\.\d+\.modifiers$/);
    }
  });
});
