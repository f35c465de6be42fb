import { z } from 'zod';

export const UNIT_RULES = ['cms-8-minute', 'ama-midpoint'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

/** A modifier the payer requires on some codes (e.g. GP on 97124 and 97140). */
export const RequiredModifierSchema = z.object({
  codes: z.array(z.string().min(1)).min(1),
  modifier: z.string().min(1),
});
export type RequiredModifier = z.infer<typeof RequiredModifierSchema>;

/**
 * A payer whose contract differs from the practice defaults, matched on the client's payer name (case
 * and spaces ignored). Every field but the name is optional: absent means "as the practice settings".
 */
export const PayerRuleSchema = z.object({
  payerName: z.string().min(1),
  unitRule: z.enum(UNIT_RULES).optional(),
  filingLimitDays: z.number().int().positive().optional(),
  /** false: this payer needs no prescription, so no `rx-missing` for its clients. */
  requiresRx: z.boolean().optional(),
  requiredModifiers: z.array(RequiredModifierSchema).optional(),
  /** When set, any other code is `payer-not-covered`. */
  coveredCodes: z.array(z.string().min(1)).optional(),
  /** Visits the plan pays per calendar year (`payer-visit-limit`). */
  visitsPerYear: z.number().int().nonnegative().optional(),
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
  unitRule: z.enum(UNIT_RULES).default('cms-8-minute'),
  filingLimitDays: z.number().int().positive().default(365),
  eligibilityFreshnessDays: z.number().int().positive().default(30),
  /** Minutes without use after which the records lock (when a passphrase is set). */
  lockAfterMinutes: z.number().int().positive().max(1440).default(15),
  payerRules: z.array(PayerRuleSchema).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
