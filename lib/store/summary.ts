import * as z from 'zod/mini';
import { SESSION_STATUSES, type Client, type Session } from '../model';

/**
 * What the client list, the search and `matchClient` need of a client, kept in the `idx:clients:*`
 * shards so the popup can open without reading every client record.
 */
export type ClientSummary = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  memberId: string;
  phone: string;
};
const FIELDS = ['id', 'lastName', 'firstName', 'birthDate', 'memberId', 'phone'] as const;

/** A shard in memory: client id to summary (a Map: ids such as `__proto__` are ordinary keys). */
export type ClientShard = Map<string, ClientSummary>;

/**
 * A shard as stored: one line per client, fields separated by tabs (tab, newline and backslash
 * escaped). Text, not objects: the browser hands a 2,000-client list over in a few milliseconds as
 * text, several times slower as 12,000 small objects, and the popup reads it on every opening.
 */
export const StoredShardSchema = z.string();

export function encodeShard(shard: ClientShard): string {
  return [...shard.values()].map((c) => FIELDS.map((f) => escapeField(c[f])).join('\t')).join('\n');
}

/** The shard's summaries, and the lines that are not one (each named, for `unreadableRecords`). */
export function decodeShard(text: string): { shard: ClientShard; problems: string[] } {
  const shard: ClientShard = new Map();
  const problems: string[] = [];
  if (text === '') return { shard, problems };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i]!.split('\t');
    if (parts.length !== FIELDS.length || !parts[0]) {
      problems.push(`line ${i + 1} is not a client summary`);
      continue;
    }
    const [id, lastName, firstName, birthDate, memberId, phone] = parts.map(unescapeField) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    shard.set(id, { id, lastName, firstName, birthDate, memberId, phone });
  }
  return { shard, problems };
}

function escapeField(value: string): string {
  return value.replace(/[\\\t\n]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : '\\n'));
}
function unescapeField(value: string): string {
  return value.includes('\\')
    ? value.replace(/\\(.)/g, (_, ch: string) => (ch === 't' ? '\t' : ch === 'n' ? '\n' : ch))
    : value;
}

/** A list of session ids (`idx:client-sessions:*`). */
export const IdListSchema = z.array(z.string().check(z.minLength(1)));

/**
 * One session as the day's list shows it (`idx:day:<date>` holds the day's entries): enough for the
 * popup's "Today" without a second storage round trip for the session records.
 */
export const DayEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  date: z.string(),
  status: z.enum(SESSION_STATUSES),
  minutes: z.number(),
  soapNotesDone: z.boolean(),
  lines: z.array(z.object({ code: z.string(), modifiers: z.array(z.string()), units: z.number() })),
});
export type DayEntry = z.infer<typeof DayEntrySchema>;
export const DayIndexSchema = z.array(DayEntrySchema);

export function dayEntryOf(s: Session): DayEntry {
  return {
    id: s.id,
    clientId: s.clientId,
    date: s.date,
    status: s.status,
    minutes: s.minutes,
    soapNotesDone: s.soapNotesDone,
    lines: s.lines.map((l) => ({ code: l.code, modifiers: l.modifiers, units: l.units })),
  };
}

/** The day's entries with this one added or replaced (kept in the order sessions were added). */
export function withDayEntry(day: readonly DayEntry[], entry: DayEntry): DayEntry[] {
  const i = day.findIndex((e) => e.id === entry.id);
  if (i === -1) return [...day, entry];
  const copy = day.slice();
  copy[i] = entry;
  return copy;
}

export function summarize(client: Client): ClientSummary {
  return {
    id: client.id,
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: client.birthDate ?? '',
    memberId: client.payer.memberId,
    phone: client.phone,
  };
}

/** "Doe, Jane" (or whichever part is known), as lists and messages show a client. */
export function displayName(client: { firstName?: string; lastName?: string }): string {
  const last = client.lastName?.trim() ?? '';
  const first = client.firstName?.trim() ?? '';
  if (last && first) return `${last}, ${first}`;
  return last || first || 'Unnamed client';
}

/** Sort order of every client list: last name, first name (case and accents aside), then id. */
export function compareClients(a: ClientSummary, b: ClientSummary): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts in place by `compareClients`, computing each sort key once (2,000 clients in a few ms). */
export function sortClients<T extends ClientSummary>(list: T[]): T[] {
  const keyed = list.map((c) => ({ c, k: `${sortKey(c)}\u0001${c.id}` }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  keyed.forEach((x, i) => (list[i] = x.c));
  return list;
}

function sortKey(c: { lastName: string; firstName: string }): string {
  return `${fold(c.lastName)}\u0000${fold(c.firstName)}`;
}

function fold(text: string): string {
  return /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
