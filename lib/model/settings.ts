import * as z from 'zod/mini';

export const UNIT_RULES = ['cms-8-minute', 'ama-midpoint'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

/** A modifier the payer requires on some codes (e.g. GP on 97124 and 97140). */
export const RequiredModifierSchema = z.object({
  codes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  modifier: z.string().check(z.minLength(1)),
});
export type RequiredModifier = z.infer<typeof RequiredModifierSchema>;

/**
 * A payer whose contract differs from the practice defaults, matched on the client's payer name (case
 * and spaces ignored). Every field but the name is optional: absent means "as the practice settings".
 */
export const PayerRuleSchema = z.object({
  payerName: z.string().check(z.minLength(1)),
  unitRule: z.optional(z.enum(UNIT_RULES)),
  filingLimitDays: z.optional(z.int().check(z.positive())),
  /** false: this payer needs no prescription, so no `rx-missing` for its clients. */
  requiresRx: z.optional(z.boolean()),
  requiredModifiers: z.optional(z.array(RequiredModifierSchema)),
  /** When set, any other code is `payer-not-covered`. */
  coveredCodes: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Visits the plan pays per calendar year (`payer-visit-limit`). */
  visitsPerYear: z.optional(z.int().check(z.nonnegative())),
});
export type PayerRule = z.infer<typeof PayerRuleSchema>;

/** The document a practice exports its payer rules as, to share them with another practice. */
export const PAYER_RULES_FORMAT = 'massage-billing-assistant/payer-rules';
export const PayerRulesDocumentSchema = z.object({
  format: z.literal(PAYER_RULES_FORMAT),
  version: z.literal(1),
  payerRules: z.array(PayerRuleSchema),
});
export type PayerRulesDocument = z.infer<typeof PayerRulesDocumentSchema>;

export const SettingsSchema = z.object({
  unitRule: z._default(z.enum(UNIT_RULES), 'cms-8-minute'),
  filingLimitDays: z._default(z.int().check(z.positive()), 365),
  eligibilityFreshnessDays: z._default(z.int().check(z.positive()), 30),
  /** Minutes without use after which the records lock (when a passphrase is set). */
  lockAfterMinutes: z._default(z.int().check(z.positive(), z.maximum(1440)), 15),
  payerRules: z._default(z.array(PayerRuleSchema), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
