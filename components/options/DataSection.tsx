import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BackupError,
  backupFileName,
  checkBackupSize,
  exportBackup,
  parseBackup,
  restoreBackup,
  summarizeBackup,
  type BackupDoc,
} from '../../lib/store/backup';
import { exportSessionsCsv } from '../../lib/store/csv';
import { listClientSummaries } from '../../lib/store';
import { localToday } from '../../lib/dates';

/** Saves text as a file through a download link (nothing leaves the computer). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Pending = { doc: BackupDoc; fileName: string; currentClients: number };
type Message = { tone: 'ok' | 'error'; text: string; problems?: string[] };

/**
 * Backups and exports: download a backup, restore one (checked first: a wrong or damaged file is
 * refused with the reason and nothing changes; a good one is described and the page asks before it
 * replaces the records), and the sessions as CSV for the accountant.
 */
export function DataSection() {
  const [pending, setPending] = useState<Pending | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  // The question appears next to the file input: take the keyboard there so it is read and answered.
  useEffect(() => {
    if (pending) replaceButton.current?.focus();
  }, [pending]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: error instanceof Error ? error.message : String(error),
        ...(error instanceof BackupError && error.problems.length > 1
          ? { problems: error.problems.slice(1) }
          : {}),
      });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const doc = await exportBackup();
      download(JSON.stringify(doc, null, 2), backupFileName(doc), 'application/json');
      setMessage({
        tone: 'ok',
        text: `Backup saved: ${doc.clients.length} clients, ${doc.sessions.length} sessions.`,
      });
    });

  const exportCsv = () =>
    run(async () => {
      // The byte-order mark lets spreadsheet programs read names with accents correctly.
      download(`\uFEFF${await exportSessionsCsv()}`, `sessions-${localToday()}.csv`, 'text/csv');
      setMessage({ tone: 'ok', text: 'Sessions exported as CSV.' });
    });

  const choose = (file: File | undefined) => {
    if (!file) return;
    setPending(undefined);
    void run(async () => {
      checkBackupSize(file.size);
      const doc = parseBackup(await file.text());
      const currentClients = (await listClientSummaries()).length;
      setPending({ doc, fileName: file.name, currentClients });
    }).finally(() => {
      if (fileInput.current) fileInput.current.value = '';
    });
  };

  const confirmRestore = () =>
    run(async () => {
      if (!pending) return;
      await restoreBackup(pending.doc);
      const s = summarizeBackup(pending.doc);
      setPending(undefined);
      setMessage({ tone: 'ok', text: `Backup restored: ${s.clients} clients and ${s.sessions} sessions.` });
    });

  const summary = pending ? summarizeBackup(pending.doc) : undefined;

  return (
    <div class="data-section">
      <div class="data-row">
        <div>
          <h3>Back up everything</h3>
          <p class="muted small">
            The practice profile, billing rules, clients and sessions, in one JSON file.
          </p>
        </div>
        <button type="button" class="btn btn-primary" onClick={exportJson} disabled={busy}>
          Download a backup
        </button>
      </div>
      <div class="data-row">
        <div>
          <h3>
            <label for="backup-file">Restore a backup</label>
          </h3>
          <p class="muted small" id="backup-file-hint">
            The file is checked first; you will be asked before anything is replaced.
          </p>
        </div>
        <input
          ref={fileInput}
          id="backup-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="backup-file-hint"
          disabled={busy}
          onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
      {pending && summary ? (
        <div
          class="alert alert-warn confirm-restore"
          role="alertdialog"
          aria-labelledby="restore-title"
          aria-describedby="restore-text"
        >
          <h3 id="restore-title">Replace your records with this backup?</h3>
          <p id="restore-text">
            {pending.fileName}
            {summary.practice ? ` (${summary.practice})` : ''}, exported{' '}
            {summary.exportedAt.slice(0, 16).replace('T', ' ') || 'at an unknown time'}, holds{' '}
            {summary.clients} client{summary.clients === 1 ? '' : 's'} and {summary.sessions} session
            {summary.sessions === 1 ? '' : 's'}. Restoring replaces your {pending.currentClients} client
            {pending.currentClients === 1 ? '' : 's'}, their sessions, the practice profile and the billing
            rules. Download a backup of what you have now first if you may need it.
          </p>
          <div class="btn-row">
            <button
              ref={replaceButton}
              type="button"
              class="btn btn-primary"
              onClick={confirmRestore}
              disabled={busy}
            >
              Replace my records
            </button>
            <button type="button" class="btn" onClick={() => setPending(undefined)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div class="data-row">
        <div>
          <h3>Sessions for the accountant</h3>
          <p class="muted small">
            One row per session: date, client, payer, codes, charges, payments, balance.
          </p>
        </div>
        <button type="button" class="btn" onClick={exportCsv} disabled={busy}>
          Export sessions as CSV
        </button>
      </div>
      <div role="status" aria-live="polite" class="data-status">
        {message ? (
          <div
            class={`alert ${message.tone === 'ok' ? 'alert-ok' : 'alert-error'}`}
            data-testid="data-message"
          >
            <p>{message.text}</p>
            {message.problems?.length ? (
              <ul class="problems">
                {message.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
            {message.tone === 'error' ? <p class="small">Nothing was changed.</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
