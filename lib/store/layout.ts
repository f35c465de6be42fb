import type { Client, Practice, Session, Settings } from '../model';
import {
  ALL_CLIENT_SHARD_KEYS,
  clientKey,
  clientSessionsKey,
  clientShardKey,
  clientShardOf,
  dayIndexKey,
  LEGACY_CLIENTS_KEY,
  LAYOUT_VERSION,
  metaKey,
  PRACTICE_KEY,
  PRACTICE_VERSION,
  sessionKey,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from './keys';
import { dayEntryOf, encodeShard, summarize, type ClientShard, type DayEntry } from './summary';

/**
 * The storage entries (raw keys of the `local` area, without WXT's `local:` prefix) that hold these
 * records and their indexes. Pure: a restore, the v1 migration, tests and the e2e seeding all build the
 * layout here, so there is one definition of it. Every shard key is present (empty ones as ""), so
 * writing the result over an older store leaves no stale shard.
 */
export function buildRecordEntries(clients: Client[], sessions: Session[]): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const shards: ClientShard[] = ALL_CLIENT_SHARD_KEYS.map(() => ({}));
  for (const client of clients) {
    entries[clientKey(client.id)] = client;
    shards[clientShardOf(client.id)]![client.id] = summarize(client);
  }
  shards.forEach((shard, i) => (entries[clientShardKey(i)] = encodeShard(shard)));
  const byDay = new Map<string, DayEntry[]>();
  const byClient = new Map<string, string[]>();
  for (const client of clients) byClient.set(client.id, []);
  for (const session of sessions) {
    entries[sessionKey(session.id)] = session;
    push(byDay, session.date, dayEntryOf(session));
    push(byClient, session.clientId, session.id);
  }
  for (const [date, ids] of byDay) entries[dayIndexKey(date)] = ids;
  for (const [clientId, ids] of byClient) entries[clientSessionsKey(clientId)] = ids;
  return entries;
}

/** Practice and settings with the version metadata WXT's items read. */
export function buildProfileEntries(practice: Practice, settings: Settings): Record<string, unknown> {
  return {
    [PRACTICE_KEY]: practice,
    [metaKey(PRACTICE_KEY)]: { v: PRACTICE_VERSION },
    [SETTINGS_KEY]: settings,
    [metaKey(SETTINGS_KEY)]: { v: SETTINGS_VERSION },
  };
}

/** What the legacy `clients` key holds once its records have moved to their own keys. */
export type LegacyMarker = { movedToRecords: true; on: string; clients: number; sessions: number };

export function legacyMarkerEntries(marker: LegacyMarker): Record<string, unknown> {
  return { [LEGACY_CLIENTS_KEY]: marker, [metaKey(LEGACY_CLIENTS_KEY)]: { v: LAYOUT_VERSION } };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
