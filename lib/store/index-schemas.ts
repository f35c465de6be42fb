import { z } from 'zod';
import { SESSION_STATUSES } from '../model';
import type { DayEntry } from './summary';

/** The stored indexes' shapes (see keys.ts), checked on every read like the records. */

/** A client-list shard: text, one line per client (decoded and checked line by line in summary.ts). */
export const StoredShardSchema = z.string();

/** A list of session ids (`idx:client-sessions:*`). */
export const IdListSchema = z.array(z.string().min(1));

export const DayEntrySchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  date: z.string(),
  status: z.enum(SESSION_STATUSES),
  minutes: z.number(),
  soapNotesDone: z.boolean(),
  lines: z.array(z.object({ code: z.string(), modifiers: z.array(z.string()), units: z.number() })),
}) satisfies z.ZodType<DayEntry>;
export const DayIndexSchema = z.array(DayEntrySchema);
