import * as z from 'zod/mini';
import { IsoDate } from './dates';
import { AddressSchema } from './practice';

const OptionalDate = z.optional(z.union([IsoDate, z.literal('')]));

export const CREDENTIALS = ['MD', 'DO', 'DC', 'NP', 'PA'] as const;
export const PROVIDER_TYPES = ['chiropractor', 'physical-therapist', 'physician', 'other'] as const;
export const CLAIM_KINDS = ['health', 'auto', 'workers-comp'] as const;

/** A prescription (referral) for massage or manual therapy: box 17 and 17b come from it. */
export const PrescriptionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  prescriber: z.object({
    firstName: z._default(z.string(), ''),
    lastName: z._default(z.string(), ''),
    npi: z._default(z.string(), ''),
    credential: z._default(z.enum(CREDENTIALS), 'MD'),
  }),
  writtenOn: IsoDate,
  expiresOn: OptionalDate,
  /** Visits the prescription authorises; absent means the prescription sets no number. */
  visitsAuthorized: z.optional(z.int().check(z.nonnegative())),
  diagnoses: z._default(z.array(z.string()), []),
  frequency: z._default(z.string(), ''),
  notes: z._default(z.string(), ''),
});
export type Prescription = z.infer<typeof PrescriptionSchema>;

/** A visit to another provider (the same-day rule reads these). */
export const OtherVisitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  date: IsoDate,
  providerType: z.enum(PROVIDER_TYPES),
  note: z._default(z.string(), ''),
});
export type OtherVisit = z.infer<typeof OtherVisitSchema>;

export const PayerSchema = z.object({
  name: z._default(z.string(), ''),
  memberId: z._default(z.string(), ''),
  groupNumber: z._default(z.string(), ''),
  claimKind: z._default(z.enum(CLAIM_KINDS), 'health'),
  /** Auto and workers' comp: the carrier's claim number (box 11b, qualifier Y4). */
  claimNumber: z._default(z.string(), ''),
  /** Auto and workers' comp: the date of injury or accident (box 14, qualifier 431). */
  dateOfInjury: OptionalDate,
});
export type Payer = z.infer<typeof PayerSchema>;

export const ClientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  firstName: z._default(z.string(), ''),
  lastName: z._default(z.string(), ''),
  birthDate: OptionalDate,
  address: z._default(AddressSchema, AddressSchema.parse({})),
  phone: z._default(z.string(), ''),
  payer: z._default(PayerSchema, PayerSchema.parse({})),
  eligibility: z._default(z.object({ verifiedOn: OptionalDate, notes: z._default(z.string(), '') }), {
    notes: '',
  }),
  prescriptions: z._default(z.array(PrescriptionSchema), []),
  otherVisits: z._default(z.array(OtherVisitSchema), []),
  /**
   * Free notes about the client; a migration also keeps here an older value it could not convert.
   * Optional so that plain Client objects written before this field still type-check.
   */
  notes: z.optional(z.string()),
});
export type Client = z.infer<typeof ClientSchema>;
