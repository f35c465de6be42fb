import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { CLIENT_PREFIX, PRACTICE_KEY, SESSION_PREFIX, SETTINGS_KEY } from './keys';

/**
 * Each record's history: who changed it, when, and what changed, shown on the client's page.
 * Every save of a client, a session, the practice or the settings appends one entry to that record's
 * history document, `history:<record key>`, in the same transaction as the record itself (io.ts), so a
 * record never changes without its entry. The entry names this computer (its name is a per-computer
 * setting) and, where the practice lists its staff, the person chosen at unlock; it lists each field
 * that changed with its value before and after. History documents are sealed like every record.
 *
 * It is also where a synced change that lost a conflict keeps its value (DESIGN.md "Sync": the later
 * edit wins, the other stays in the record's history).
 */
export const HISTORY_PREFIX = 'history:';
export const historyKey = (recordKey: string) => `${HISTORY_PREFIX}${recordKey}`;
/** Entries kept per record (the oldest go first): years of a client's edits, a few KB sealed. */
export const MAX_HISTORY_ENTRIES = 100;
/** A value longer than this (a long note) is kept cut, with an ellipsis: history is for who changed what. */
const MAX_VALUE_CHARS = 300;

/** Whether saves of this key keep a history: the records a person edits, not the derived indexes. */
export function keepsHistory(key: string): boolean {
  return (
    key === PRACTICE_KEY ||
    key === SETTINGS_KEY ||
    key.startsWith(CLIENT_PREFIX) ||
    key.startsWith(SESSION_PREFIX)
  );
}

export const HistoryChangeSchema = z.object({
  /** Where in the record: `payer.memberId`, `prescriptions[rx1].visitsAuthorized`, `lines.0.units`. */
  path: z.string(),
  from: z.optional(z.unknown()),
  to: z.optional(z.unknown()),
});
export type HistoryChange = z.infer<typeof HistoryChangeSchema>;

export const HistoryEntrySchema = z.object({
  at: z.string(),
  /** This computer's name (the options page), or "this computer" when none was given. */
  by: z.string(),
  /** The person chosen at unlock, where the practice names its staff. */
  person: z.optional(z.string()),
  action: z.enum(['created', 'changed', 'deleted', 'conflict']),
  changes: z.array(HistoryChangeSchema),
  /** For a conflict: where the value that did not win came from (another computer's name). */
  note: z.optional(z.string()),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export const HistorySchema = z.array(HistoryEntrySchema);

/** Per computer (never synced): what this computer is called in the history. */
export const COMPUTER_NAME_ITEM = 'local:computerName' as const;
/** Per computer: the people who work at it, offered at unlock (empty: nobody is asked). */
export const STAFF_ITEM = 'local:staff' as const;
/** Per browser session (memory only): the person working, chosen at unlock. */
export const PERSON_ITEM = 'session:person' as const;
const DEFAULT_COMPUTER = 'this computer';

export async function computerName(): Promise<string> {
  return ((await storage.getItem<string>(COMPUTER_NAME_ITEM)) ?? '').trim();
}
export async function setComputerName(name: string): Promise<void> {
  await storage.setItem(COMPUTER_NAME_ITEM, name.trim().slice(0, 60));
}
export async function staffNames(): Promise<string[]> {
  const stored = await storage.getItem<unknown>(STAFF_ITEM);
  return Array.isArray(stored)
    ? stored.filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    : [];
}
/** The names, trimmed, each once, blank lines dropped. */
export async function setStaffNames(names: readonly string[]): Promise<string[]> {
  const clean = [...new Set(names.map((n) => n.trim().slice(0, 60)).filter(Boolean))].slice(0, 50);
  await storage.setItem(STAFF_ITEM, clean);
  return clean;
}
export async function currentPerson(): Promise<string | undefined> {
  return (await storage.getItem<string>(PERSON_ITEM)) || undefined;
}
export async function setCurrentPerson(person: string | undefined): Promise<void> {
  if (person) await storage.setItem(PERSON_ITEM, person.slice(0, 60));
  else await storage.removeItem(PERSON_ITEM);
}

/** Who is saving, for the entries of one write. */
export async function author(): Promise<Pick<HistoryEntry, 'by' | 'person'>> {
  const [by, person] = await Promise.all([computerName(), currentPerson()]);
  return { by: by || DEFAULT_COMPUTER, ...(person ? { person } : {}) };
}

/**
 * The entry for one save, or undefined when nothing a person would notice changed (a save of the same
 * values). `before` null: created; `after` null: deleted.
 */
export function entryFor(
  before: unknown,
  after: unknown,
  who: Pick<HistoryEntry, 'by' | 'person'>,
  at: string,
): HistoryEntry | undefined {
  if (before == null && after == null) return undefined;
  if (before == null) return { at, ...who, action: 'created', changes: [] };
  if (after == null) return { at, ...who, action: 'deleted', changes: [] };
  const changes = diffRecords(before, after);
  return changes.length ? { at, ...who, action: 'changed', changes } : undefined;
}

/** The history with `entry` added (newest last), the oldest dropped past the limit. */
export function appendEntry(history: unknown, entry: HistoryEntry): HistoryEntry[] {
  const list = HistorySchema.safeParse(history).data ?? [];
  return [...list, entry].slice(-MAX_HISTORY_ENTRIES);
}

/**
 * The fields that differ between two versions of a record, deepest first level that differs: objects
 * key by key, lists of records with ids by id (`prescriptions[rx1]`), other lists of objects by
 * position (a session's lines), anything else as one value.
 */
export function diffRecords(before: unknown, after: unknown, path = ''): HistoryChange[] {
  if (same(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffRecords(before[k], after[k], join(path, k)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (hasIds(before) && hasIds(after)) {
      const old = new Map(before.map((item) => [item.id, item]));
      const now = new Map(after.map((item) => [item.id, item]));
      const ids = [...new Set([...old.keys(), ...now.keys()])];
      return ids.flatMap((id) => {
        const at = `${path}[${id}]`;
        if (!old.has(id)) return [{ path: at, to: clip(now.get(id)) }];
        if (!now.has(id)) return [{ path: at, from: clip(old.get(id)) }];
        return diffRecords(old.get(id), now.get(id), at);
      });
    }
    if (before.every(isPlainObject) && after.every(isPlainObject)) {
      const n = Math.max(before.length, after.length);
      return Array.from({ length: n }, (_, i) => {
        const at = join(path, String(i));
        if (i >= before.length) return [{ path: at, to: clip(after[i]) }];
        if (i >= after.length) return [{ path: at, from: clip(before[i]) }];
        return diffRecords(before[i], after[i], at);
      }).flat();
    }
  }
  return [
    {
      path,
      ...(before === undefined ? {} : { from: clip(before) }),
      ...(after === undefined ? {} : { to: clip(after) }),
    },
  ];
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasIds(list: unknown[]): list is { id: string }[] {
  return list.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

/** Long text cut; nested values kept as they are (a whole prescription added or removed). */
function clip(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_VALUE_CHARS)
    return `${value.slice(0, MAX_VALUE_CHARS)}…`;
  return value;
}
