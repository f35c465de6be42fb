import type { Client, Session } from '../../lib/model';
import { restoreBackup } from '../../lib/store/backup';
import { samplePractice, sampleSettings } from '../../lib/store/testing/generate';

export { createClient, createSession, getClient, getClientSessions } from '../../lib/store';

/** Puts these records in the (fake) store the way a restore does. */
export async function importBackupForTest(clients: Client[], sessions: Session[]): Promise<void> {
  await restoreBackup({
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: '2026-11-26T12:00:00Z',
    practice: samplePractice(),
    settings: sampleSettings(),
    clients,
    sessions,
  });
}
