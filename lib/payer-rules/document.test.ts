import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAYER_RULES_FORMAT, PayerRuleSchema } from '../model/settings';
import { exportPayerRules, mergePayerRules, readPayerRules } from './document';
import { STARTER_PAYER_RULES } from './starter';

const doc = (payerRules: unknown, extra: object = {}) =>
  JSON.stringify({ format: PAYER_RULES_FORMAT, version: 1, payerRules, ...extra });

const cases: { name: string; text: string; reason: RegExp }[] = [
  { name: 'an empty file', text: '  ', reason: /empty/ },
  { name: 'not JSON (cut off)', text: doc([{ payerName: 'Aetna' }]).slice(0, 30), reason: /not JSON/ },
  {
    name: 'a backup instead',
    text: JSON.stringify({ format: 'massage-billing-assistant/backup', version: 1 }),
    reason: /This is a backup/,
  },
  { name: 'another JSON file', text: '{"name":"package"}', reason: /format is missing/ },
  {
    name: 'a newer version',
    text: doc([], { version: 2 }),
    reason: /version 2, newer than this extension reads/,
  },
  {
    name: 'no list',
    text: JSON.stringify({ format: PAYER_RULES_FORMAT, version: 1 }),
    reason: /no list of payer rules/,
  },
  {
    name: 'a bad filing limit, named with its payer',
    text: doc([{ payerName: 'Aetna' }, { payerName: 'Cigna', filingLimitDays: -3 }]),
    reason:
      /Payer rule 2 \(Cigna\), filing limit in days \(a whole number above 0\): cannot be read \(the file has -3\)/,
  },
  {
    name: 'a required modifier without codes',
    text: doc([{ payerName: 'UHC', requiredModifiers: [{ codes: [], modifier: 'GP' }] }]),
    reason: /Payer rule 1 \(UHC\), required modifier 1, codes \(at least one\)/,
  },
  {
    name: 'a rule without a payer name',
    text: doc([{ filingLimitDays: 90 }]),
    reason: /Payer rule 1, payer name: is missing/,
  },
  {
    name: 'the same payer twice (case and spaces ignored)',
    text: doc([{ payerName: 'Aetna' }, { payerName: ' AETNA ' }]),
    reason: /Payer rules 1 and 2 are both for AETNA/,
  },
  { name: 'a file far too large', text: `${doc([])}${' '.repeat(1_000_001)}`, reason: /far too large/ },
];

describe('reading a payer-rules file', () => {
  test.each(cases)('refuses $name with a reason', ({ text, reason }) => {
    const read = readPayerRules(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  test('reads back what it exports, codes normalised', () => {
    const rules = [
      {
        payerName: ' Acme Health ',
        unitRule: 'ama-midpoint' as const,
        filingLimitDays: 180,
        requiresRx: false,
        requiredModifiers: [{ codes: ['97124', '971\u200B40'], modifier: 'gp' }],
        coveredCodes: ['97124', '９７１４０'],
        visitsPerYear: 20,
      },
    ];
    const read = readPayerRules(exportPayerRules(rules));
    expect(read).toEqual({
      ok: true,
      rules: [
        {
          payerName: 'Acme Health',
          unitRule: 'ama-midpoint',
          filingLimitDays: 180,
          requiresRx: false,
          requiredModifiers: [{ codes: ['97124', '97140'], modifier: 'GP' }],
          coveredCodes: ['97124', '97140'],
          visitsPerYear: 20,
        },
      ],
    });
  });

  test('the exported text is the DESIGN.md document', () => {
    expect(JSON.parse(exportPayerRules([{ payerName: 'Aetna', filingLimitDays: 120 }]))).toEqual({
      format: 'massage-billing-assistant/payer-rules',
      version: 1,
      payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }],
    });
  });
});

describe('importing merges by payer', () => {
  test('a payer already there is replaced, the others are added, the rest kept', () => {
    const merged = mergePayerRules(
      [{ payerName: 'Aetna', filingLimitDays: 120 }, { payerName: 'Local Plan' }],
      [
        { payerName: 'AETNA', filingLimitDays: 90 },
        { payerName: 'Cigna', filingLimitDays: 90 },
      ],
    );
    expect(merged).toEqual({
      rules: [
        { payerName: 'AETNA', filingLimitDays: 90 },
        { payerName: 'Local Plan' },
        { payerName: 'Cigna', filingLimitDays: 90 },
      ],
      added: ['Cigna'],
      replaced: ['AETNA'],
    });
  });
});

describe('the starter set', () => {
  const domain = readFileSync(resolve(import.meta.dirname, '../../docs/reference/domain.md'), 'utf8');
  test.each(STARTER_PAYER_RULES.map((s) => ({ name: s.rule.payerName, starter: s })))(
    '$name: a valid rule, every value with a source domain.md cites',
    ({ starter }) => {
      expect(PayerRuleSchema.safeParse(starter.rule).success).toBe(true);
      const values = Object.keys(starter.rule).filter((k) => k !== 'payerName');
      expect(starter.sources.length).toBeGreaterThanOrEqual(values.length);
      for (const s of starter.sources) expect(domain).toContain(s.url);
    },
  );
  test('offers no visit limit or covered-code list: no public source gives one', () => {
    for (const s of STARTER_PAYER_RULES) {
      expect(s.rule.visitsPerYear).toBeUndefined();
      expect(s.rule.coveredCodes).toBeUndefined();
    }
  });
});
