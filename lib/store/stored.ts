import type * as z from 'zod/mini';
import { describeIssues, StoreError } from './errors';
import { readEntries } from './io';
import { ready } from './ready';
import {
  DayIndexSchema,
  decodeShard,
  IdListSchema,
  StoredShardSchema,
  type ClientShard,
  type DayEntry,
} from './summary';

/**
 * Reading stored values through the model's schemas, shared by the record modules. A stored record that
 * fails validation is skipped, left untouched in the database and listed by `unreadableRecords()` (the
 * popup shows them); a write validates first and refuses with the reason.
 */

const unreadable = new Map<string, string>();

/** Stored records that failed validation (kept as they are in the database), with the reason. */
export function unreadableRecords(): { key: string; reason: string }[] {
  return [...unreadable].map(([key, reason]) => ({ key, reason }));
}

/** Tests only: a fresh page has seen no damaged record yet. */
export function forgetUnreadableForTests(): void {
  unreadable.clear();
}

export function parseStored<T>(schema: z.ZodMiniType<T>, key: string, value: unknown): T | undefined {
  if (value === null || value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    unreadable.delete(key);
    return parsed.data;
  }
  unreadable.set(key, describeIssues(parsed.error, value).join('; '));
  return undefined;
}

/** The records with these ids that exist and are readable, in the order asked (one read for all). */
export async function readRecords<T>(
  schema: z.ZodMiniType<T>,
  keyOf: (id: string) => string,
  ids: readonly string[],
): Promise<T[]> {
  startMigrations();
  const entries = await readEntries(ids.map(keyOf));
  return ids.flatMap((id) => {
    const record = parseStored(schema, keyOf(id), entries.get(keyOf(id)));
    return record ? [record] : [];
  });
}

export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = describeIssues(parsed.error, value);
  throw new StoreError(`Could not save ${what}: ${details[0]}`, details);
}

export const newId = () => crypto.randomUUID();

/** A client-list shard, validated: a damaged line is skipped and reported, the rest is kept. */
export function readShard(key: string, value: unknown): ClientShard {
  const parsed = StoredShardSchema.safeParse(value ?? '');
  if (!parsed.success) {
    unreadable.set(
      key,
      'the client list index is damaged: ' + describeIssues(parsed.error, value).join('; '),
    );
    return new Map();
  }
  const { shard, problems } = decodeShard(parsed.data);
  if (problems.length) unreadable.set(key, `the client list index is damaged: ${problems.join('; ')}`);
  else unreadable.delete(key);
  return shard;
}

export function readIdList(value: unknown): string[] {
  return IdListSchema.safeParse(value ?? []).data ?? [];
}

/** A day's index, validated: a damaged one is reported and read as empty (the records are intact). */
export function readDay(key: string, value: unknown): DayEntry[] {
  if (value == null) return [];
  const parsed = DayIndexSchema.safeParse(value);
  if (parsed.success) {
    unreadable.delete(key);
    return parsed.data;
  }
  unreadable.set(
    key,
    `the list of that day's sessions is damaged: ${describeIssues(parsed.error, value)[0]}`,
  );
  return [];
}

export function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i === -1) return [...list, item];
  const copy = list.slice();
  copy[i] = item;
  return copy;
}

export function withId(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

/**
 * Reads of client and session records do not wait for the migrations: before the earlier build's
 * records are moved a read finds nothing, and once they are, `watchRecords` tells the page to read
 * again. The popup opens without waiting. Writes, and reads of the practice and settings, wait.
 */
export function startMigrations(): void {
  void ready();
}
