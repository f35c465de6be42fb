import { z } from 'zod';
import { IsoDate } from './dates';
import { AddressSchema } from './practice';

const OptionalDate = z.union([IsoDate, z.literal('')]).optional();

export const CREDENTIALS = ['MD', 'DO', 'DC', 'NP', 'PA'] as const;
export const PROVIDER_TYPES = ['chiropractor', 'physical-therapist', 'physician', 'other'] as const;
export const CLAIM_KINDS = ['health', 'auto', 'workers-comp'] as const;

/** A prescription (referral) for massage or manual therapy: box 17 and 17b come from it. */
export const PrescriptionSchema = z.object({
  id: z.string().min(1),
  prescriber: z.object({
    firstName: z.string().default(''),
    lastName: z.string().default(''),
    npi: z.string().default(''),
    credential: z.enum(CREDENTIALS).default('MD'),
  }),
  writtenOn: IsoDate,
  expiresOn: OptionalDate,
  /** Visits the prescription authorises; absent means the prescription sets no number. */
  visitsAuthorized: z.number().int().nonnegative().optional(),
  diagnoses: z.array(z.string()).default([]),
  frequency: z.string().default(''),
  notes: z.string().default(''),
});
export type Prescription = z.infer<typeof PrescriptionSchema>;

/** A visit to another provider (the same-day rule reads these). */
export const OtherVisitSchema = z.object({
  id: z.string().min(1),
  date: IsoDate,
  providerType: z.enum(PROVIDER_TYPES),
  note: z.string().default(''),
});
export type OtherVisit = z.infer<typeof OtherVisitSchema>;

export const PayerSchema = z.object({
  name: z.string().default(''),
  memberId: z.string().default(''),
  groupNumber: z.string().default(''),
  claimKind: z.enum(CLAIM_KINDS).default('health'),
  /** Auto and workers' comp: the carrier's claim number (box 11b, qualifier Y4). */
  claimNumber: z.string().default(''),
  /** Auto and workers' comp: the date of injury or accident (box 14, qualifier 431). */
  dateOfInjury: OptionalDate,
});
export type Payer = z.infer<typeof PayerSchema>;

export const ClientSchema = z.object({
  id: z.string().min(1),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  birthDate: OptionalDate,
  address: AddressSchema.default(AddressSchema.parse({})),
  phone: z.string().default(''),
  payer: PayerSchema.default(PayerSchema.parse({})),
  eligibility: z.object({ verifiedOn: OptionalDate, notes: z.string().default('') }).default({ notes: '' }),
  prescriptions: z.array(PrescriptionSchema).default([]),
  otherVisits: z.array(OtherVisitSchema).default([]),
  /**
   * Free notes about the client; a migration also keeps here an older value it could not convert.
   * Optional so that plain Client objects written before this field still type-check.
   */
  notes: z.string().optional(),
});
export type Client = z.infer<typeof ClientSchema>;
