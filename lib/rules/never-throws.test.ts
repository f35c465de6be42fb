// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import { RULE_IDS, type RuleContext } from '../model/findings';
import { createCodeTables, evaluateClaimWith } from './core';
import { evaluateClaim } from '.';

/**
 * evaluateClaim returns findings for any ClaimDraft-shaped input, however odd: empty
 * lines, garbage strings, NaN/Infinity/negative units, 99 lines, dates like 2026-02-30, holes and
 * undefined inside arrays, a client whose arrays are missing, sessions of any shape.
 */

const oddString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '97124',
    '97140',
    '97010',
    '98940',
    '97530',
    '97012',
    'xs',
    'XS',
    '59',
    'M54.5',
    'm5450',
    'R52',
    'S13.4XXA',
    'F41.9',
    '97\u200B110',
    '９７１２４',
    'GP',
  ),
  fc.constantFrom(
    '2026-02-30',
    '2026-03-02',
    '2025-12-31',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    '03/02/2026',
  ),
  fc.constantFrom('1234567893', '1093791627', 'NaN', '__proto__', 'constructor', 'toString', '\u0000', '💆'),
  fc.string({ maxLength: 12 }),
);
const oddNumber = fc.oneof(
  fc.integer({ min: -3, max: 130 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5, 1e308, -0),
  fc.double(),
);
const anything = fc.oneof(
  oddString,
  oddNumber,
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anything);
const oddArray = <T>(arb: fc.Arbitrary<T>, maxLength = 6) =>
  fc.oneof(
    fc.array(fc.oneof(arb, fc.constant(undefined)), { maxLength }),
    fc.sparseArray(arb, { maxLength }),
    anything,
  );

const lineArb = fc.record(
  {
    row: maybe(fc.integer({ min: 0, max: 120 })),
    from: maybe(oddString),
    to: maybe(oddString),
    placeOfService: maybe(oddString),
    code: maybe(oddString),
    modifiers: oddArray(oddString, 5),
    units: maybe(oddNumber),
    charge: maybe(oddNumber),
    pointers: oddArray(oddNumber, 6),
    renderingNpi: maybe(oddString),
  },
  { requiredKeys: [] },
);

const injuryArb = fc.record(
  {
    date: maybe(oddString),
    employment: maybe(fc.boolean()),
    autoAccident: maybe(fc.boolean()),
    autoAccidentState: maybe(oddString),
    otherAccident: maybe(fc.boolean()),
    claimNumber: maybe(oddString),
  },
  { requiredKeys: [] },
);

const claimArb = fc.record(
  {
    injury: fc.oneof(injuryArb, anything),
    patient: maybe(
      fc.record({ lastName: maybe(oddString), memberId: maybe(oddString) }, { requiredKeys: [] }),
    ),
    referringProvider: maybe(fc.record({ npi: maybe(oddString) }, { requiredKeys: [] })),
    billingProvider: maybe(fc.record({ npi: maybe(oddString) }, { requiredKeys: [] })),
    diagnoses: oddArray(oddString, 13),
    lines: fc.oneof(oddArray(lineArb, 8), fc.array(lineArb, { minLength: 99, maxLength: 99 })),
  },
  { requiredKeys: [] },
);

const rxArb = fc.record(
  {
    id: maybe(oddString),
    prescriber: maybe(
      fc.record(
        { lastName: maybe(oddString), credential: maybe(oddString), npi: maybe(oddString) },
        { requiredKeys: [] },
      ),
    ),
    writtenOn: maybe(oddString),
    expiresOn: maybe(oddString),
    visitsAuthorized: maybe(oddNumber),
  },
  { requiredKeys: [] },
);
const sessionArb = fc.record(
  {
    id: maybe(oddString),
    clientId: maybe(fc.constantFrom('c1', 'c2', '')),
    date: maybe(oddString),
    minutes: maybe(oddNumber),
    status: maybe(fc.constantFrom('scheduled', 'done', 'billed', 'paid', 'denied', 'weird')),
    billedOn: maybe(oddString),
    payerClaimNumber: maybe(oddString),
    denialCodes: oddArray(oddString, 3),
    lines: oddArray(
      fc.record(
        { code: maybe(oddString), minutes: maybe(oddNumber), units: maybe(oddNumber) },
        { requiredKeys: [] },
      ),
      4,
    ),
  },
  { requiredKeys: [] },
);
const clientArb = fc.record(
  {
    id: maybe(fc.constantFrom('c1', 'c2')),
    firstName: maybe(oddString),
    lastName: maybe(oddString),
    payer: maybe(
      fc.record(
        {
          name: maybe(fc.oneof(oddString, fc.constant('Acme'))),
          claimKind: maybe(fc.constantFrom('health', 'auto', 'workers-comp', 'other')),
          claimNumber: maybe(oddString),
          dateOfInjury: maybe(oddString),
        },
        { requiredKeys: [] },
      ),
    ),
    eligibility: maybe(fc.record({ verifiedOn: maybe(oddString) }, { requiredKeys: [] })),
    prescriptions: oddArray(rxArb, 3),
    otherVisits: oddArray(
      fc.record(
        {
          date: maybe(oddString),
          providerType: maybe(fc.constantFrom('chiropractor', 'physical-therapist', 'x')),
        },
        { requiredKeys: [] },
      ),
      3,
    ),
  },
  { requiredKeys: [] },
);
const payerRuleArb = fc.record(
  {
    payerName: maybe(fc.oneof(oddString, fc.constant(' acme '))),
    unitRule: maybe(oddString),
    filingLimitDays: maybe(oddNumber),
    requiresRx: maybe(fc.boolean()),
    requiredModifiers: oddArray(
      fc.record({ codes: oddArray(oddString, 3), modifier: maybe(oddString) }, { requiredKeys: [] }),
      3,
    ),
    coveredCodes: oddArray(oddString, 4),
    visitsPerYear: maybe(oddNumber),
  },
  { requiredKeys: [] },
);

const contextArb = fc.record(
  {
    claimSessionId: maybe(oddString),
    today: maybe(oddString),
    client: fc.oneof(fc.constant(undefined), clientArb, anything),
    sessions: oddArray(sessionArb, 12),
    settings: maybe(
      fc.record(
        {
          unitRule: maybe(fc.constantFrom('cms-8-minute', 'ama-midpoint')),
          filingLimitDays: maybe(oddNumber),
          eligibilityFreshnessDays: maybe(oddNumber),
          payerRules: oddArray(payerRuleArb, 3),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const RULES = new Set<string>(RULE_IDS);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const RANK = { error: 0, warning: 1, info: 2 } as const;
const formatOnly = createCodeTables();
const OUTCOME_WORDS = {
  rejected: /reject/i,
  denied: /den(y|ies|ied)/i,
  'may-deny': /may\b.*\b(deny|denied|return)|\bdeny\b/i,
};

describe('evaluateClaim never throws', () => {
  test('for any ClaimDraft-shaped input it returns well-formed findings, errors first', () => {
    fc.assert(
      fc.property(claimArb, contextArb, fc.boolean(), (claim, context, full) => {
        const findings = full
          ? evaluateClaim(claim as unknown as ClaimDraft, context as unknown as RuleContext)
          : evaluateClaimWith(claim as unknown as ClaimDraft, context as unknown as RuleContext, formatOnly);
        if (!Array.isArray(findings)) return false;
        let last = 0;
        for (const f of findings) {
          const wellFormed =
            RULES.has(f.rule) &&
            SEVERITIES.has(f.severity) &&
            typeof f.message === 'string' &&
            !/could not run/.test(f.message) && // no rule crashed into its fallback
            f.lines.every((r) => Number.isInteger(r) && r >= 0) &&
            f.fields.every((p) => typeof p === 'string') &&
            // Findings people act on: every error says what the payer will do, in words too.
            (f.severity !== 'error' || f.outcome !== undefined) &&
            (f.outcome === undefined || OUTCOME_WORDS[f.outcome].test(f.message)) &&
            RANK[f.severity] >= last;
          if (!wellFormed) throw new Error(`malformed finding: ${JSON.stringify(f)}`);
          last = RANK[f.severity];
        }
        return true;
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('also for inputs that are not objects at all', () => {
    for (const claim of [undefined, null, 0, 'claim', [], { lines: 'x' }, { lines: [null, 1, 'a', []] }]) {
      for (const context of [undefined, null, {}, { today: 5 }, { client: 'x', sessions: {} }]) {
        expect(Array.isArray(evaluateClaim(claim as never, context as never))).toBe(true);
      }
    }
  });
});
