import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordsDb, useFreshDbForTests } from '../db';
import { readEntries, writeEntries } from '../io';
import { resetReadyForTests } from '../ready';
import { forgetUnreadableForTests } from '../stored';

/**
 * A fresh, empty fake `browser.storage`, a new empty records database (fake-indexeddb, see
 * test/setup.ts) and a page that has not run its migrations yet.
 */
export function resetStore(): void {
  fakeBrowser.reset();
  resetStore.keepingStorage();
}
/** The same, keeping what the fake `storage.local` holds (an earlier build's records, say). */
resetStore.keepingStorage = (): void => {
  useFreshDbForTests();
  resetReadyForTests();
  forgetUnreadableForTests();
};

/**
 * Everything stored, for "nothing changed" assertions: the fake `local` area's keys, and each record
 * of the database by key with its revision (a rewrite of the same value is a change too).
 */
export async function storedSnapshot(): Promise<Record<string, unknown>> {
  const local = structuredClone(await fakeBrowser.storage.local.get(null));
  const { rows } = await recordsDb().allDocs({ include_docs: true });
  const records: Record<string, unknown> = {};
  // `meta:version` is the database's bookkeeping (which migrations it had), not a record.
  for (const row of rows)
    if (!row.id.startsWith('meta:')) records[row.id] = { rev: row.value.rev, v: row.doc?.v };
  return { ...local, ...records };
}

/** One stored value as it is in the database (null when absent), bypassing validation. */
export async function storedValue(key: string): Promise<unknown> {
  return (await readEntries([key])).get(key) ?? null;
}

/** Stores raw values as they are (what another build or a bug might have written). */
export async function storeRaw(entries: Record<string, unknown> | Map<string, unknown>): Promise<void> {
  await writeEntries(entries);
}
