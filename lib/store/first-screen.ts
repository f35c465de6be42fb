import { readEntries } from './io';
import { ALL_CLIENT_SHARD_KEYS, dayIndexKey } from './keys';
import { VERSION_CHECK_KEYS } from './ready';
import type { PopupStart } from './records';

/**
 * The popup's first screen in one storage round trip: the client list, today's list, the practice,
 * the settings and the version check in one `get`. This module needs no zod: the page asks the
 * browser for the entries and loads the validating code (records.ts, the model, zod) at the same
 * time, so neither waits for the other.
 */
export async function loadPopupStart(today: string): Promise<PopupStart> {
  const [first, records] = await Promise.all([
    readEntries([...ALL_CLIENT_SHARD_KEYS, dayIndexKey(today), ...VERSION_CHECK_KEYS]),
    import('./records'),
  ]);
  return records.firstScreenFrom(first, today);
}

export type { PopupStart };
