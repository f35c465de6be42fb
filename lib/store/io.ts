import { open, seal, type KeyInfo } from './crypto';
import { recordsDb, type StoredDoc } from './db';
import { describeWriteFailure, StoreError } from './errors';
import { ENCRYPTION_KEY, META_PREFIX } from './keys';
import { requireKey } from './unlock';
import { announceChange } from './watch';
import { appendEntry, author, entryFor, historyKey, keepsHistory } from './history';

/**
 * The only place that reads and writes the records' database (db.ts). A record is stored as one
 * document `{ _id: <key>, v: <value> }` whose id is the layout's key (`client:abc`, `idx:day:2026-11-02`,
 * keys.ts). Callers see plain values by key, as they did on `storage.local`; the revisions stay here.
 *
 * Once a passphrase is set (`meta:encryption` holds how its key is derived), every record is stored
 * sealed instead, `{ _id, iv, ct }` (crypto.ts): no record's contents are written in clear, and reading
 * a sealed record while the records are locked throws a RecordsLockedError (unlock.ts).
 */

/** The stored values of these keys (null where a key holds nothing), in one read. */
export async function readEntries(keys: readonly string[]): Promise<Map<string, unknown>> {
  const result = new Map<string, unknown>();
  if (keys.length === 0) return result;
  const unique = [...new Set(keys)];
  const { rows } = await recordsDb().allDocs({ keys: unique, include_docs: true });
  const values = await openDocs(rows.map((row) => (row.error ? undefined : row.doc)));
  unique.forEach((key, i) => result.set(key, values[i]!));
  return result;
}

/** The values of stored documents (null for a missing or deleted one), sealed ones opened. */
export async function openDocs(docs: readonly (StoredDoc | null | undefined)[]): Promise<unknown[]> {
  const sealed = docs.some((doc) => doc && !doc._deleted && isSealed(doc));
  const key = sealed ? await requireKey() : undefined;
  return Promise.all(
    docs.map(async (doc) => {
      if (!doc || doc._deleted) return null;
      if (!isSealed(doc)) return doc.v ?? null;
      try {
        return await open(key!, doc._id, doc);
      } catch (error) {
        throw new StoreError(
          'A record could not be opened with the records’ key (it was damaged, or sealed with another passphrase).',
          [],
          { cause: error },
        );
      }
    }),
  );
}

/** `meta:version` and the like: the database's bookkeeping, no record's contents, kept in clear. */
const isBookkeeping = (id: string) => id.startsWith(META_PREFIX);

function isSealed(doc: StoredDoc): doc is StoredDoc & { iv: string; ct: string } {
  return typeof doc.ct === 'string' && typeof doc.iv === 'string';
}

/** The current revision of each of these keys that holds a record. */
async function currentRevs(keys: readonly string[]): Promise<Map<string, string>> {
  const revs = new Map<string, string>();
  if (keys.length === 0) return revs;
  const { rows } = await recordsDb().allDocs({ keys: [...keys] });
  for (const row of rows) {
    if (!row.error && row.value && !row.value.deleted) revs.set(row.id, row.value.rev);
  }
  return revs;
}

/**
 * Writes every entry (and removes the `remove` keys) in one `bulkDocs` call, one IndexedDB transaction:
 * the browser commits it whole or not at all, so a failure (no room left, the worker stopped) leaves the
 * store as it was. The caller holds the write lock (lock.ts), so the revisions read here are current.
 * Throws a StoreError saying why.
 */
export async function writeEntries(
  entries: ReadonlyMap<string, unknown> | Record<string, unknown>,
  remove: readonly string[] = [],
  /**
   * `history: false` for writes that are not a person's edit of a record (a restore, a migration):
   * they add no entry to the records' history.
   */
  options: { history?: boolean } = {},
): Promise<void> {
  const map = new Map(entries instanceof Map ? entries : Object.entries(entries));
  const gone = remove.filter((key) => !map.has(key));
  // A record a person deletes takes its history with it: the history holds its old values.
  if (options.history !== false)
    for (const key of [...gone])
      if (keepsHistory(key) && !map.has(historyKey(key))) gone.push(historyKey(key));
  if (map.size === 0 && gone.length === 0) return;
  if (map.has(ENCRYPTION_KEY) || gone.includes(ENCRYPTION_KEY)) {
    throw new StoreError('The passphrase is changed with rekeyAll, not written as a record.');
  }
  try {
    if (options.history !== false) await addHistory(map);
    const revs = await currentRevs([...map.keys(), ...gone, ENCRYPTION_KEY]);
    // Sealed when the database has a passphrase (asked each write: another page may have set one).
    const key = revs.has(ENCRYPTION_KEY) ? await requireKey() : undefined;
    // Sealed all at once, not one await after another: Web Crypto runs them off the main thread, and a
    // restore of 22,000 records spent seconds waiting on each in turn.
    const docs: StoredDoc[] = await Promise.all(
      [...map].map(async ([id, value]) => {
        const body =
          key && !isBookkeeping(id) ? { _id: id, ...(await seal(key, id, value)) } : { _id: id, v: value };
        return withRev(body, revs.get(id));
      }),
    );
    for (const key of gone) {
      const rev = revs.get(key);
      if (rev) docs.push({ _id: key, _rev: rev, _deleted: true });
    }
    if (docs.length === 0) return;
    const results = await recordsDb().bulkDocs(docs);
    const failed = results.find((r) => 'error' in r && r.error);
    if (failed) throw new Error(`${(failed as { message?: string }).message ?? 'write refused'}`);
    announceChange(docs.map((d) => d._id));
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(describeWriteFailure(error), [], { cause: error });
  }
}

/**
 * Each edited record's history entry (history.ts), written in the same transaction as the record: read
 * what the record held, compare, append. Only records a person edits keep one, not the indexes.
 */
async function addHistory(map: Map<string, unknown>): Promise<void> {
  const tracked = [...map.keys()].filter(keepsHistory);
  if (tracked.length === 0) return;
  const [prior, who] = await Promise.all([readEntries([...tracked, ...tracked.map(historyKey)]), author()]);
  const at = new Date().toISOString();
  for (const key of tracked) {
    const entry = entryFor(prior.get(key), map.get(key), who, at);
    if (entry) map.set(historyKey(key), appendEntry(prior.get(historyKey(key)), entry));
  }
}

/** How the records' key is derived from the passphrase; undefined when no passphrase is set. */
export async function readKeyInfo(): Promise<KeyInfo | undefined> {
  const doc = await recordsDb()
    .get(ENCRYPTION_KEY)
    .catch(() => undefined);
  return doc && !doc._deleted ? (doc.v as KeyInfo) : undefined;
}

/**
 * Every record opened with its current key (none: in clear) and written again sealed with `next` (or
 * in clear when `next` is undefined), with the new key's `meta:encryption`, in one `bulkDocs`: one
 * transaction, so an interrupted change of passphrase leaves every record under the old key.
 * The caller holds the write lock and, when a passphrase was set, the key (the records unlocked).
 */
export async function rekeyAll(next: { key: CryptoKey; info: KeyInfo } | undefined): Promise<void> {
  const { rows } = await recordsDb().allDocs({ include_docs: true });
  const docs = rows.map((row) => row.doc!).filter((doc) => doc._id !== ENCRYPTION_KEY);
  const values = await openDocs(docs);
  const out: StoredDoc[] = await Promise.all(
    docs.map(async (doc, i) => {
      const body =
        next && !isBookkeeping(doc._id) ? await seal(next.key, doc._id, values[i]) : { v: values[i] };
      return { _id: doc._id, _rev: doc._rev!, ...body };
    }),
  );
  const meta = rows.find((row) => row.id === ENCRYPTION_KEY);
  const rev = meta ? { _rev: meta.value.rev } : {};
  out.push(
    next ? { _id: ENCRYPTION_KEY, ...rev, v: next.info } : { _id: ENCRYPTION_KEY, ...rev, _deleted: true },
  );
  try {
    const results = await recordsDb().bulkDocs(out);
    const failed = results.find((r) => 'error' in r && r.error);
    if (failed) throw new Error(`${(failed as { message?: string }).message ?? 'write refused'}`);
  } catch (error) {
    throw new StoreError(describeWriteFailure(error), [], { cause: error });
  }
}

export async function removeEntries(keys: readonly string[]): Promise<void> {
  await writeEntries(new Map(), keys);
}

function withRev(doc: StoredDoc, rev: string | undefined): StoredDoc {
  return rev ? { ...doc, _rev: rev } : doc;
}

/** Every stored record by key (a backup, a CSV export, a restore: rare and whole-store by nature). */
export async function readAllEntries(): Promise<Map<string, unknown>> {
  const { rows } = await recordsDb().allDocs({ include_docs: true });
  const docs = rows.map((row) => row.doc).filter((doc) => doc && !doc._deleted && doc._id !== ENCRYPTION_KEY);
  const values = await openDocs(docs);
  return new Map(docs.map((doc, i) => [doc!._id, values[i]]));
}

/** Every stored key (without reading the records). */
export async function readAllKeys(): Promise<string[]> {
  const { rows } = await recordsDb().allDocs();
  return rows.map((row) => row.id);
}
