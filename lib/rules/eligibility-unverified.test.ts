// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';
import { claim, client, context, line, run } from './testing/builders';

type Case = {
  name: string;
  verifiedOn?: string;
  settings?: Partial<Settings>;
  clientOver?: Partial<Client>;
  found: string[];
  text?: RegExp;
};

// Date of service 2026-03-02.
const cases: Case[] = [
  { name: 'verified on the date of service', verifiedOn: '2026-03-02', found: [] },
  { name: 'verified 30 days before (the default limit)', verifiedOn: '2026-01-31', found: [] },
  {
    name: 'verified 31 days before',
    verifiedOn: '2026-01-30',
    found: ['warning 0'],
    text: /31 days before the date of service 2026-03-02 \(limit 30\)/,
  },
  {
    name: 'verified after the date of service',
    verifiedOn: '2026-03-03',
    found: ['warning 0'],
    text: /after the date of service/,
  },
  { name: 'never verified', verifiedOn: '', found: ['warning 0'], text: /never been verified/ },
  {
    name: 'freshness setting of 60 days: 45 days old is fine',
    verifiedOn: '2026-01-16',
    settings: { eligibilityFreshnessDays: 60 },
    found: [],
  },
  {
    name: 'freshness setting of 7 days: 8 days old',
    verifiedOn: '2026-02-22',
    settings: { eligibilityFreshnessDays: 7 },
    found: ['warning 0'],
  },
  { name: 'a garbage date counts as never', verifiedOn: '2026-02-30', found: ['warning 0'] },
  {
    name: 'a client record without an eligibility object',
    clientOver: { eligibility: undefined } as unknown as Partial<Client>,
    found: ['warning 0'],
  },
];

describe('eligibility-unverified', () => {
  test.each(cases)('$name', ({ verifiedOn, settings, clientOver, found, text }) => {
    const cl = client({
      ...(verifiedOn !== undefined ? { eligibility: { verifiedOn, notes: '' } } : {}),
      ...clientOver,
    });
    const findings = run(
      'eligibility-unverified',
      claim({ lines: [line()] }),
      context({ client: cl, settings: settings ?? {} }),
    );
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.fields).toContain('patient.memberId');
      expect(f.fix).toMatch(/eligibility/);
    }
  });

  test('no client: silent (client-unmatched says so)', () => {
    expect(run('eligibility-unverified', claim(), context({ client: undefined }))).toEqual([]);
  });
});
