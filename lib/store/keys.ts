/**
 * The key (document id in the records' database, db.ts) each record lives under (see README.md,
 * "Layout"). Pure: no browser access, so the layout can be built and checked in Node (tests, benchmarks, e2e seeding).
 *
 * One key per client and per session keeps the cost of a save independent of how many records the
 * store holds; three small derived indexes answer the popup's and the content script's questions
 * without reading every record:
 * - `idx:clients:<shard>`: the fields the client list and `matchClient` need, 16 shards by id hash;
 * - `idx:day:<YYYY-MM-DD>`: that date's sessions as the day list shows them ("today's sessions");
 * - `idx:client-sessions:<client id>`: the ids of one client's sessions.
 */

export const PRACTICE_KEY = 'practice';
export const SETTINGS_KEY = 'settings';
/** The database's bookkeeping (never a record's contents): not restored, not sealed. */
export const META_PREFIX = 'meta:';
/** The database's own version: which migrations (migrations.ts) it has had. */
export const STORE_VERSION_KEY = 'meta:version';
/** How the records' key is derived from the passphrase (crypto.ts), when one is set; kept in clear. */
export const ENCRYPTION_KEY = 'meta:encryption';

export const CLIENT_PREFIX = 'client:';
export const SESSION_PREFIX = 'session:';
export const CLIENT_SHARD_PREFIX = 'idx:clients:';
export const DAY_INDEX_PREFIX = 'idx:day:';
export const CLIENT_SESSIONS_PREFIX = 'idx:client-sessions:';

/** Every key prefix of the records and their indexes (what the earlier `storage.local` layout held). */
export const RECORD_PREFIXES = [CLIENT_PREFIX, SESSION_PREFIX, 'idx:'] as const;

export const CLIENT_SHARDS = 16;

export const clientKey = (id: string) => `${CLIENT_PREFIX}${id}`;
export const sessionKey = (id: string) => `${SESSION_PREFIX}${id}`;
export const dayIndexKey = (date: string) => `${DAY_INDEX_PREFIX}${date}`;
export const clientSessionsKey = (clientId: string) => `${CLIENT_SESSIONS_PREFIX}${clientId}`;
export const clientShardKey = (shard: number) => `${CLIENT_SHARD_PREFIX}${shard.toString(16)}`;
export const ALL_CLIENT_SHARD_KEYS: readonly string[] = Array.from({ length: CLIENT_SHARDS }, (_, i) =>
  clientShardKey(i),
);

/** The shard of a client id: FNV-1a, so ids spread evenly whatever their shape. */
export function clientShardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % CLIENT_SHARDS;
}

export function isRecordKey(key: string): boolean {
  return RECORD_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** WXT's storage addresses keys with their area (the code tables, per-computer settings). */
export const local = (key: string) => `local:${key}` as const;
