import { z } from 'zod';

export const AddressSchema = z.object({
  line1: z.string().default(''),
  line2: z.string().default(''),
  city: z.string().default(''),
  state: z.string().default(''),
  zip: z.string().default(''),
});
export type Address = z.infer<typeof AddressSchema>;

/** Massage therapist, NUCC taxonomy (domain.md 4.2). */
export const MASSAGE_THERAPIST_TAXONOMY = '225700000X';

/** The practice profile: what goes in boxes 24J, 25, 32 and 33 of every claim. */
export const PracticeSchema = z.object({
  name: z.string().default(''),
  billingNpi: z.string().default(''),
  renderingNpi: z.string().default(''),
  taxId: z.string().default(''),
  taxIdKind: z.enum(['EIN', 'SSN']).default('EIN'),
  taxonomy: z.string().default(MASSAGE_THERAPIST_TAXONOMY),
  licenseNumber: z.string().default(''),
  licenseState: z.string().default(''),
  address: AddressSchema.default(AddressSchema.parse({})),
  phone: z.string().default(''),
});
export type Practice = z.infer<typeof PracticeSchema>;
