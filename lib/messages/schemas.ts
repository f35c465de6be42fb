import { z } from 'zod';
import type { AutofillRequest, ContentToBackground } from './protocol';

// Bounds: a hostile page can put anything in its inputs. The content script clips values before sending
// (lib/messages/clip.ts: 200 characters a value, 1,000 entries a list); nothing larger is ever acted on.
const Text = z.string().max(200);
const OptText = Text.optional();
const Num = z.number().optional();

const ServiceLine = z.strictObject({
  row: z.number().int().min(0).max(10_000),
  from: OptText,
  to: OptText,
  placeOfService: OptText,
  code: OptText,
  modifiers: z.array(Text).max(1000),
  units: Num,
  charge: Num,
  pointers: z.array(z.number()).max(1000),
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
  diagnoses: z.array(Text).max(1000),
  lines: z.array(ServiceLine).max(1000),
  // Boxes 10a-c, 11b and 14 (auto and workers' comp claims), when the form has them.
  injury: z
    .strictObject({
      date: OptText,
      employment: z.boolean().optional(),
      autoAccident: z.boolean().optional(),
      autoAccidentState: OptText,
      otherAccident: z.boolean().optional(),
      claimNumber: OptText,
    })
    .optional(),
});

/** Every message the background accepts from a content script, validated before anything acts on it. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-claim'), draft: ClaimDraftMessageSchema }),
  z.strictObject({ type: z.literal('remittance-codes') }),
]);

// Keep the schema and the protocol's types in step: this fails to compile if they drift apart.
type Parsed = z.infer<typeof ContentToBackgroundSchema>;
export const protocolInSync: Parsed extends ContentToBackground ? true : never = true;

// Autofill: the located form's fields as plain data (lib/autofill/types.ts), bounded like everything else.
const Path = z.string().regex(/^[A-Za-z0-9.*]{1,64}$/);
const FieldLayoutSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single') }),
  z.strictObject({ kind: z.literal('slots') }),
  z.strictObject({
    kind: z.literal('date-parts'),
    parts: z.array(z.enum(['month', 'day', 'year'])).max(3),
  }),
  z.strictObject({ kind: z.literal('checkboxes'), values: z.array(z.number().int().min(0).max(99)).max(26) }),
  z.strictObject({ kind: z.literal('choice'), values: z.array(z.string().max(40)).max(10) }),
]);
const FieldFormatSchema = z.strictObject({
  control: z.enum(['text', 'number', 'date', 'select', 'checkbox', 'radio', 'widget', 'hidden', 'cell']),
  date: z.enum(['MM/DD/YYYY', 'MMDDYYYY', 'MM-DD-YYYY', 'YYYY-MM-DD', 'M/D/YYYY', 'MM/DD/YY']).optional(),
  yearDigits: z.union([z.literal(2), z.literal(4)]).optional(),
  pointers: z.enum(['letters', 'numbers', 'icd']).optional(),
  multiple: z.boolean().optional(),
  maxLength: z.number().int().min(0).max(1000).optional(),
  options: z
    .array(z.strictObject({ value: z.string().max(200), label: z.string().max(200) }))
    .max(100)
    .optional(),
  readOnly: z.boolean().optional(),
  combobox: z.boolean().optional(),
});
export const FormInfoSchema = z.strictObject({
  fields: z
    .array(
      z.strictObject({
        path: Path,
        layout: FieldLayoutSchema,
        format: FieldFormatSchema,
        current: z.array(Text).min(1).max(26),
      }),
    )
    .max(10_000),
  rows: z.array(z.number().int().min(0).max(10_000)).max(10_000),
  addLine: z.boolean(),
  composer: z.boolean(),
  patient: ClaimDraftMessageSchema.shape.patient,
  dates: z.array(Text).max(1000),
});
const Id = z.string().min(1).max(100);

/** The autofill's requests from a content script (lib/background/autofill.ts answers them). */
export const AutofillRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('autofill-plan'),
    form: FormInfoSchema,
    clientId: Id.optional(),
    sessionId: Id.optional(),
  }),
  z.strictObject({ type: z.literal('autofill-clients'), query: z.string().max(60) }),
  z.strictObject({ type: z.literal('autofill-load') }),
]);
type ParsedAutofill = z.infer<typeof AutofillRequestSchema>;
export const autofillInSync: ParsedAutofill extends AutofillRequest ? true : never = true;
