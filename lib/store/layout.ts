import {
  ClientSchema,
  SessionSchema,
  type Client,
  type Practice,
  type Session,
  type Settings,
} from '../model';
import {
  ALL_CLIENT_SHARD_KEYS,
  clientKey,
  clientSessionsKey,
  clientShardKey,
  CLIENT_PREFIX,
  clientShardOf,
  dayIndexKey,
  PRACTICE_KEY,
  SESSION_PREFIX,
  sessionKey,
  SETTINGS_KEY,
} from './keys';
import { dayEntryOf, encodeShard, summarize, type ClientShard, type DayEntry } from './summary';

/**
 * The entries (key to value) that hold these records and their indexes. Pure: a restore, tests and
 * the e2e seeding all build the layout here, so there is one definition of it. Every shard key is present (empty ones as ""), so
 * writing the result over an older store leaves no stale shard.
 */
export function buildRecordEntries(clients: Client[], sessions: Session[]): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  const shards: ClientShard[] = ALL_CLIENT_SHARD_KEYS.map(() => new Map());
  for (const client of clients) {
    entries.set(clientKey(client.id), client);
    shards[clientShardOf(client.id)]!.set(client.id, summarize(client));
  }
  shards.forEach((shard, i) => entries.set(clientShardKey(i), encodeShard(shard)));
  const byDay = new Map<string, DayEntry[]>();
  const byClient = new Map<string, string[]>();
  for (const client of clients) byClient.set(client.id, []);
  for (const session of sessions) {
    entries.set(sessionKey(session.id), session);
    push(byDay, session.date, dayEntryOf(session));
    push(byClient, session.clientId, session.id);
  }
  for (const [date, ids] of byDay) entries.set(dayIndexKey(date), ids);
  for (const [clientId, ids] of byClient) entries.set(clientSessionsKey(clientId), ids);
  return entries;
}

/** Practice and settings. */
export function buildProfileEntries(practice: Practice, settings: Settings): Map<string, unknown> {
  return new Map<string, unknown>([
    [PRACTICE_KEY, practice],
    [SETTINGS_KEY, settings],
  ]);
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The valid clients and sessions among stored entries (a whole-store read: a backup, the indexes rebuilt
 * after a sync); one that does not fit its schema is left out, as every reader of the store does.
 */
export function recordsIn(entries: ReadonlyMap<string, unknown>): { clients: Client[]; sessions: Session[] } {
  const clients: Client[] = [];
  const sessions: Session[] = [];
  for (const [key, value] of entries) {
    if (key.startsWith(CLIENT_PREFIX)) {
      const parsed = ClientSchema.safeParse(value);
      if (parsed.success) clients.push(parsed.data);
    } else if (key.startsWith(SESSION_PREFIX)) {
      const parsed = SessionSchema.safeParse(value);
      if (parsed.success) sessions.push(parsed.data);
    }
  }
  return { clients, sessions };
}
