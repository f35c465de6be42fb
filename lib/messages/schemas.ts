import { z } from 'zod';
import type { ContentToBackground } from './protocol';

/** A patient identity as read from a form: short strings only (a hostile page cannot make us store a novel). */
const Text = z.string().max(200).optional();

/** Every message the background accepts from a content script, validated before anything acts on it. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('claim-context'),
    patient: z.strictObject({ lastName: Text, firstName: Text, birthDate: Text, memberId: Text }),
  }),
  z.strictObject({ type: z.literal('code-tables') }),
]);

// Keep the schema and the protocol's types in step: this line fails to compile if they drift apart.
export type _Check = z.infer<typeof ContentToBackgroundSchema> extends ContentToBackground ? true : never;
const _ok: _Check = true;
void _ok;
