import { databaseUrl, type SyncConfig } from './config';

/**
 * Whether the server is a CouchDB-protocol server holding the practice's database, reachable with
 * these credentials; the answer in words a practice's owner can act on. Runs only when a person asks
 * (Test connection, Turn on sync) or sync is on.
 */
export type ServerCheck = { ok: true } | { ok: false; problem: string };

const authHeaders = (config: Pick<SyncConfig, 'username' | 'password'>): HeadersInit =>
  config.username ? { Authorization: `Basic ${btoa(`${config.username}:${config.password}`)}` } : {};

export async function checkServer(config: SyncConfig, fetcher: typeof fetch = fetch): Promise<ServerCheck> {
  let base: URL;
  try {
    base = new URL(config.url.trim());
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error('scheme');
  } catch {
    return {
      ok: false,
      problem:
        'The server address is not a web address: it starts with https:// (or http:// on the practice’s own network).',
    };
  }
  if (!config.database.trim()) return { ok: false, problem: 'Type the name of the database on the server.' };
  const get = (url: string) =>
    fetcher(url, {
      headers: { Accept: 'application/json', ...authHeaders(config) },
      credentials: 'omit',
      cache: 'no-store',
    });
  let root: Response;
  try {
    root = await get(base.href);
  } catch {
    return {
      ok: false,
      problem: `The server at ${base.host} cannot be reached: check the address, and that this computer is online and the server running.`,
    };
  }
  const welcome = (await root.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (root.status === 401) return { ok: false, problem: 'The server refused the user name or password.' };
  if (
    !welcome ||
    !('couchdb' in welcome || 'express-pouchdb' in welcome || ('version' in welcome && 'vendor' in welcome))
  )
    return {
      ok: false,
      problem: `${base.host} answers, but it is not a CouchDB server (it did not greet as one). Check the address and the port.`,
    };
  const db = await get(databaseUrl(config)).catch(() => undefined);
  if (!db) return { ok: false, problem: `The server at ${base.host} stopped answering.` };
  if (db.status === 401 || db.status === 403)
    return { ok: false, problem: 'The server refused the user name or password for this database.' };
  if (db.status === 404)
    return {
      ok: false,
      problem: `There is no database named “${config.database.trim()}” on the server: create it there first (README, “Sync”), or check the name.`,
    };
  if (!db.ok) return { ok: false, problem: `The server answered ${db.status} for the database.` };
  return { ok: true };
}
