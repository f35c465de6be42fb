// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Session } from '../model/session';
import { claim, context, line, run, session, summary } from './testing/builders';

type Case = {
  name: string;
  dos: string;
  visits: { date: string; status?: Session['status'] }[];
  limit?: number;
  found: string[];
  text?: RegExp;
};

const cases: Case[] = [
  {
    name: 'two earlier visits this year, limit 3: the third is paid',
    dos: '2026-03-02',
    visits: [{ date: '2026-01-05' }, { date: '2026-02-02' }],
    limit: 3,
    found: [],
  },
  {
    name: 'three earlier visits this year, limit 3: warning',
    dos: '2026-03-02',
    visits: [
      { date: '2026-01-05' },
      { date: '2026-02-02', status: 'paid' },
      { date: '2026-02-16', status: 'denied' },
    ],
    limit: 3,
    found: ['warning 0'],
    text: /already had 3 visits in 2026 before 2026-03-02; Acme Health pays 3 visits a year.*denies it/,
  },
  {
    name: "1 January: last year's visits do not count (31 December is last year)",
    dos: '2026-01-01',
    visits: [{ date: '2025-12-29' }, { date: '2025-12-30' }, { date: '2025-12-31' }],
    limit: 3,
    found: [],
  },
  {
    name: '31 December: a visit on 1 January counts',
    dos: '2026-12-31',
    visits: [{ date: '2026-01-01' }, { date: '2026-06-01' }, { date: '2026-12-30' }],
    limit: 3,
    found: ['warning 0'],
  },
  {
    name: 'the visit on the date of service itself is the claim, not a used visit',
    dos: '2026-03-02',
    visits: [{ date: '2026-01-05' }, { date: '2026-02-02' }, { date: '2026-03-02' }],
    limit: 3,
    found: [],
  },
  {
    name: 'scheduled sessions were not visits',
    dos: '2026-03-02',
    visits: [{ date: '2026-01-05' }, { date: '2026-02-02' }, { date: '2026-02-09', status: 'scheduled' }],
    limit: 3,
    found: [],
  },
  { name: 'a limit of 0: no visit is paid', dos: '2026-03-02', visits: [], limit: 0, found: ['warning 0'] },
  {
    name: 'no visits-per-year in the payer rule',
    dos: '2026-03-02',
    visits: [{ date: '2026-01-05' }],
    found: [],
  },
];

describe('payer-visit-limit', () => {
  test.each(cases)('$name', ({ dos, visits, limit, found, text }) => {
    const sessions = visits.map((v, i) => session({ id: `v${i}`, date: v.date, status: v.status ?? 'done' }));
    const settings = {
      payerRules: [{ payerName: 'Acme Health', ...(limit === undefined ? {} : { visitsPerYear: limit }) }],
    };
    const findings = run(
      'payer-visit-limit',
      claim({ lines: [line({ from: dos })] }),
      context({ today: '2027-01-15', sessions, settings }),
    );
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.outcome).toBe('denied');
      expect(f.why).toMatch(/CARC 119/);
      expect(f.fields).toEqual(['lines.0.from']);
    }
  });

  test('no saved client: nothing (client-unmatched names the check)', () => {
    const settings = { payerRules: [{ payerName: 'Acme Health', visitsPerYear: 0 }] };
    expect(run('payer-visit-limit', claim(), context({ client: undefined, settings }))).toEqual([]);
  });
});
