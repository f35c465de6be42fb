import * as z from 'zod/mini';
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
const Text = z.string().check(z.maxLength(CLAIM_LIMITS.text));

/** Every message the background accepts from a content script's claim checker and explainer. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-claim'), draft: ClaimDraftSchema }),
  z.strictObject({ type: z.literal('remittance-codes') }),
]);
export type CheckerRequest = z.infer<typeof ContentToBackgroundSchema>;

// Autofill: the located form's fields as plain data (lib/autofill/types.ts), bounded like everything else.
const Path = z.string().check(z.regex(/^[A-Za-z0-9.*]{1,64}$/));
const FieldLayoutSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single') }),
  z.strictObject({ kind: z.literal('slots') }),
  z.strictObject({ kind: z.literal('date-parts'), parts: z.array(z.enum(DATE_PARTS)).check(z.maxLength(3)) }),
  z.strictObject({
    kind: z.literal('checkboxes'),
    values: z.array(z.int().check(z.minimum(0), z.maximum(99))).check(z.maxLength(26)),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    values: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  }),
]);
const FieldFormatSchema = z.strictObject({
  control: z.enum(CONTROL_KINDS),
  date: z.optional(z.enum(DATE_FORMATS)),
  yearDigits: z.optional(z.union([z.literal(2), z.literal(4)])),
  pointers: z.optional(z.enum(POINTER_STYLES)),
  multiple: z.optional(z.boolean()),
  maxLength: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  options: z.optional(
    z
      .array(
        z.strictObject({
          value: z.string().check(z.maxLength(200)),
          label: z.string().check(z.maxLength(200)),
        }),
      )
      .check(z.maxLength(100)),
  ),
  readOnly: z.optional(z.boolean()),
  combobox: z.optional(z.boolean()),
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
  current: z.array(Text).check(z.minLength(1), z.maxLength(26)),
});
/** One located field as the planner sees it: where it is, how it is laid out, what it holds now. */
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

export const FormInfoSchema = z.strictObject({
  fields: z.array(FieldInfoSchema).check(z.maxLength(10_000)),
  /** Service-line rows the form renders (a composer: the one row it composes). */
  rows: z.array(z.int().check(z.minimum(0), z.maximum(CLAIM_LIMITS.row))).check(z.maxLength(10_000)),
  /** Whether the portal has an "add line" control the fill may press for more rows. */
  addLine: z.boolean(),
  /** A composer form (one line at a time, moved into a list by the portal's Add Line). */
  composer: z.boolean(),
  /** What the form says about the patient and the dates on it, to find the client and the session. */
  patient: ClaimPatientSchema,
  dates: z.array(Text).check(z.maxLength(CLAIM_LIMITS.list)),
});
export type FormInfo = z.infer<typeof FormInfoSchema>;

const Id = z.string().check(z.minLength(1), z.maxLength(100));

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
    clientId: z.optional(Id),
    sessionId: z.optional(Id),
  }),
  z.strictObject({ type: z.literal('autofill-clients'), query: z.string().check(z.maxLength(60)) }),
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
