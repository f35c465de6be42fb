import { z } from 'zod';

/**
 * What `lib/portal` reads from a claim form (DESIGN.md, Contracts). All values normalised: dates ISO,
 * codes upper case, ICD codes dotted. A contract other tests rely on: extend it, never rename.
 */
export const ServiceLineSchema = z.object({
  /** 0-based position of the row in the form. */
  row: z.number().int().nonnegative(),
  from: z.string().optional(),
  to: z.string().optional(),
  placeOfService: z.string().optional(),
  code: z.string().optional(),
  modifiers: z.array(z.string()),
  units: z.number().optional(),
  charge: z.number().optional(),
  /** 1-based positions in `diagnoses` (A = 1). */
  pointers: z.array(z.number()),
  renderingNpi: z.string().optional(),
});
export type ServiceLine = z.infer<typeof ServiceLineSchema>;

/**
 * Boxes 10a-c, 11b and 14 of the CMS-1500, for auto and workers' comp claims: what the form says about
 * the injury. Absent when the form has none of these boxes (or the reader could not find them).
 */
export const ClaimInjurySchema = z.object({
  /** Box 14 (qualifier 431): the date of the injury or accident, ISO. */
  date: z.string().optional(),
  /** Box 10a: the condition is related to employment. */
  employment: z.boolean().optional(),
  /** Box 10b: related to an auto accident; the state is on its "PLACE (State)" line. */
  autoAccident: z.boolean().optional(),
  autoAccidentState: z.string().optional(),
  /** Box 10c: related to another accident. */
  otherAccident: z.boolean().optional(),
  /** Box 11b (qualifier Y4): the auto or workers' comp carrier's claim number. */
  claimNumber: z.string().optional(),
});
export type ClaimInjury = z.infer<typeof ClaimInjurySchema>;

export const ClaimDraftSchema = z.object({
  patient: z.object({
    lastName: z.string().optional(),
    firstName: z.string().optional(),
    birthDate: z.string().optional(),
    memberId: z.string().optional(),
    groupNumber: z.string().optional(),
  }),
  referringProvider: z.object({
    lastName: z.string().optional(),
    firstName: z.string().optional(),
    npi: z.string().optional(),
  }),
  billingProvider: z.object({ npi: z.string().optional(), taxId: z.string().optional() }),
  /** Box 21 in order A, B, C...; "" for an empty slot before a filled one. */
  diagnoses: z.array(z.string()),
  /** Only rows with something typed in them. */
  lines: z.array(ServiceLineSchema),
  injury: ClaimInjurySchema.optional(),
});
export type ClaimDraft = z.infer<typeof ClaimDraftSchema>;

export function emptyClaimDraft(): ClaimDraft {
  return { patient: {}, referringProvider: {}, billingProvider: {}, diagnoses: [], lines: [] };
}
