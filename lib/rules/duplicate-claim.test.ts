// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { RuleContext } from '../model/findings';
import { claim, context, DOS, line, run, session, summary } from './testing/builders';

type Case = {
  name: string;
  lines?: Partial<ServiceLine>[];
  ctx: Partial<RuleContext>;
  found: string[];
  text?: RegExp;
  fix?: RegExp;
};

const billed = (over: Parameters<typeof session>[0] = {}) =>
  session({ id: 's-billed', status: 'billed', billedOn: '2026-03-05', payerClaimNumber: 'A1B2', ...over });

const cases: Case[] = [
  { name: 'the session on that date is only done', ctx: { sessions: [session()] }, found: [] },
  { name: 'a scheduled session', ctx: { sessions: [session({ status: 'scheduled' })] }, found: [] },
  {
    name: 'already billed: warning with the date and the payer claim number',
    ctx: { sessions: [billed()] },
    found: ['warning 0'],
    text: /97124 for 2026-03-02 \(line 1\) was already billed on 2026-03-05, payer claim A1B2.*denies it as a duplicate/,
    fix: /box 22, resubmission code 7 with the payer's claim number \(A1B2\)/,
  },
  {
    name: 'already paid',
    ctx: { sessions: [billed({ status: 'paid' })] },
    found: ['warning 0'],
    text: /billed on 2026-03-05 and paid/,
  },
  {
    name: 'denied: correct or appeal, not a new claim',
    ctx: { sessions: [billed({ status: 'denied', denialCodes: ['CO-50'] })] },
    found: ['warning 0'],
    text: /and denied \(CO-50\)/,
    fix: /appeal/,
  },
  {
    name: 'billed, but for another code',
    ctx: { sessions: [billed({ lines: [{ code: '97140' }] })] },
    found: [],
  },
  { name: 'billed on another date', ctx: { sessions: [billed({ date: '2026-03-03' })] }, found: [] },
  {
    name: 'the claim is drawn from that very session (popup, superbill)',
    ctx: { sessions: [billed()], claimSessionId: 's-billed' },
    found: [],
  },
  {
    name: 'another client with the same session',
    ctx: { sessions: [billed({ clientId: 'c2' })] },
    found: [],
  },
  {
    name: 'the code twice on the claim: one finding for both lines',
    lines: [{}, { units: 1 }],
    ctx: { sessions: [billed()] },
    found: ['warning 0,1'],
  },
  {
    name: 'a zero-width space in the typed code still matches',
    lines: [{ code: '971\u200B24' }],
    ctx: { sessions: [billed()] },
    found: ['warning 0'],
  },
  {
    name: 'billed without a billing date or claim number',
    ctx: { sessions: [billed({ billedOn: '', payerClaimNumber: '' })] },
    found: ['warning 0'],
    text: /was already billed, as the session log/,
  },
  {
    name: 'no saved client: client-unmatched says so',
    ctx: { client: undefined, sessions: [billed()] },
    found: [],
  },
];

describe('duplicate-claim', () => {
  test.each(cases)('$name', ({ lines, ctx, found, text, fix }) => {
    const c = claim({ lines: (lines ?? [{}]).map((l) => line({ from: DOS, ...l })) });
    const findings = run('duplicate-claim', c, context(ctx));
    expect(summary(findings)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    if (fix) expect(findings[0]?.fix).toMatch(fix);
    for (const f of findings) {
      expect(f.outcome).toBe('denied');
      expect(f.boxes).toEqual(['22']);
      expect(f.why).toMatch(/CARC 18/);
    }
  });
});
