import { useState } from 'preact/hooks';
import { backupFileName, exportBackup } from '../../../lib/store/backup';
import { exportSealedBackup, sealedBackupFileName } from '../../../lib/store/sealed-backup';
import { download, plural, type DataPartProps } from './messages';

/**
 * "Back up everything". With a passphrase set, the backup is encrypted with it by default (the file is
 * as unreadable as the records on disk); one in clear text is still there for moving to another tool,
 * after a warning that says what anyone holding the file could read. Without a passphrase, the backup
 * is in clear and the section says how to encrypt it.
 */
export function BackupExport({ lockState, busy, run }: DataPartProps) {
  const [warnClear, setWarnClear] = useState(false);
  const sealed = lockState !== 'open';

  const exportClear = () =>
    run(async () => {
      setWarnClear(false);
      const doc = await exportBackup();
      download(JSON.stringify(doc, null, 2), backupFileName(doc), 'application/json');
      return {
        tone: 'ok',
        text: `Backup saved in clear text: ${plural(doc.clients.length, 'client')}, ${plural(doc.sessions.length, 'session')}.`,
      };
    });
  const exportSealed = () =>
    run(async () => {
      const doc = await exportSealedBackup();
      download(JSON.stringify(doc), sealedBackupFileName(doc), 'application/json');
      return {
        tone: 'ok',
        text: 'Encrypted backup saved. Restoring it needs the practice passphrase in force today.',
      };
    });

  return (
    <>
      <div class="data-row">
        <div>
          <h3>Back up everything</h3>
          <p class="muted small">
            The practice profile, billing rules, clients and sessions, in one file.{' '}
            {sealed
              ? 'Encrypted with the practice passphrase: only someone who knows it can open the file.'
              : 'Set a passphrase below and backups are encrypted with it.'}
          </p>
        </div>
        {sealed ? (
          <div class="btn-col">
            <button
              type="button"
              class="btn btn-primary"
              onClick={exportSealed}
              disabled={busy || lockState === 'locked'}
            >
              Download an encrypted backup
            </button>
            <button type="button" class="btn btn-link" onClick={() => setWarnClear(true)} disabled={busy}>
              Download in clear text…
            </button>
          </div>
        ) : (
          <button type="button" class="btn btn-primary" onClick={exportClear} disabled={busy || !lockState}>
            Download a backup
          </button>
        )}
      </div>
      {lockState === 'locked' ? (
        <p class="muted small">The records are locked: unlock them in the popup to download a backup.</p>
      ) : null}
      {warnClear ? (
        <div
          class="alert alert-warn confirm-restore"
          role="alertdialog"
          aria-labelledby="clear-backup-title"
          aria-describedby="clear-backup-text"
        >
          <h3 id="clear-backup-title">Download the records in clear text?</h3>
          <p id="clear-backup-text">
            Anyone who gets this file can read every client’s name, birth date, member ID, diagnoses and
            notes, without the passphrase. Keep it off shared folders, email and USB sticks that leave the
            practice; the encrypted backup is the one to keep.
          </p>
          <div class="btn-row">
            <button type="button" class="btn" onClick={exportClear} disabled={busy || lockState === 'locked'}>
              Download in clear text
            </button>
            <button type="button" class="btn btn-primary" onClick={() => setWarnClear(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
