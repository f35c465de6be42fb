import * as z from 'zod/mini';
import { CLAIM_LIMITS } from './claim-form';

// Bounded (CLAIM_LIMITS): the background validates every draft a portal page sends against these schemas
// (lib/messages/schemas.ts), and strict, so a key the contract does not name is refused, not carried.
const Text = z.string().check(z.maxLength(CLAIM_LIMITS.text));
const OptText = z.optional(Text);
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(CLAIM_LIMITS.list));

/**
 * What `lib/portal` reads from a claim form (DESIGN.md, Contracts). All values normalised: dates ISO,
 * codes upper case, ICD codes dotted. A contract other tests rely on: extend it, never rename.
 */
export const ServiceLineSchema = z.strictObject({
  /** 0-based position of the row in the form. */
  row: z.int().check(z.minimum(0), z.maximum(CLAIM_LIMITS.row)),
  from: OptText,
  to: OptText,
  placeOfService: OptText,
  code: OptText,
  modifiers: list(Text),
  units: z.optional(z.number()),
  charge: z.optional(z.number()),
  /** 1-based positions in `diagnoses` (A = 1). */
  pointers: list(z.number()),
  renderingNpi: OptText,
});
export type ServiceLine = z.infer<typeof ServiceLineSchema>;

/**
 * Boxes 10a-c, 11b and 14 of the CMS-1500, for auto and workers' comp claims: what the form says about
 * the injury. Absent when the form has none of these boxes (or the reader could not find them).
 */
export const ClaimInjurySchema = z.strictObject({
  /** Box 14 (qualifier 431): the date of the injury or accident, ISO. */
  date: OptText,
  /** Box 10a: the condition is related to employment. */
  employment: z.optional(z.boolean()),
  /** Box 10b: related to an auto accident; the state is on its "PLACE (State)" line. */
  autoAccident: z.optional(z.boolean()),
  autoAccidentState: OptText,
  /** Box 10c: related to another accident. */
  otherAccident: z.optional(z.boolean()),
  /** Box 11b (qualifier Y4): the auto or workers' comp carrier's claim number. */
  claimNumber: OptText,
});
export type ClaimInjury = z.infer<typeof ClaimInjurySchema>;

export const ClaimPatientSchema = z.strictObject({
  lastName: OptText,
  firstName: OptText,
  birthDate: OptText,
  memberId: OptText,
  groupNumber: OptText,
});

export const ClaimDraftSchema = z.strictObject({
  patient: ClaimPatientSchema,
  referringProvider: z.strictObject({ lastName: OptText, firstName: OptText, npi: OptText }),
  billingProvider: z.strictObject({ npi: OptText, taxId: OptText }),
  /** Box 21 in order A, B, C...; "" for an empty slot before a filled one. */
  diagnoses: list(Text),
  /** Only rows with something typed in them. */
  lines: list(ServiceLineSchema),
  injury: z.optional(ClaimInjurySchema),
});
export type ClaimDraft = z.infer<typeof ClaimDraftSchema>;
