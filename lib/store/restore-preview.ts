import type { BackupDoc } from './backup';
import { listClientSummaries } from './clients';
import { readAllKeys } from './io';
import { SESSION_PREFIX } from './keys';
import { displayName } from './summary';

/** How one kind of record changes if the backup is restored. */
export type KindChange = {
  /** Records of this kind in the backup. */
  inBackup: number;
  /** Of those, how many replace a record of the same id here. */
  replacing: number;
  /** Of those, how many are not here yet. */
  added: number;
  /** Records here that the backup does not hold: a restore removes them. */
  onlyHere: number;
};

export type RestorePreview = {
  clients: KindChange;
  sessions: KindChange;
  /** The names of the clients only on this computer (sorted as the client list is), at most `NAMES_SHOWN`. */
  clientsOnlyHere: string[];
  /** Whether this computer holds any record at all (a new computer's first restore asks less). */
  empty: boolean;
};

/** The names listed of the clients a restore would remove; the rest are counted. */
export const NAMES_SHOWN = 8;

/**
 * What a restore of `doc` would change here, read before asking (DESIGN.md "Backups": the options page
 * shows what will change, counts per kind and the records only on this computer). Reads the client
 * list and the stored keys only, never every record, so it is quick on a large store; locked records
 * throw a RecordsLockedError (the client list is sealed).
 */
export async function previewRestore(doc: Pick<BackupDoc, 'clients' | 'sessions'>): Promise<RestorePreview> {
  const [summaries, keys] = await Promise.all([listClientSummaries(), readAllKeys()]);
  const hereSessions = new Set(
    keys.filter((k) => k.startsWith(SESSION_PREFIX)).map((k) => k.slice(SESSION_PREFIX.length)),
  );
  const backupClients = new Set(doc.clients.map((c) => c.id));
  const backupSessions = new Set(doc.sessions.map((s) => s.id));
  const hereClients = new Set(summaries.map((c) => c.id));
  const onlyHere = summaries.filter((c) => !backupClients.has(c.id));
  return {
    clients: change(backupClients, hereClients),
    sessions: change(backupSessions, hereSessions),
    clientsOnlyHere: onlyHere.slice(0, NAMES_SHOWN).map(displayName),
    empty: hereClients.size === 0 && hereSessions.size === 0,
  };
}

function change(backup: ReadonlySet<string>, here: ReadonlySet<string>): KindChange {
  let replacing = 0;
  for (const id of backup) if (here.has(id)) replacing++;
  let onlyHere = 0;
  for (const id of here) if (!backup.has(id)) onlyHere++;
  return { inBackup: backup.size, replacing, added: backup.size - replacing, onlyHere };
}
