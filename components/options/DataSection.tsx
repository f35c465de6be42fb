import { useEffect, useState } from 'preact/hooks';
import { exportSessionsCsv } from '../../lib/store/csv';
import { lockState, watchKey, watchRecords, type LockState } from '../../lib/store';
import { localToday } from '../../lib/dates';
import { BackupExport } from './data/BackupExport';
import { BackupRestore } from './data/BackupRestore';
import { download, messageOf, type Message } from './data/messages';

/**
 * Backups and exports: download a backup (encrypted when a passphrase is set), restore one (checked,
 * then what changes is shown and the page asks), and the sessions as CSV for the accountant. One status
 * line for all three says what happened, or why nothing changed.
 */
export function DataSection() {
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const [records, setRecords] = useState<LockState | undefined>();
  useEffect(() => {
    const read = () => void lockState().then(setRecords, () => setRecords(undefined));
    read();
    // A passphrase set or changed on this page, or a lock or unlock in the popup.
    const stopKey = watchKey(read);
    const stopRecords = watchRecords(read);
    return () => {
      stopKey();
      stopRecords();
    };
  }, []);

  const run = async (work: () => Promise<Message | void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const done = await work();
      if (done) setMessage(done);
    } catch (error) {
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () =>
    run(async () => {
      // The byte-order mark lets spreadsheet programs read names with accents correctly.
      download(`\uFEFF${await exportSessionsCsv()}`, `sessions-${localToday()}.csv`, 'text/csv');
      return { tone: 'ok', text: 'Sessions exported as CSV.' };
    });

  return (
    <div class="data-section">
      <BackupExport lockState={records} busy={busy} run={run} />
      <BackupRestore lockState={records} busy={busy} run={run} />
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
