import type { Client, Session } from '../model';
import {
  dayEntryOf,
  DayIndexSchema,
  withDayEntry,
  type DayEntry,
  decodeShard,
  encodeShard,
  IdListSchema,
  StoredShardSchema,
  summarize,
  type ClientShard,
} from './summary';
import { clientKey, clientSessionsKey, clientShardKey, clientShardOf, dayIndexKey, sessionKey } from './keys';
import { readEntries, writeEntries } from './io';

/**
 * Adds records to the store without overwriting any that already have a key, merging the indexes
 * they belong to, in one `set` call. The caller holds the write lock. Used by the v1 migration, where
 * another page may already have moved some of the same records.
 */
export async function mergeRecordsIntoStore(clients: Client[], sessions: Session[]): Promise<void> {
  const recordKeys = [...clients.map((c) => clientKey(c.id)), ...sessions.map((s) => sessionKey(s.id))];
  const shardKeys = [...new Set(clients.map((c) => clientShardKey(clientShardOf(c.id))))];
  const dayKeys = [...new Set(sessions.map((s) => dayIndexKey(s.date)))];
  const clientSessionKeys = [
    ...new Set([
      ...clients.map((c) => clientSessionsKey(c.id)),
      ...sessions.map((s) => clientSessionsKey(s.clientId)),
    ]),
  ];
  const existing = await readEntries([...recordKeys, ...shardKeys, ...dayKeys, ...clientSessionKeys]);
  const out: Record<string, unknown> = {};

  const shards = new Map<string, ClientShard>();
  for (const key of shardKeys) {
    const parsed = StoredShardSchema.safeParse(existing.get(key) ?? '');
    shards.set(key, parsed.success ? decodeShard(parsed.data).shard : {});
  }
  for (const client of clients) {
    const key = clientKey(client.id);
    if (existing.get(key) != null) continue;
    out[key] = client;
    shards.get(clientShardKey(clientShardOf(client.id)))![client.id] = summarize(client);
  }
  for (const [key, shard] of shards) out[key] = encodeShard(shard);

  const days = new Map<string, DayEntry[]>();
  const dayFor = (key: string) => {
    let day = days.get(key);
    if (!day) {
      day = DayIndexSchema.safeParse(existing.get(key) ?? []).data ?? [];
      days.set(key, day);
    }
    return day;
  };
  const lists = new Map<string, string[]>();
  const listFor = (key: string) => {
    let list = lists.get(key);
    if (!list) {
      const parsed = IdListSchema.safeParse(existing.get(key) ?? []);
      list = parsed.success ? parsed.data : [];
      lists.set(key, list);
    }
    return list;
  };
  for (const client of clients) listFor(clientSessionsKey(client.id));
  for (const session of sessions) {
    const key = sessionKey(session.id);
    if (existing.get(key) != null) continue;
    out[key] = session;
    const dayKey = dayIndexKey(session.date);
    days.set(dayKey, withDayEntry(dayFor(dayKey), dayEntryOf(session)));
    addOnce(listFor(clientSessionsKey(session.clientId)), session.id);
  }
  for (const [key, list] of lists) out[key] = list;
  for (const [key, day] of days) out[key] = day;
  await writeEntries(out);
}

function addOnce(list: string[], id: string) {
  if (!list.includes(id)) list.push(id);
}
