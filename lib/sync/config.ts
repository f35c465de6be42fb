import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * Where this computer syncs (DESIGN.md "Sync"): the practice's own CouchDB-protocol server, database,
 * user and password. Per computer (`storage.local`, never synced, never in a backup). Sync is off until
 * a person turns it on on the options page; then and only then does the extension make requests, to
 * this one origin.
 */
export const SyncConfigSchema = z.object({
  /** The server's address, as typed: `https://couch.example.org`, `http://192.168.1.20:5984`. */
  url: z.string(),
  database: z.string(),
  username: z._default(z.string(), ''),
  password: z._default(z.string(), ''),
  enabled: z._default(z.boolean(), false),
});
export type SyncConfig = z.infer<typeof SyncConfigSchema>;

const CONFIG_ITEM = 'local:sync' as const;

export async function getSyncConfig(): Promise<SyncConfig | undefined> {
  return SyncConfigSchema.safeParse(await storage.getItem(CONFIG_ITEM)).data;
}
export async function setSyncConfig(config: SyncConfig | undefined): Promise<void> {
  if (config) await storage.setItem(CONFIG_ITEM, config);
  else await storage.removeItem(CONFIG_ITEM);
}

/** What the status line says (DESIGN.md: `syncStatus()` returns `{ state, pending, lastSyncedAt }`). */
export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'connecting', 'syncing', 'synced', 'offline', 'error']),
  /** Documents the server says are still to come (a first sync's progress). */
  pending: z._default(z.number(), 0),
  lastSyncedAt: z.optional(z.string()),
  offlineSince: z.optional(z.string()),
  /** Plain words: what is wrong and what to do. */
  error: z.optional(z.string()),
  /** Documents copied since this computer started syncing this session. */
  copied: z._default(z.number(), 0),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

const STATUS_ITEM = 'session:syncStatus' as const;

export async function getSyncStatus(): Promise<SyncStatus> {
  return (
    SyncStatusSchema.safeParse(await storage.getItem(STATUS_ITEM)).data ?? {
      state: 'off',
      pending: 0,
      copied: 0,
    }
  );
}
export async function setSyncStatus(status: SyncStatus): Promise<void> {
  await storage.setItem(STATUS_ITEM, status);
}
export function watchSyncStatus(onChange: (status: SyncStatus) => void): () => void {
  return storage.watch(STATUS_ITEM, (value) =>
    onChange(SyncStatusSchema.safeParse(value).data ?? { state: 'off', pending: 0, copied: 0 }),
  );
}

/** The database's address on the server, from what was typed (trailing slashes and spaces ignored). */
export function databaseUrl(config: Pick<SyncConfig, 'url' | 'database'>): string {
  return `${config.url.trim().replace(/\/+$/, '')}/${encodeURIComponent(config.database.trim())}`;
}

/** The origin pattern the extension must be allowed to reach (an optional host permission). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}
