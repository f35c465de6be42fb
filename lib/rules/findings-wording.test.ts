// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import { RULE_IDS, type RuleContext, type RuleId } from '../model/findings';
import { evaluateClaim, RULES } from '.';
import { claim, client, context, daysFromToday, line, NPI, rx, session, visit } from './testing/builders';

/**
 * Findings people act on: each warning and error says whether the payer rejects the claim outright or
 * may deny it (`outcome`, and the same in the message's words), what to change and where (the box), and
 * keeps NCCI's vocabulary ("column 2", "rationale", "modifier indicator") out of the message and the fix,
 * in `why`. One claim per rule that makes it speak.
 */
const acme = (rule: object) => ({ payerRules: [{ payerName: 'Acme Health', ...rule }] });
const wc = client({
  payer: { ...client().payer, claimKind: 'workers-comp', claimNumber: '', dateOfInjury: '' },
});

const scenarios: { rule: RuleId; claim: ClaimDraft; ctx?: Partial<RuleContext> }[] = [
  { rule: 'dos-invalid', claim: claim({ lines: [line({ from: '2026-02-30' })] }) },
  { rule: 'npi-invalid', claim: claim({ billingProvider: { npi: '1234567890' } }) },
  { rule: 'icd-invalid', claim: claim({ diagnoses: ['M54.5'] }) },
  { rule: 'pointer-invalid', claim: claim({ lines: [line({ pointers: [] })] }) },
  { rule: 'ncci-pair', claim: claim({ lines: [line({ code: '98940' }), line({ code: '97140' })] }) },
  { rule: 'excluded-code', claim: claim({ lines: [line({ code: '97110' })] }) },
  { rule: 'bundled-code', claim: claim({ lines: [line({ code: '97010', units: 1 })] }) },
  { rule: 'duplicate-line', claim: claim({ lines: [line({ units: 1 }), line({ units: 1 })] }) },
  { rule: 'duplicate-claim', claim: claim(), ctx: { sessions: [session({ status: 'billed' })] } },
  { rule: 'units-time', claim: claim({ lines: [line({ units: 4 })] }) },
  { rule: 'units-exceed-mue', claim: claim({ lines: [line({ code: '97035', units: 3 })] }) },
  { rule: 'dx-procedure-mismatch', claim: claim({ diagnoses: ['F41.9'] }) },
  { rule: 'payer-not-covered', claim: claim(), ctx: { settings: acme({ coveredCodes: ['97140'] }) } },
  {
    rule: 'payer-modifier-missing',
    claim: claim(),
    ctx: { settings: acme({ requiredModifiers: [{ codes: ['97124'], modifier: 'GP' }] }) },
  },
  { rule: 'injury-info-missing', claim: claim({ injury: {} }), ctx: { client: wc } },
  { rule: 'rx-missing', claim: claim({ referringProvider: {} }) },
  {
    rule: 'rx-expired',
    claim: claim(),
    ctx: { client: client({ prescriptions: [rx({ expiresOn: '2026-03-01' })] }) },
  },
  {
    rule: 'rx-visits-exhausted',
    claim: claim(),
    ctx: { client: client({ prescriptions: [rx({ visitsAuthorized: 0 })] }) },
  },
  { rule: 'payer-visit-limit', claim: claim(), ctx: { settings: acme({ visitsPerYear: 0 }) } },
  { rule: 'same-day-provider', claim: claim(), ctx: { client: client({ otherVisits: [visit()] }) } },
  {
    rule: 'eligibility-unverified',
    claim: claim(),
    ctx: { client: client({ eligibility: { verifiedOn: '', notes: '' } }) },
  },
  { rule: 'timely-filing', claim: claim({ lines: [line({ from: daysFromToday(-400) })] }) },
];

const OUTCOME_WORDS = {
  rejected: /\breject/i,
  denied: /\bden(y|ies|ied)\b/i,
  'may-deny': /\bmay (deny|return|fold|cut)|\bmay\b.*\bden(y|ied)/i,
};
const JARGON = /column [12]|rationale|modifier indicator|\bPTP\b/i;

describe('every rule that can warn says what the payer will do and where to fix it', () => {
  test('a scenario for every rule that can warn (info-only rules such as client-unmatched need none)', () => {
    const canWarn = RULE_IDS.filter((id) => RULES[id].severities.some((s) => s !== 'info'));
    expect(scenarios.map((s) => s.rule).sort()).toEqual([...canWarn].sort());
  });

  test.each(scenarios)('$rule', ({ rule, claim: c, ctx }) => {
    const findings = evaluateClaim(c, context({ ...ctx })).filter(
      (f) => f.rule === rule && f.severity !== 'info',
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.outcome, f.message).toBeDefined();
      expect(f.message).toMatch(OUTCOME_WORDS[f.outcome!]);
      expect(f.fix).toBeTruthy();
      expect(f.boxes?.length, f.message).toBeGreaterThan(0);
      for (const box of f.boxes!) expect(`${f.message} ${f.fix}`).toMatch(new RegExp(`\\b${box}\\b`, 'i'));
      expect(f.message).not.toMatch(JARGON);
      expect(f.fix).not.toMatch(JARGON);
    }
  });

  test('the NCCI terms are in why', () => {
    const [f] = evaluateClaim(
      claim({ lines: [line({ code: '98940' }), line({ code: '97140' })] }),
      context(),
    ).filter((x) => x.rule === 'ncci-pair');
    expect(f?.why).toMatch(/98940 is column 1 \(paid\), 97140 column 2 \(denied\), modifier indicator 1/);
    expect(NPI.billing).toBe('1558598797');
  });
});
