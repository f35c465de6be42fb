import type { z } from 'zod';
import {
  ClientSchema,
  OtherVisitSchema,
  PracticeSchema,
  PrescriptionSchema,
  SessionSchema,
  SettingsSchema,
  type Client,
  type OtherVisit,
  type Practice,
  type Prescription,
  type Session,
  type Settings,
} from '../model';
import { describeIssues, StoreError } from './errors';
import { readEntries, removeEntries, writeEntries } from './io';
import {
  ALL_CLIENT_SHARD_KEYS,
  clientKey,
  clientSessionsKey,
  clientShardKey,
  clientShardOf,
  DAY_INDEX_PREFIX,
  dayIndexKey,
  metaKey,
  PRACTICE_KEY,
  PRACTICE_VERSION,
  sessionKey,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from './keys';
import { withWriteLock } from './lock';
import { adoptVersionCheck, ready, VERSION_CHECK_KEYS } from './ready';
import {
  dayEntryOf,
  DayIndexSchema,
  withDayEntry,
  type DayEntry,
  decodeShard,
  encodeShard,
  IdListSchema,
  sortClients,
  StoredShardSchema,
  summarize,
  type ClientShard,
  type ClientSummary,
} from './summary';

/**
 * Reads and writes of the practice's records. Every read is validated with the model's zod schema (a
 * record that fails is skipped, left untouched in storage and listed by `unreadableRecords()`); every
 * write validates first, runs under the cross-page write lock, re-reads what it changes, and writes only
 * the keys that changed in one `set` call. See README.md for the layout and the reasons.
 */

// ------------------------------------------------------------------------------------------------
// Records that could not be read

const unreadable = new Map<string, string>();

/** Stored records that failed validation (kept as they are in storage), with the reason. */
export function unreadableRecords(): { key: string; reason: string }[] {
  return [...unreadable].map(([key, reason]) => ({ key, reason }));
}

/** Tests only: a fresh page has seen no damaged record yet. */
export function forgetUnreadableForTests(): void {
  unreadable.clear();
}

function parseStored<T>(schema: z.ZodType<T>, key: string, value: unknown): T | undefined {
  if (value === null || value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    unreadable.delete(key);
    return parsed.data;
  }
  unreadable.set(key, describeIssues(parsed.error, value).join('; '));
  return undefined;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = describeIssues(parsed.error, value);
  throw new StoreError(`Could not save ${what}: ${details[0]}`, details);
}

const newId = () => crypto.randomUUID();

/**
 * Reads of client and session records do not wait for the migrations: v1 kept nothing under these
 * keys, so before the v1 records are moved a read finds nothing, and once they are, `watchRecords`
 * tells the page to read again. The popup opens without waiting for the version checks. Writes, and
 * reads of the practice and settings (v1 kept those under the same keys), wait.
 */
function startMigrations(): void {
  void ready();
}

// ------------------------------------------------------------------------------------------------
// Practice and settings

export async function getPractice(): Promise<Practice> {
  await ready();
  const stored = (await readEntries([PRACTICE_KEY])).get(PRACTICE_KEY);
  return parseStored(PracticeSchema, PRACTICE_KEY, stored) ?? PracticeSchema.parse({});
}

export async function getSettings(): Promise<Settings> {
  await ready();
  const stored = (await readEntries([SETTINGS_KEY])).get(SETTINGS_KEY);
  return parseStored(SettingsSchema, SETTINGS_KEY, stored) ?? SettingsSchema.parse({});
}

/** Changes only the given fields of the practice profile (address merged field by field). */
export async function updatePractice(patch: PracticePatch): Promise<Practice> {
  await ready();
  return withWriteLock(async () => {
    const current = await getPracticeUnlocked();
    const next = validate(
      PracticeSchema,
      { ...current, ...patch, address: { ...current.address, ...patch.address } },
      'the practice profile',
    );
    await writeEntries({ [PRACTICE_KEY]: next, [metaKey(PRACTICE_KEY)]: { v: PRACTICE_VERSION } });
    return next;
  });
}
export type PracticePatch = Partial<Omit<Practice, 'address'>> & { address?: Partial<Practice['address']> };

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  await ready();
  return withWriteLock(async () => {
    const current = await getSettingsUnlocked();
    const next = validate(SettingsSchema, { ...current, ...patch }, 'the settings');
    await writeEntries({ [SETTINGS_KEY]: next, [metaKey(SETTINGS_KEY)]: { v: SETTINGS_VERSION } });
    return next;
  });
}

async function getPracticeUnlocked(): Promise<Practice> {
  const stored = (await readEntries([PRACTICE_KEY])).get(PRACTICE_KEY);
  return PracticeSchema.safeParse(stored ?? {}).data ?? PracticeSchema.parse({});
}
async function getSettingsUnlocked(): Promise<Settings> {
  const stored = (await readEntries([SETTINGS_KEY])).get(SETTINGS_KEY);
  return SettingsSchema.safeParse(stored ?? {}).data ?? SettingsSchema.parse({});
}

// ------------------------------------------------------------------------------------------------
// Clients

/** Every client's summary (the list, the search, `matchClient`), sorted by last then first name. */
export async function listClientSummaries(): Promise<ClientSummary[]> {
  startMigrations();
  const shards = await readEntries(ALL_CLIENT_SHARD_KEYS);
  const all: ClientSummary[] = [];
  for (const [key, value] of shards) {
    if (value === null) continue;
    const shard = readShard(key, value);
    for (const id in shard) all.push(shard[id]!);
  }
  return sortClients(all);
}

export async function getClient(id: string): Promise<Client | undefined> {
  return (await getClients([id]))[0];
}

/** The clients with these ids that exist and are readable, in the order asked. */
export async function getClients(ids: readonly string[]): Promise<Client[]> {
  startMigrations();
  const entries = await readEntries(ids.map(clientKey));
  return ids.flatMap((id) => {
    const client = parseStored(ClientSchema, clientKey(id), entries.get(clientKey(id)));
    return client ? [client] : [];
  });
}

export type ClientInput = Omit<z.input<typeof ClientSchema>, 'id'> & { id?: string };
export type ClientPatch = Partial<
  Omit<Client, 'id' | 'address' | 'payer' | 'eligibility' | 'prescriptions' | 'otherVisits'>
> & {
  address?: Partial<Client['address']>;
  payer?: Partial<Client['payer']>;
  eligibility?: Partial<Client['eligibility']>;
};

export async function createClient(input: ClientInput): Promise<Client> {
  await ready();
  const client = validate(ClientSchema, { ...input, id: input.id || newId() }, 'the client');
  return withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(client.id));
    const entries = await readEntries([clientKey(client.id), shardKey]);
    if (entries.get(clientKey(client.id)) != null) {
      throw new StoreError(`Could not save the client: another client already has the id "${client.id}".`);
    }
    const shard = readShard(shardKey, entries.get(shardKey));
    shard[client.id] = summarize(client);
    await writeEntries({
      [clientKey(client.id)]: client,
      [shardKey]: encodeShard(shard),
      [clientSessionsKey(client.id)]: [],
    });
    return client;
  });
}

/**
 * Changes only the given fields of a client (address, payer and eligibility merged field by field),
 * on the client as stored now: what another page saved meanwhile is kept.
 */
export async function updateClient(id: string, patch: ClientPatch): Promise<Client> {
  return editClient(id, (current) => ({
    ...current,
    ...patch,
    address: { ...current.address, ...patch.address },
    payer: { ...current.payer, ...patch.payer },
    eligibility: { ...current.eligibility, ...patch.eligibility },
  }));
}

export type PrescriptionInput = Omit<z.input<typeof PrescriptionSchema>, 'id'> & { id?: string };

/** Adds the prescription, or replaces the one with its id; the client's other prescriptions are kept. */
export async function savePrescription(clientId: string, input: PrescriptionInput): Promise<Prescription> {
  const rx = validate(PrescriptionSchema, { ...input, id: input.id || newId() }, 'the prescription');
  await editClient(clientId, (current) => ({ ...current, prescriptions: upsert(current.prescriptions, rx) }));
  return rx;
}

export async function deletePrescription(clientId: string, rxId: string): Promise<void> {
  await editClient(clientId, (current) => ({
    ...current,
    prescriptions: current.prescriptions.filter((rx) => rx.id !== rxId),
  }));
}

export type OtherVisitInput = Omit<z.input<typeof OtherVisitSchema>, 'id'> & { id?: string };

export async function saveOtherVisit(clientId: string, input: OtherVisitInput): Promise<OtherVisit> {
  const visit = validate(OtherVisitSchema, { ...input, id: input.id || newId() }, 'the visit');
  await editClient(clientId, (current) => ({ ...current, otherVisits: upsert(current.otherVisits, visit) }));
  return visit;
}

export async function deleteOtherVisit(clientId: string, visitId: string): Promise<void> {
  await editClient(clientId, (current) => ({
    ...current,
    otherVisits: current.otherVisits.filter((v) => v.id !== visitId),
  }));
}

/** Removes the client, their sessions and their index entries. */
export async function deleteClient(id: string): Promise<void> {
  await ready();
  await withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(id));
    const listKey = clientSessionsKey(id);
    const first = await readEntries([shardKey, listKey]);
    const sessionIds = IdListSchema.safeParse(first.get(listKey) ?? []).data ?? [];
    const sessions = await readEntries(sessionIds.map(sessionKey));
    const dates = new Set<string>();
    for (const value of sessions.values()) {
      const date = (value as { date?: unknown } | null)?.date;
      if (typeof date === 'string') dates.add(date);
    }
    const days = await readEntries([...dates].map(dayIndexKey));
    const out: Record<string, unknown> = {};
    const shard = readShard(shardKey, first.get(shardKey));
    delete shard[id];
    out[shardKey] = encodeShard(shard);
    const gone = new Set(sessionIds);
    for (const [key, value] of days) out[key] = readDay(key, value).filter((e) => !gone.has(e.id));
    // Indexes first, in one set: if it fails nothing changed. Then the records themselves.
    await writeEntries(out);
    await removeEntries([clientKey(id), listKey, ...sessionIds.map(sessionKey)]);
  });
}

async function editClient(id: string, change: (current: Client) => unknown): Promise<Client> {
  await ready();
  return withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(id));
    const entries = await readEntries([clientKey(id), shardKey]);
    const stored = entries.get(clientKey(id));
    if (stored == null)
      throw new StoreError('Could not save: this client no longer exists (deleted in another window?).');
    const current = ClientSchema.safeParse(stored);
    if (!current.success) {
      throw new StoreError(
        `Could not save: the stored client cannot be read (${describeIssues(current.error, stored)[0]}).`,
      );
    }
    const next = validate(ClientSchema, { ...(change(current.data) as object), id }, 'the client');
    const out: Record<string, unknown> = { [clientKey(id)]: next };
    const before = summarize(current.data);
    const after = summarize(next);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      const shard = readShard(shardKey, entries.get(shardKey));
      shard[id] = after;
      out[shardKey] = encodeShard(shard);
    }
    await writeEntries(out);
    return next;
  });
}

/** A client-list shard, validated: a damaged line is skipped and reported, the rest is kept. */
function readShard(key: string, value: unknown): ClientShard {
  const parsed = StoredShardSchema.safeParse(value ?? '');
  if (!parsed.success) {
    unreadable.set(
      key,
      'the client list index is damaged: ' + describeIssues(parsed.error, value).join('; '),
    );
    return {};
  }
  const { shard, problems } = decodeShard(parsed.data);
  if (problems.length) unreadable.set(key, `the client list index is damaged: ${problems.join('; ')}`);
  else unreadable.delete(key);
  return shard;
}

function readIdList(value: unknown): string[] {
  return IdListSchema.safeParse(value ?? []).data ?? [];
}

/** A day's index, validated: a damaged one is reported and read as empty (the records are intact). */
function readDay(key: string, value: unknown): DayEntry[] {
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

/** The day's list as the popup shows it (one `get`; entries in the order the sessions were added). */
export async function getDayEntries(date: string): Promise<DayEntry[]> {
  startMigrations();
  const key = dayIndexKey(date);
  return readDay(key, (await readEntries([key])).get(key)).filter((e) => e.date === date);
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i === -1) return [...list, item];
  const copy = list.slice();
  copy[i] = item;
  return copy;
}

// ------------------------------------------------------------------------------------------------
// The popup's first screen

export type PopupStart = {
  summaries: ClientSummary[];
  today: DayEntry[];
  practice: Practice;
  settings: Settings;
};

/**
 * Everything the popup's first screen shows in one storage round trip: the client list, the day's
 * index (which carries what the day's list shows of each session), the practice, the settings and the
 * version check. (Each round trip costs several milliseconds while the browser opens the popup.)
 */
export async function loadPopupStart(today: string): Promise<PopupStart> {
  const dayKey = dayIndexKey(today);
  const first = await readEntries([...ALL_CLIENT_SHARD_KEYS, dayKey, ...VERSION_CHECK_KEYS]);
  if (adoptVersionCheck(first)) {
    // An older build's records: convert them first (rare: once after an update), then read normally.
    await ready();
    const [summaries, day, practice, settings] = await Promise.all([
      listClientSummaries(),
      getDayEntries(today),
      getPractice(),
      getSettings(),
    ]);
    return { summaries, today: day, practice, settings };
  }
  const summaries: ClientSummary[] = [];
  for (const key of ALL_CLIENT_SHARD_KEYS) {
    const value = first.get(key);
    if (value == null) continue;
    const shard = readShard(key, value);
    for (const id in shard) summaries.push(shard[id]!);
  }
  return {
    summaries: sortClients(summaries),
    today: readDay(dayKey, first.get(dayKey)).filter((e) => e.date === today),
    practice: parseStored(PracticeSchema, PRACTICE_KEY, first.get(PRACTICE_KEY)) ?? PracticeSchema.parse({}),
    settings: parseStored(SettingsSchema, SETTINGS_KEY, first.get(SETTINGS_KEY)) ?? SettingsSchema.parse({}),
  };
}

// ------------------------------------------------------------------------------------------------
// Sessions

export async function getSession(id: string): Promise<Session | undefined> {
  return (await getSessions([id]))[0];
}

export async function getSessions(ids: readonly string[]): Promise<Session[]> {
  startMigrations();
  const entries = await readEntries(ids.map(sessionKey));
  return ids.flatMap((id) => {
    const session = parseStored(SessionSchema, sessionKey(id), entries.get(sessionKey(id)));
    return session ? [session] : [];
  });
}

/** The sessions on one date (today's list), in the order they were added. */
export async function getSessionsOn(date: string): Promise<Session[]> {
  startMigrations();
  const key = dayIndexKey(date);
  const ids = readDay(key, (await readEntries([key])).get(key)).map((e) => e.id);
  return (await getSessions(ids)).filter((s) => s.date === date);
}

/** One client's sessions, oldest first. */
export async function getClientSessions(clientId: string): Promise<Session[]> {
  startMigrations();
  const key = clientSessionsKey(clientId);
  const ids = readIdList((await readEntries([key])).get(key));
  return (await getSessions(ids)).filter((s) => s.clientId === clientId).sort(bySessionDate);
}

export function bySessionDate(a: Session, b: Session): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export type SessionInput = Omit<z.input<typeof SessionSchema>, 'id'> & { id?: string };
export type SessionPatch = Partial<Omit<Session, 'id'>>;

export async function createSession(input: SessionInput): Promise<Session> {
  await ready();
  const session = validate(SessionSchema, { ...input, id: input.id || newId() }, 'the session');
  return withWriteLock(async () => {
    const dayKey = dayIndexKey(session.date);
    const listKey = clientSessionsKey(session.clientId);
    const entries = await readEntries([clientKey(session.clientId), sessionKey(session.id), dayKey, listKey]);
    if (entries.get(clientKey(session.clientId)) == null) {
      throw new StoreError(
        'Could not save the session: its client no longer exists (deleted in another window?).',
      );
    }
    if (entries.get(sessionKey(session.id)) != null) {
      throw new StoreError(`Could not save the session: another session already has the id "${session.id}".`);
    }
    await writeEntries({
      [sessionKey(session.id)]: session,
      [dayKey]: withDayEntry(readDay(dayKey, entries.get(dayKey)), dayEntryOf(session)),
      [listKey]: withId(readIdList(entries.get(listKey)), session.id),
    });
    return session;
  });
}

/**
 * Changes only the given fields of a session, on the session as stored now. The day's index is
 * rewritten when what it shows changes (a new date moves the entry); a move to another client
 * rewrites both clients' lists.
 */
export async function updateSession(id: string, patch: SessionPatch): Promise<Session> {
  await ready();
  return withWriteLock(async () => {
    const stored = (await readEntries([sessionKey(id)])).get(sessionKey(id));
    if (stored == null)
      throw new StoreError('Could not save: this session no longer exists (deleted in another window?).');
    const current = SessionSchema.safeParse(stored);
    if (!current.success) {
      throw new StoreError(
        `Could not save: the stored session cannot be read (${describeIssues(current.error, stored)[0]}).`,
      );
    }
    const next = validate(SessionSchema, { ...current.data, ...patch, id }, 'the session');
    const out: Record<string, unknown> = { [sessionKey(id)]: next };
    const indexKeys: string[] = [];
    const dayChanged = JSON.stringify(dayEntryOf(next)) !== JSON.stringify(dayEntryOf(current.data));
    if (dayChanged) indexKeys.push(dayIndexKey(current.data.date), dayIndexKey(next.date));
    if (next.clientId !== current.data.clientId) {
      indexKeys.push(
        clientSessionsKey(current.data.clientId),
        clientSessionsKey(next.clientId),
        clientKey(next.clientId),
      );
    }
    if (indexKeys.length) {
      const entries = await readEntries(indexKeys);
      if (next.clientId !== current.data.clientId && entries.get(clientKey(next.clientId)) == null) {
        throw new StoreError('Could not save the session: the client it was moved to does not exist.');
      }
      if (dayChanged) {
        const oldKey = dayIndexKey(current.data.date);
        const newKey = dayIndexKey(next.date);
        if (oldKey !== newKey) out[oldKey] = readDay(oldKey, entries.get(oldKey)).filter((e) => e.id !== id);
        out[newKey] = withDayEntry(readDay(newKey, entries.get(newKey)), dayEntryOf(next));
      }
      if (next.clientId !== current.data.clientId) {
        out[clientSessionsKey(current.data.clientId)] = readIdList(
          entries.get(clientSessionsKey(current.data.clientId)),
        ).filter((s) => s !== id);
        out[clientSessionsKey(next.clientId)] = withId(
          readIdList(entries.get(clientSessionsKey(next.clientId))),
          id,
        );
      }
    }
    await writeEntries(out);
    return next;
  });
}

export async function deleteSession(id: string): Promise<void> {
  await ready();
  await withWriteLock(async () => {
    const stored = (await readEntries([sessionKey(id)])).get(sessionKey(id)) as Partial<Session> | null;
    if (stored == null) return;
    const out: Record<string, unknown> = {};
    const keys: string[] = [];
    if (typeof stored.date === 'string') keys.push(dayIndexKey(stored.date));
    if (typeof stored.clientId === 'string') keys.push(clientSessionsKey(stored.clientId));
    const entries = await readEntries(keys);
    for (const [key, value] of entries) {
      out[key] = key.startsWith(DAY_INDEX_PREFIX)
        ? readDay(key, value).filter((e) => e.id !== id)
        : readIdList(value).filter((s) => s !== id);
    }
    await writeEntries(out);
    await removeEntries([sessionKey(id)]);
  });
}

function withId(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}
