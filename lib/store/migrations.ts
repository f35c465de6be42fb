import { storage } from 'wxt/utils/storage';
import { readEntries, writeEntries } from './io';
import { isRecordKey, local, PRACTICE_KEY, SETTINGS_KEY } from './keys';

/**
 * The store's migrations, in order. Each brings the database from version `to - 1` to `to`; ready.ts
 * runs the ones a database has not had yet, under the write lock, and records the version reached. A
 * migration must be safe to run again after an interruption (the worker stopped half way): the version
 * is written only after it finished.
 *
 * There has been one so far. Builds before the database kept the records in `browser.storage.local`,
 * one key per record with the same keys (keys.ts) and values as now.
 */
export type Migration = { to: number; what: string; run: () => Promise<void> };

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    what: 'the records kept in the browser’s extension storage by earlier builds',
    run: moveLocalRecordsIntoDb,
  },
];

/** The version a database is at once every migration here has run. */
export const STORE_VERSION = MIGRATIONS.at(-1)!.to;

/** What the earlier builds kept in `storage.local` besides the records: WXT's version metadata. */
const LOCAL_EXTRAS = ['practice$', 'settings$'];

/**
 * Copies every record key of `storage.local` into the database (never over a record the database
 * already holds: another page may have moved it, or the practice edited it since), in one write, then
 * removes them from `storage.local` so no copy stays outside the database (nor, later, unencrypted).
 */
export async function moveLocalRecordsIntoDb(): Promise<void> {
  const all = await storage.snapshot('local');
  const keys = Object.keys(all).filter(
    (key) => key === PRACTICE_KEY || key === SETTINGS_KEY || isRecordKey(key),
  );
  if (keys.length === 0) return;
  const existing = await readEntries(keys);
  const copy = new Map<string, unknown>();
  for (const key of keys) if (existing.get(key) == null && all[key] != null) copy.set(key, all[key]);
  await writeEntries(copy, [], { history: false });
  await storage.removeItems([...keys, ...LOCAL_EXTRAS.filter((k) => k in all)].map(local));
}
