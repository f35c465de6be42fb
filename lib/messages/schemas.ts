import { z } from 'zod';
import type { ContentToBackground } from './protocol';

// Bounds: a hostile page can put anything in its inputs. The content script clips values before sending
// (lib/messages/clip.ts); these limits make sure nothing larger is ever acted on.
const Text = z.string().max(200);
const OptText = Text.optional();
const Num = z.number().optional();

const ServiceLine = z.strictObject({
  row: z.number().int().min(0).max(10_000),
  from: OptText,
  to: OptText,
  placeOfService: OptText,
  code: OptText,
  modifiers: z.array(Text).max(10),
  units: Num,
  charge: Num,
  pointers: z.array(z.number()).max(20),
  renderingNpi: OptText,
});

export const ClaimDraftMessageSchema = z.strictObject({
  patient: z.strictObject({
    lastName: OptText,
    firstName: OptText,
    birthDate: OptText,
    memberId: OptText,
    groupNumber: OptText,
  }),
  referringProvider: z.strictObject({ lastName: OptText, firstName: OptText, npi: OptText }),
  billingProvider: z.strictObject({ npi: OptText, taxId: OptText }),
  diagnoses: z.array(Text).max(50),
  lines: z.array(ServiceLine).max(1000),
});

/** Every message the background accepts from a content script, validated before anything acts on it. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-claim'), draft: ClaimDraftMessageSchema }),
  z.strictObject({ type: z.literal('remittance-codes') }),
]);

// Keep the schema and the protocol's types in step: this fails to compile if they drift apart.
type Parsed = z.infer<typeof ContentToBackgroundSchema>;
export const protocolInSync: Parsed extends ContentToBackground ? true : never = true;
