import * as z from 'zod/mini';

export const AddressSchema = z.object({
  line1: z._default(z.string(), ''),
  line2: z._default(z.string(), ''),
  city: z._default(z.string(), ''),
  state: z._default(z.string(), ''),
  zip: z._default(z.string(), ''),
});
export type Address = z.infer<typeof AddressSchema>;

/** Massage therapist, NUCC taxonomy (domain.md 4.2). */
export const MASSAGE_THERAPIST_TAXONOMY = '225700000X';

/** The practice profile: what goes in boxes 24J, 25, 32 and 33 of every claim. */
export const PracticeSchema = z.object({
  name: z._default(z.string(), ''),
  billingNpi: z._default(z.string(), ''),
  renderingNpi: z._default(z.string(), ''),
  taxId: z._default(z.string(), ''),
  taxIdKind: z._default(z.enum(['EIN', 'SSN']), 'EIN'),
  taxonomy: z._default(z.string(), MASSAGE_THERAPIST_TAXONOMY),
  licenseNumber: z._default(z.string(), ''),
  licenseState: z._default(z.string(), ''),
  address: z._default(AddressSchema, AddressSchema.parse({})),
  phone: z._default(z.string(), ''),
});
export type Practice = z.infer<typeof PracticeSchema>;
