// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import type { RuleContext } from '../model/findings';
import { claim, client, context, line, run } from './testing/builders';

type Case = { name: string; claim: ClaimDraft; ctx: RuleContext; found: string[] };

const cases: Case[] = [
  { name: 'a matched client', claim: claim(), ctx: context(), found: [] },
  { name: 'no client', claim: claim(), ctx: context({ client: undefined }), found: ['info'] },
  {
    name: 'no client, many lines: still one finding',
    claim: claim({ lines: [line(), line({ code: '97140' }), line({ from: '2026-03-03' })] }),
    ctx: context({ client: undefined }),
    found: ['info'],
  },
  {
    name: 'no client and no lines yet',
    claim: claim({ lines: [] }),
    ctx: context({ client: undefined }),
    found: [],
  },
  {
    name: 'a client whose record lacks most fields still counts as matched',
    claim: claim(),
    ctx: context({ client: { id: 'c9' } as never }),
    found: [],
  },
  {
    name: 'a context without sessions or settings',
    claim: claim(),
    ctx: { today: '2026-03-31' },
    found: ['info'],
  },
  {
    name: 'a client given as null',
    claim: claim(),
    ctx: context({ client: null as never }),
    found: ['info'],
  },
];

describe('client-unmatched', () => {
  test.each(cases)('$name', ({ claim: c, ctx, found }) => {
    expect(run('client-unmatched', c, ctx).map((f) => f.severity)).toEqual(found);
  });

  test('names every check that did not run, and stays silent for the client-dependent rules', () => {
    const c = claim({ referringProvider: { npi: '1234567893' }, lines: [line({ units: 9 })] });
    const [f] = run('client-unmatched', c, context({ client: undefined }));
    for (const words of [
      'a prescription on file',
      'prescription dates',
      'visits left on the prescription',
      'same-day chiropractor',
      'eligibility',
      "units against the session's minutes",
    ]) {
      expect(f?.message).toContain(words);
    }
    for (const rule of [
      'rx-expired',
      'rx-visits-exhausted',
      'same-day-provider',
      'eligibility-unverified',
      'units-time',
    ] as const) {
      expect(run(rule, c, context({ client: undefined }))).toEqual([]);
    }
    expect(f?.fields).toContain('patient.memberId');
    expect(client()).toBeTruthy();
  });
});
