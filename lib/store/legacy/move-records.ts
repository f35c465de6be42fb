import type { Client, Session } from '../../model';
import { readEntries } from '../io';
import { LAYOUT_VERSION, LEGACY_CLIENTS_KEY, metaKey } from '../keys';
import type { LegacyMarker } from '../layout';
import { withWriteLock } from '../lock';
import { mergeRecordsIntoStore } from '../write-many';
import { convertV1Clients } from './v1';

/**
 * WXT migration 2 of `local:clients`: converts the v1 array and writes each client and session to its
 * own key (one `set` call, indexes included), then returns the marker WXT stores in place of the array.
 * Under the write lock, and it re-checks the version inside it: when another page already moved the
 * records, it returns what is there. Records that already have a key are never overwritten.
 * If conversion or the write fails it throws, and WXT leaves the v1 array untouched.
 */
export async function moveLegacyClientsToRecords(v1: unknown): Promise<unknown> {
  return withWriteLock(async () => {
    const stored = await readEntries([LEGACY_CLIENTS_KEY, metaKey(LEGACY_CLIENTS_KEY)]);
    const meta = stored.get(metaKey(LEGACY_CLIENTS_KEY)) as { v?: number } | null;
    if (meta?.v === LAYOUT_VERSION) return stored.get(LEGACY_CLIENTS_KEY);
    if (!Array.isArray(v1)) throw new Error('The records of the earlier version are not a list of clients.');
    const { clients, sessions } = convertV1Clients(v1);
    await mergeRecordsIntoStore(clients, sessions);
    return markerFor(clients, sessions);
  });
}

function markerFor(clients: Client[], sessions: Session[]): LegacyMarker {
  return {
    movedToRecords: true,
    on: new Date().toISOString(),
    clients: clients.length,
    sessions: sessions.length,
  };
}
