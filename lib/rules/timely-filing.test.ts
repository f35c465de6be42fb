// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Settings } from '../model/settings';
import { claim, client, context, daysFromToday, line, run } from './testing/builders';

type Case = { name: string; age: number; settings?: Partial<Settings>; found: string[]; text?: RegExp };

// Default limit 365 days; info from limit-30 to the limit, warning past it.
const cases: Case[] = [
  { name: 'a recent date', age: 10, found: [] },
  { name: 'limit-31 days', age: 334, found: [] },
  { name: 'limit-30 days: info', age: 335, found: ['info 0'], text: /runs out in 30 days/ },
  { name: 'exactly at the limit: info, last day', age: 365, found: ['info 0'], text: /runs out today/ },
  {
    name: 'limit+1: warning',
    age: 366,
    found: ['warning 0'],
    text: /366 days ago, past the default filing limit of 365 days/,
  },
  {
    name: 'practice limit 180: 181 days',
    age: 181,
    settings: { filingLimitDays: 180 },
    found: ['warning 0'],
    text: /the practice's filing limit of 180/,
  },
  {
    name: 'payer rule 90 (matched case-insensitively): 91 days',
    age: 91,
    settings: { filingLimitDays: 365, payerRules: [{ payerName: ' acme HEALTH ', filingLimitDays: 90 }] },
    found: ['warning 0'],
    text: /Acme Health's filing limit of 90 days/,
  },
  {
    name: 'payer rule 90: 60 days is info',
    age: 60,
    settings: { payerRules: [{ payerName: 'Acme Health', filingLimitDays: 90 }] },
    found: ['info 0'],
  },
  { name: 'a future date is dos-invalid business', age: -3, found: [] },
  {
    name: 'a nonsense limit falls back to 365',
    age: 366,
    settings: { filingLimitDays: -5 },
    found: ['warning 0'],
  },
];

// A limit of 365 days is one calendar year: due by the anniversary, whatever leap day lies between.
const anniversary = [
  {
    name: '1 March filed on the next 1 March across 29 February (366 days): on time, last day',
    dos: '2023-03-01',
    today: '2024-03-01',
    found: ['info 0'],
    text: /runs out today \(due by 2024-03-01\)/,
  },
  {
    name: '1 March filed on 2 March the next year: late',
    dos: '2023-03-01',
    today: '2024-03-02',
    found: ['warning 0'],
    text: /it was due by 2024-03-01/,
  },
  {
    name: 'a 29 February date of service is due on 28 February',
    dos: '2024-02-29',
    today: '2025-02-28',
    found: ['info 0'],
    text: /due by 2025-02-28/,
  },
  {
    name: '29 February, filed on 1 March: late',
    dos: '2024-02-29',
    today: '2025-03-01',
    found: ['warning 0'],
  },
  {
    name: 'no leap day between: 365 days is the anniversary',
    dos: '2025-03-31',
    today: '2026-03-31',
    found: ['info 0'],
  },
  {
    name: '31 December filed on the next 31 December',
    dos: '2025-12-31',
    today: '2026-12-31',
    found: ['info 0'],
  },
  {
    name: 'other limits count days across a leap day (180 days)',
    dos: '2024-01-31',
    today: '2024-07-29',
    limit: 180,
    found: ['info 0'],
    text: /runs out today/,
  },
  { name: '180 days + 1: late', dos: '2024-01-31', today: '2024-07-30', limit: 180, found: ['warning 0'] },
];

describe('timely-filing', () => {
  test.each(anniversary)('$name', ({ dos, today, limit, found, text }) => {
    const findings = run(
      'timely-filing',
      claim({ lines: [line({ from: dos })] }),
      context({ today, client: client(), settings: limit ? { filingLimitDays: limit } : {} }),
    );
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
  });

  test.each(cases)('$name', ({ age, settings, found, text }) => {
    const findings = run(
      'timely-filing',
      claim({ lines: [line({ from: daysFromToday(-age) })] }),
      context({ client: client(), settings: settings ?? {} }),
    );
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) expect(f.fields).toEqual(['lines.0.from']);
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      expect(f.outcome).toBe('denied');
      expect(f.why).toMatch(/CARC 29/);
    }
  });

  test('one finding per date of service', () => {
    const old = daysFromToday(-400);
    const c = claim({
      lines: [line({ from: old }), line({ from: old, code: '97140' }), line({ from: daysFromToday(-5) })],
    });
    expect(run('timely-filing', c).map((f) => f.lines)).toEqual([[0, 1]]);
  });
});
