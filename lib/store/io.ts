import { storage } from 'wxt/utils/storage';
import { describeWriteFailure, StoreError } from './errors';
import { local } from './keys';

/**
 * The only place that touches `browser.storage.local` for records, through WXT's storage. Keys here
 * are the area's raw keys (`client:abc`); WXT wants them with the area (`local:client:abc`).
 */

/** The stored values of these keys (null where a key holds nothing), in one `get` call. */
export async function readEntries(keys: readonly string[]): Promise<Map<string, unknown>> {
  const result = new Map<string, unknown>();
  if (keys.length === 0) return result;
  const values = await storage.getItems(keys.map(local));
  values.forEach(({ value }, i) => result.set(keys[i]!, value ?? null));
  return result;
}

/**
 * Writes every entry in one `set` call: the browser applies it whole or not at all, so a failure
 * (quota, a value it cannot store) leaves the store as it was. Throws a StoreError saying why.
 */
export async function writeEntries(entries: Record<string, unknown>): Promise<void> {
  const items = Object.entries(entries).map(([key, value]) => ({ key: local(key), value }));
  if (items.length === 0) return;
  try {
    await storage.setItems(items);
  } catch (error) {
    throw new StoreError(describeWriteFailure(error), [], { cause: error });
  }
}

export async function removeEntries(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await storage.removeItems(keys.map(local));
  } catch (error) {
    throw new StoreError(describeWriteFailure(error), [], { cause: error });
  }
}

/** Every entry of the `local` area (a backup, a CSV export, a restore: rare and whole-store by nature). */
export async function readAllEntries(): Promise<Record<string, unknown>> {
  return storage.snapshot('local');
}
