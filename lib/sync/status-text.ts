import type { SyncStatus } from './config';

/** The status line in words: synced, syncing N changes, offline since, or what is wrong. */
export function statusText(status: SyncStatus): string {
  const at = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : '');
  switch (status.state) {
    case 'off':
      return 'Sync is off: the records stay on this computer only, and nothing is sent anywhere.';
    case 'connecting':
      return 'Connecting to the server…';
    case 'syncing':
      return status.pending
        ? `Syncing: ${status.pending.toLocaleString('en-US')} changes to go.`
        : `Syncing… (${status.copied.toLocaleString('en-US')} copied)`;
    case 'synced':
      return `Synced${status.lastSyncedAt ? `, last at ${at(status.lastSyncedAt)}` : ''}. Changes on the other computers appear here within seconds.`;
    case 'offline':
      return `Offline since ${at(status.offlineSince)}: changes are kept here and sent when the server is back.${status.error ? ` (${status.error})` : ''}`;
    case 'error':
      return status.error ?? 'Sync stopped on an error.';
  }
}
