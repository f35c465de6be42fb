import { z } from 'zod';

export const UNIT_RULES = ['cms-8-minute', 'ama-midpoint'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

/** A payer whose contract differs from the practice defaults (matched on the client's payer name). */
export const PayerRuleSchema = z.object({
  payerName: z.string().min(1),
  unitRule: z.enum(UNIT_RULES).optional(),
  filingLimitDays: z.number().int().positive().optional(),
});
export type PayerRule = z.infer<typeof PayerRuleSchema>;

export const SettingsSchema = z.object({
  unitRule: z.enum(UNIT_RULES).default('cms-8-minute'),
  filingLimitDays: z.number().int().positive().default(365),
  eligibilityFreshnessDays: z.number().int().positive().default(30),
  payerRules: z.array(PayerRuleSchema).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
