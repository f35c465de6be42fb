import { recordsDb, type StoredDoc } from './db';
import { describeWriteFailure, StoreError } from './errors';
import { announceChange } from './watch';

/**
 * The only place that reads and writes the records' database (db.ts). A record is stored as one
 * document `{ _id: <key>, v: <value> }` whose id is the layout's key (`client:abc`, `idx:day:2026-11-02`,
 * keys.ts). Callers see plain values by key, as they did on `storage.local`; the revisions stay here.
 */

/** The stored values of these keys (null where a key holds nothing), in one read. */
export async function readEntries(keys: readonly string[]): Promise<Map<string, unknown>> {
  const result = new Map<string, unknown>();
  if (keys.length === 0) return result;
  const unique = [...new Set(keys)];
  const { rows } = await recordsDb().allDocs({ keys: unique, include_docs: true });
  rows.forEach((row, i) => {
    const doc = row.error ? undefined : row.doc;
    result.set(unique[i]!, doc && !doc._deleted ? (doc.v ?? null) : null);
  });
  return result;
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
): Promise<void> {
  const map = entries instanceof Map ? entries : new Map(Object.entries(entries));
  const gone = remove.filter((key) => !map.has(key));
  if (map.size === 0 && gone.length === 0) return;
  try {
    const revs = await currentRevs([...map.keys(), ...gone]);
    const docs: StoredDoc[] = [];
    for (const [key, value] of map) docs.push(withRev({ _id: key, v: value }, revs.get(key)));
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

export async function removeEntries(keys: readonly string[]): Promise<void> {
  await writeEntries(new Map(), keys);
}

function withRev(doc: StoredDoc, rev: string | undefined): StoredDoc {
  return rev ? { ...doc, _rev: rev } : doc;
}

/** Every stored record by key (a backup, a CSV export, a restore: rare and whole-store by nature). */
export async function readAllEntries(): Promise<Map<string, unknown>> {
  const { rows } = await recordsDb().allDocs({ include_docs: true });
  const result = new Map<string, unknown>();
  for (const row of rows) if (row.doc && !row.doc._deleted) result.set(row.id, row.doc.v ?? null);
  return result;
}

/** Every stored key (without reading the records). */
export async function readAllKeys(): Promise<string[]> {
  const { rows } = await recordsDb().allDocs();
  return rows.map((row) => row.id);
}
