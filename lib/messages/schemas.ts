import { z } from 'zod';
import { ClaimDraftSchema, ClaimPatientSchema } from '../model/claim';
import { CLAIM_LIMITS, CONTROL_KINDS, DATE_FORMATS, DATE_PARTS, POINTER_STYLES } from '../model/claim-form';
import type { FieldFormat, FieldLayout } from '../portal/types';

/**
 * The messages a content script sends, written schema first: the types in protocol.ts and
 * lib/autofill/types.ts are inferred from these, and the content script imports them type-only, so zod
 * stays out of its bundle. The background validates every message against them before acting on it.
 *
 * Bounds: a hostile page can put anything in its inputs. The content script clips values before sending
 * (lib/messages/clip.ts, CLAIM_LIMITS); nothing larger is ever acted on.
 */
const Text = z.string().max(CLAIM_LIMITS.text);

/** Every message the background accepts from a content script's claim checker and explainer. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-claim'), draft: ClaimDraftSchema }),
  z.strictObject({ type: z.literal('remittance-codes') }),
]);
export type CheckerRequest = z.infer<typeof ContentToBackgroundSchema>;

// Autofill: the located form's fields as plain data (lib/autofill/types.ts), bounded like everything else.
const Path = z.string().regex(/^[A-Za-z0-9.*]{1,64}$/);
const FieldLayoutSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single') }),
  z.strictObject({ kind: z.literal('slots') }),
  z.strictObject({ kind: z.literal('date-parts'), parts: z.array(z.enum(DATE_PARTS)).max(3) }),
  z.strictObject({ kind: z.literal('checkboxes'), values: z.array(z.number().int().min(0).max(99)).max(26) }),
  z.strictObject({ kind: z.literal('choice'), values: z.array(z.string().max(40)).max(10) }),
]);
const FieldFormatSchema = z.strictObject({
  control: z.enum(CONTROL_KINDS),
  date: z.enum(DATE_FORMATS).optional(),
  yearDigits: z.union([z.literal(2), z.literal(4)]).optional(),
  pointers: z.enum(POINTER_STYLES).optional(),
  multiple: z.boolean().optional(),
  maxLength: z.number().int().min(0).max(1000).optional(),
  options: z
    .array(z.strictObject({ value: z.string().max(200), label: z.string().max(200) }))
    .max(100)
    .optional(),
  readOnly: z.boolean().optional(),
  combobox: z.boolean().optional(),
});

// The form reader describes the same fields in its own types (lib/portal/types.ts): this fails to
// compile if the two drift apart, in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const fieldsInSync: Same<z.infer<typeof FieldLayoutSchema>, FieldLayout> &
  Same<z.infer<typeof FieldFormatSchema>, FieldFormat> = true;

const FieldInfoSchema = z.strictObject({
  /** The claim path (`patient.memberId`, `lines.2.code`, `fill.billingZip`); composers use `lines.N.x`. */
  path: Path,
  layout: FieldLayoutSchema,
  format: FieldFormatSchema,
  /** What each element holds now (a checkbox or radio: its value when checked, else ""). */
  current: z.array(Text).min(1).max(26),
});
/** One located field as the planner sees it: where it is, how it is laid out, what it holds now. */
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

export const FormInfoSchema = z.strictObject({
  fields: z.array(FieldInfoSchema).max(10_000),
  /** Service-line rows the form renders (a composer: the one row it composes). */
  rows: z.array(z.number().int().min(0).max(CLAIM_LIMITS.row)).max(10_000),
  /** Whether the portal has an "add line" control the fill may press for more rows. */
  addLine: z.boolean(),
  /** A composer form (one line at a time, moved into a list by the portal's Add Line). */
  composer: z.boolean(),
  /** What the form says about the patient and the dates on it, to find the client and the session. */
  patient: ClaimPatientSchema,
  dates: z.array(Text).max(CLAIM_LIMITS.list),
});
export type FormInfo = z.infer<typeof FormInfoSchema>;

const Id = z.string().min(1).max(100);

/**
 * The autofill's requests from a content script (lib/background/autofill.ts answers them): plan a fill
 * of the located form (the client matched on the form, or the one picked; the default or the picked
 * session), find clients by name for the picker, and load the autofill script into the asking frame
 * (on the first fill).
 */
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
export type AutofillRequest = z.infer<typeof AutofillRequestSchema>;

/**
 * The probe (entrypoints/probe.content) asks for the part a frame needs: the claim-form reader or the
 * remittance explainer, loaded into the asking frame only.
 */
export const PartLoadRequestSchema = z.strictObject({
  type: z.literal('load-part'),
  part: z.enum(['claim', 'remittance']),
});
export type PartLoadRequest = z.infer<typeof PartLoadRequestSchema>;
