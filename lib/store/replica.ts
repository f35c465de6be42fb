import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { mergeConflict } from './conflict-merge';
import { recordsDb, type RecordsDb, type StoredDoc } from './db';
import {
  author,
  HISTORY_PREFIX,
  historyKey,
  HistorySchema,
  keepsHistory,
  MAX_HISTORY_ENTRIES,
} from './history';
import { openDocs, readAllEntries, readAllKeys, readKeyInfo, rekeyAll, writeEntries } from './io';
import { keyFromPassphrase, type KeyInfo } from './crypto';
import { StoreError } from './errors';
import { setPassphrase } from './passphrase';
import { PRACTICE_KEY, SETTINGS_KEY } from './keys';
import { buildRecordEntries, recordsIn } from './layout';
import { withWriteLock } from './lock';
import { announceChange } from './watch';
import { currentKey, holdKey, requireKey } from './unlock';

/**
 * The records' database as a replica of the practice's CouchDB (DESIGN.md "Sync"). Only the background
 * loads this file: PouchDB's http adapter and replicator stay out of the pages.
 *
 * - What replicates: the records a person edits (clients, sessions, practice, settings) and their
 *   history, sealed as they are stored (crypto.ts): the server holds ciphertext, ids and revisions.
 *   The indexes (`idx:*`) are derived, so each computer rebuilds its own from the records it has
 *   (`reconcile`); `meta:*` is this database's own bookkeeping.
 * - Conflicts (two computers editing one record while apart) are settled here after each pull
 *   (conflict-merge.ts), and the losing revisions removed, so every computer converges on one version.
 */
export type { KeyInfo, RecordsDb };

PouchDB.plugin(http);
PouchDB.plugin(replication);

export const isSyncedId = (id: string) => keepsHistory(id) || id.startsWith(HISTORY_PREFIX);

/** The practice's database on its server. Requests carry the credentials themselves: no cookies. */
export function remoteDb(url: string, auth?: { username: string; password: string }): RecordsDb {
  const header = auth?.username ? `Basic ${btoa(`${auth.username}:${auth.password}`)}` : undefined;
  return new PouchDB(url, {
    adapter: 'http',
    skip_setup: true,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (header) headers.set('Authorization', header);
      return fetch(input, { ...init, headers, credentials: 'omit', cache: 'no-store' });
    },
  });
}

export type ReplicaHandlers = {
  /** Documents written here by a pull (ids): `reconcile` them. */
  onPulled(ids: string[]): void;
  /** Replication is copying (`active`), waiting for changes (`paused`), or failed (`error`). */
  onState(state: 'active' | 'paused' | 'error', detail?: unknown): void;
  /** A batch went one way: how many documents, and how many the server says are still to come. */
  onProgress?(direction: 'push' | 'pull', written: number, pending: number | undefined): void;
};

/**
 * Replication both ways with the remote. `live`: keeps going and retries when the connection drops,
 * resuming from its checkpoint (also after the service worker restarts); otherwise one complete pass.
 */
export function replicate(
  remote: RecordsDb,
  handlers: ReplicaHandlers,
  options: { live: boolean; batchSize?: number },
) {
  const run = recordsDb().sync(remote, {
    live: options.live,
    retry: options.live,
    batch_size: options.batchSize ?? 200,
    filter: (doc) => isSyncedId(doc._id),
    // Retries back off to a minute at most: an offline computer catches up soon after it is back.
    back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
  });
  run.on('change', (info) => {
    failed = undefined;
    const docs = info.change.docs ?? [];
    const direction = info.direction ?? 'pull';
    handlers.onProgress?.(direction, docs.length, info.change.pending);
    if (direction === 'pull' && docs.length) handlers.onPulled(docs.map((d) => d._id));
  });
  // A request that failed (the server away, a wrong password) is reported by the direction that made
  // it, then both directions pause to retry: the pause that follows is "offline", not "synced".
  let failed: unknown;
  for (const direction of [run.push, run.pull])
    direction?.on('requestError', (error) => {
      failed = error ?? new Error('request failed');
    });
  run.on('paused', (error) => {
    const problem = error ?? failed;
    handlers.onState(problem ? 'error' : 'paused', problem);
  });
  run.on('active', () => {
    failed = undefined;
    handlers.onState('active');
  });
  run.on('error', (error) => handlers.onState('error', error));
  run.on('denied', (error) => handlers.onState('error', error));
  return run;
}

/**
 * After a pull: settles the conflicts of these records (all of them when `ids` is undefined) and
 * rebuilds the indexes from the records. Needs the records unlocked when a passphrase is set (the
 * records are opened); returns `locked` without changing anything otherwise, for a later try.
 */
export async function reconcile(ids?: readonly string[]): Promise<'done' | 'locked'> {
  if ((await readKeyInfo()) && !(await currentKey())) return 'locked';
  await withWriteLock(async () => {
    await settleConflicts(ids);
    await rebuildIndexes();
  });
  // The records replication wrote went in without the store's announcement: every page re-reads them.
  // A whole pass (ids undefined) may have brought anything: the practice and settings too.
  announceChange(ids ? ids.filter(keepsHistory) : [PRACTICE_KEY, SETTINGS_KEY]);
  return 'done';
}

/** Record ids (not history ids) among `ids`, or every record that has conflicting revisions. */
async function conflicted(ids: readonly string[] | undefined): Promise<string[]> {
  const db = recordsDb();
  if (ids) {
    const records = [
      ...new Set(ids.map((id) => (id.startsWith(HISTORY_PREFIX) ? id.slice(HISTORY_PREFIX.length) : id))),
    ];
    return records.filter(keepsHistory);
  }
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true });
  const withConflicts = rows
    .filter((row) => isSyncedId(row.id) && (row.doc?._conflicts?.length ?? 0) > 0)
    .map((row) => (row.id.startsWith(HISTORY_PREFIX) ? row.id.slice(HISTORY_PREFIX.length) : row.id));
  return [...new Set(withConflicts)];
}

async function settleConflicts(ids: readonly string[] | undefined): Promise<void> {
  const db = recordsDb();
  const who = await author();
  for (const id of await conflicted(ids)) {
    const winner = await db.get(id, { conflicts: true }).catch(() => undefined);
    const hKey = historyKey(id);
    const history = await db.get(hKey, { conflicts: true }).catch(() => undefined);
    if (!winner) continue;
    const deletedElsewhere = await deletionsByPeople(db, id);
    // The history alone may be in conflict (two computers each recorded something): its entries merge.
    if (!winner._conflicts?.length && !history?._conflicts?.length && !deletedElsewhere.length) continue;
    const loserRevs = winner._conflicts ?? [];
    const losers = await Promise.all(loserRevs.map((rev) => db.get(id, { rev })));
    const historyLosers = await Promise.all((history?._conflicts ?? []).map((rev) => db.get(hKey, { rev })));
    const opened = await openDocs([winner, ...losers, history, ...historyLosers] as (
      StoredDoc | undefined
    )[]);
    const [winnerValue, ...rest] = opened;
    const loserValues = rest.slice(0, losers.length);
    const histories = rest.slice(losers.length).map((h) => HistorySchema.safeParse(h).data ?? []);
    const at = new Date().toISOString();
    const { merged, history: settled } = mergeConflict(winnerValue, loserValues, histories, who, at);
    // Deleted on one computer while edited on another: replication keeps the edited record (a live
    // revision beats a deleted one); the history says so, once per deletion.
    // Both computers may note the same deletion: the earliest note of each is kept, alike on both.
    const seen = new Set<string>();
    const once = settled.filter((e) => {
      const rev = /\(revision ([^)]+)\)/.exec(e.note ?? '')?.[1];
      if (!rev) return true;
      if (seen.has(rev)) return false;
      seen.add(rev);
      return true;
    });
    const noted = (rev: string) => seen.has(rev);
    const mergedHistory = [
      ...once,
      ...deletedElsewhere
        .filter((rev) => !noted(rev))
        .map((rev) => ({
          at,
          ...who,
          action: 'conflict' as const,
          changes: [],
          note: `Deleted on another computer while it was edited on one, so the edited record was kept (revision ${rev}).`,
        })),
    ].slice(-MAX_HISTORY_ENTRIES);
    // The merged record and history on the winning revisions, written only where they differ from the
    // winner (sealed values never compare equal, so two computers rewriting the same content would
    // conflict again and again); then the other leaves removed, which both computers do alike.
    const writes = new Map<string, unknown>();
    if (JSON.stringify(merged) !== JSON.stringify(winnerValue)) writes.set(id, merged);
    if (JSON.stringify(mergedHistory) !== JSON.stringify(histories[0] ?? [])) writes.set(hKey, mergedHistory);
    await writeEntries(writes, [], { history: false });
    const gone: StoredDoc[] = [
      ...loserRevs.map((rev) => ({ _id: id, _rev: rev, _deleted: true, settled: true })),
      ...(history?._conflicts ?? []).map((rev) => ({ _id: hKey, _rev: rev, _deleted: true, settled: true })),
    ];
    await db.bulkDocs(gone);
  }
}

/**
 * The deleted leaves of a record's revision tree that a person's delete made (not the losing revisions a
 * settled conflict removed, which carry `settled`). PouchDB's `get` lists only live conflicts; all
 * leaves, deleted ones too, come with `open_revs`.
 */
async function deletionsByPeople(db: RecordsDb, id: string): Promise<string[]> {
  const leaves = (await db.get(id, { open_revs: 'all' }).catch(() => [])) as unknown as { ok?: StoredDoc }[];
  return leaves.flatMap((leaf) =>
    leaf.ok?._deleted && !leaf.ok.settled && leaf.ok._rev ? [leaf.ok._rev] : [],
  );
}

/** The indexes as the records now stand: only the index documents that differ are written. */
async function rebuildIndexes(): Promise<void> {
  const all = await readAllEntries();
  const { clients, sessions } = recordsIn(all);
  const wanted = new Map(
    [...buildRecordEntries(clients, sessions)].filter(([key]) => key.startsWith('idx:')),
  );
  const changed = new Map(
    [...wanted].filter(([key, value]) => JSON.stringify(all.get(key)) !== JSON.stringify(value)),
  );
  const stale = (await readAllKeys()).filter((key) => key.startsWith('idx:') && !wanted.has(key));
  await writeEntries(changed, stale, { history: false });
}

/**
 * Makes this computer's records key the practice's (DESIGN.md "Sync": the server holds only ciphertext,
 * and every computer must open every record). `remote`: how the key is derived on the server's side,
 * set by the first computer that synced; undefined on the first computer itself, whose key (set now
 * from `passphrase` when it has none) becomes the practice's. A passphrase that does not open the
 * practice's key is refused before anything is written. Records sealed under another key here are
 * sealed again under the practice's, in one transaction (they need unlocking first).
 */
export async function adoptPracticeKey(passphrase: string, remote: KeyInfo | undefined): Promise<KeyInfo> {
  const local = await readKeyInfo();
  if (!remote) {
    if (!local) {
      await setPassphrase(passphrase);
      return (await readKeyInfo())!;
    }
    const key = await keyFromPassphrase(passphrase, local);
    if (!key)
      throw new StoreError(
        'That is not the passphrase of the records on this computer: type the one set in “Passphrase and lock”.',
      );
    await holdKey(key);
    return local;
  }
  const key = await keyFromPassphrase(passphrase, remote);
  if (!key)
    throw new StoreError(
      'That is not the practice passphrase the other computers use: nothing was changed. Type the passphrase set on the first computer that synced.',
    );
  if (!local || local.salt !== remote.salt) {
    await withWriteLock(async () => {
      if (local) await requireKey();
      await rekeyAll({ key, info: remote });
    });
  }
  await holdKey(key);
  return remote;
}
