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
 * The fill frame: an extension page inside our panel (lib/background/fill-frames.ts says why) that shows
 * what comes from the records: the client picker, and after a fill the client, the session choice and
 * the boxes that hold something else (old -> new). What it is to show, set by the content script.
 */
const Label = z.string().check(z.maxLength(200));
const Choice = z.strictObject({ id: Id, label: Label });
export const FillFrameViewSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('pick') }),
  z.strictObject({
    step: z.literal('done'),
    client: Label,
    sessions: z.array(Choice).check(z.maxLength(100)),
    sessionId: z.optional(Id),
    conflicts: z
      .array(
        z.strictObject({
          f: z.int().check(z.minimum(0), z.maximum(10_000)),
          label: Label,
          old: Text,
          new: Text,
        }),
      )
      .check(z.maxLength(200)),
  }),
]);
export type FillFrameView = z.infer<typeof FillFrameViewSchema>;

/**
 * The autofill's requests from a content script (lib/background/autofill.ts answers them): plan a fill
 * of the located form (the client matched on the form, or the one the person picked in the fill frame;
 * the default or the picked session), load the autofill script into the asking frame (on the first
 * fill), and open a fill frame. A content script never searches the client list: the fill frame does.
 */
export const AutofillRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('autofill-plan'),
    form: FormInfoSchema,
    clientId: z.optional(Id),
    sessionId: z.optional(Id),
  }),
  z.strictObject({ type: z.literal('autofill-load') }),
  // The fill frame (entrypoints/fill-frame): what it is to show, kept by the background for it.
  z.strictObject({ type: z.literal('fill-frame-open'), view: FillFrameViewSchema }),
]);
export type AutofillRequest = z.infer<typeof AutofillRequestSchema>;

/** A person's press in the fill frame, passed to the content script that fills. */
export const FillFrameActSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pick'), clientId: Id }),
  z.strictObject({ kind: z.literal('session'), sessionId: Id }),
  z.strictObject({
    kind: z.literal('replace'),
    fields: z.array(z.int().check(z.minimum(0), z.maximum(10_000))).check(z.minLength(1), z.maxLength(200)),
  }),
]);
export type FillFrameAct = z.infer<typeof FillFrameActSchema>;

const Token = z.string().check(z.regex(/^[0-9a-f]{32}$/));
/** Where in the frame the press was (a keyboard press: none), for the page's hit test (intent-gate.ts). */
const Point = z.strictObject({
  x: z.number().check(z.minimum(0), z.maximum(10_000)),
  y: z.number().check(z.minimum(0), z.maximum(10_000)),
});

/** The fill frame's requests (an extension page in the portal's tab), each naming its frame's token. */
export const FillFrameRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fill-frame-view'), token: Token }),
  z.strictObject({
    type: z.literal('fill-frame-clients'),
    token: Token,
    query: z.string().check(z.maxLength(60)),
  }),
  z.strictObject({
    type: z.literal('fill-frame-act'),
    token: Token,
    act: FillFrameActSchema,
    point: z.optional(Point),
  }),
  // How tall its content is: the panel draws the frame that tall (within bounds), so a short list
  // leaves no empty box and a long one scrolls.
  z.strictObject({
    type: z.literal('fill-frame-size'),
    token: Token,
    height: z.int().check(z.minimum(0), z.maximum(10_000)),
  }),
]);
export type FillFrameRequest = z.infer<typeof FillFrameRequestSchema>;

/**
 * The probe (entrypoints/probe.content) asks for the part a frame needs: the claim-form reader or the
 * remittance explainer, loaded into the asking frame only.
 */
export const PartLoadRequestSchema = z.strictObject({
  type: z.literal('load-part'),
  part: z.enum(['claim', 'remittance']),
});
export type PartLoadRequest = z.infer<typeof PartLoadRequestSchema>;
