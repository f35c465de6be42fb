// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import type { RuleContext } from '../model/findings';
import { evaluateClaimWith } from './core';
import { defaultCodeTables } from '.';
import { claim, context, line, run, TODAY } from './testing/builders';

type Case = { name: string; claim: ClaimDraft; ctx: RuleContext; found: string[] };

const locked: RuleContext = { today: TODAY, sessions: [], recordsLocked: true };

const cases: Case[] = [
  { name: 'unlocked records, a matched client', claim: claim(), ctx: context(), found: [] },
  { name: 'unlocked records, no client', claim: claim(), ctx: context({ client: undefined }), found: [] },
  { name: 'locked records', claim: claim(), ctx: locked, found: ['info'] },
  {
    name: 'locked records, many lines: still one finding',
    claim: claim({ lines: [line(), line({ code: '97140' }), line({ from: '2026-03-03' })] }),
    ctx: locked,
    found: ['info'],
  },
  {
    name: 'locked records, no lines yet: said before they are typed',
    claim: claim({ lines: [] }),
    ctx: locked,
    found: ['info'],
  },
  {
    name: 'recordsLocked false is unlocked',
    claim: claim(),
    ctx: { ...locked, recordsLocked: false },
    found: [],
  },
  {
    name: 'recordsLocked as a string is not a lock',
    claim: claim(),
    ctx: { ...locked, recordsLocked: 'yes' as never },
    found: [],
  },
];

describe('records-locked', () => {
  test.each(cases)('$name', ({ claim: c, ctx, found }) => {
    expect(run('records-locked', c, ctx).map((f) => f.severity)).toEqual(found);
  });

  test('says which checks did not run and the default filing limit, and how to unlock', () => {
    const [f] = run('records-locked', claim(), locked);
    for (const words of [
      'only the form',
      'prescription',
      'eligibility',
      'earlier claims',
      'payer',
      '365-day',
    ])
      expect(f?.message).toContain(words);
    expect(f?.fix).toContain('Unlock the records');
  });

  test('replaces client-unmatched, and the checks that need only the form still run', () => {
    const c = claim({
      billingProvider: { npi: '1234567890' }, // fails the check digit
      diagnoses: ['M54.5'], // a category, not billable
      lines: [line(), line({ code: '97140' })],
    });
    const rules = evaluateClaimWith(c, locked, defaultCodeTables()).map((f) => f.rule);
    expect(rules).toContain('records-locked');
    expect(rules).not.toContain('client-unmatched');
    expect(rules).toEqual(expect.arrayContaining(['npi-invalid', 'icd-invalid', 'ncci-pair']));
    for (const needsClient of ['rx-expired', 'eligibility-unverified', 'units-time', 'same-day-provider'])
      expect(rules).not.toContain(needsClient);
  });
});
