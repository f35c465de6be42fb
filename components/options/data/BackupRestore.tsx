import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkBackupSize,
  parseBackup,
  restoreBackup,
  summarizeBackup,
  type BackupDoc,
  type RestoreProgress,
} from '../../../lib/store/backup';
import {
  openSealedBackup,
  opensWithoutPassphrase,
  readSealedBackup,
  type SealedBackup,
} from '../../../lib/store/sealed-backup';
import { previewRestore, type KindChange, type RestorePreview } from '../../../lib/store/restore-preview';
import { setPassphrase, type LockState } from '../../../lib/store';
import { plural, type DataPartProps } from './messages';

type Pending = {
  doc: BackupDoc;
  fileName: string;
  preview: RestorePreview;
  /** The passphrase typed to open an encrypted backup: it becomes this computer's if it has none. */
  passphrase?: string;
};
type Asking = { sealed: SealedBackup; fileName: string };

const STEP_TEXT: Record<RestoreProgress['step'], string> = {
  checking: 'Checking the backup…',
  preparing: 'Preparing the records…',
  writing: 'Writing the records (all at once: an interruption leaves your records as they were)…',
  done: 'Done.',
};

/**
 * "Restore a backup": the file is checked first (a wrong or damaged file is refused with the reason and
 * nothing changes); an encrypted one asks for its passphrase unless this computer already holds its key;
 * then the page shows what the restore would change, per kind (new, replacing, only on this computer and
 * removed, naming those clients) and asks. The restore is one transaction, with its steps shown.
 */
export function BackupRestore({ lockState, busy, run }: DataPartProps) {
  const [pending, setPending] = useState<Pending | undefined>();
  const [asking, setAsking] = useState<Asking | undefined>();
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<RestoreProgress | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  // Each question appears next to the file input: take the keyboard there so it is read and answered.
  useEffect(() => {
    if (pending) replaceButton.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (asking) passphraseInput.current?.focus();
  }, [asking]);

  const ask = async (doc: BackupDoc, fileName: string, passphrase?: string) =>
    setPending({ doc, fileName, preview: await previewRestore(doc), ...(passphrase ? { passphrase } : {}) });

  const choose = (file: File | undefined) => {
    if (!file) return;
    setPending(undefined);
    setAsking(undefined);
    void run(async () => {
      checkBackupSize(file.size);
      const text = await file.text();
      const sealed = readSealedBackup(text);
      if (!sealed) return ask(parseBackup(text), file.name);
      if (await opensWithoutPassphrase(sealed)) return ask(await openSealedBackup(sealed), file.name);
      setTyped('');
      setAsking({ sealed, fileName: file.name });
    }).finally(() => {
      if (fileInput.current) fileInput.current.value = '';
    });
  };

  const openWithPassphrase = (event: Event) => {
    event.preventDefault();
    if (!asking) return;
    void run(async () => {
      const doc = await openSealedBackup(asking.sealed, typed);
      setAsking(undefined);
      setTyped('');
      await ask(doc, asking.fileName, typed);
    });
  };

  const confirmRestore = () =>
    run(async () => {
      if (!pending) return;
      try {
        // An encrypted backup restored onto a computer without a passphrase: the records are sealed
        // with the backup's passphrase before they are written, never stored in clear on the way.
        if (pending.passphrase && lockState === 'open') await setPassphrase(pending.passphrase);
        await restoreBackup(pending.doc, setProgress);
      } finally {
        setProgress(undefined);
      }
      const s = summarizeBackup(pending.doc);
      setPending(undefined);
      return {
        tone: 'ok',
        text: `Backup restored: ${plural(s.clients, 'client')} and ${plural(s.sessions, 'session')}.`,
      };
    });

  return (
    <>
      <div class="data-row">
        <div>
          <h3>
            <label for="backup-file">Restore a backup</label>
          </h3>
          <p class="muted small" id="backup-file-hint">
            The file is checked first; you will see what changes and be asked before anything is replaced.
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
      {asking ? (
        <form class="alert alert-warn confirm-restore" onSubmit={openWithPassphrase} data-backup-passphrase>
          <h3>{asking.fileName} is encrypted</h3>
          <label class="field">
            <span>The practice passphrase on the day of the backup</span>
            <input
              ref={passphraseInput}
              type="password"
              autocomplete="off"
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </label>
          <div class="btn-row">
            <button type="submit" class="btn btn-primary" disabled={busy || !typed}>
              Open the backup
            </button>
            <button type="button" class="btn" onClick={() => setAsking(undefined)} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {pending ? (
        <RestoreQuestion
          pending={pending}
          lockState={lockState}
          busy={busy}
          replaceButton={replaceButton}
          onReplace={confirmRestore}
          onCancel={() => setPending(undefined)}
        />
      ) : null}
      {progress ? (
        <div class="restore-progress" role="status">
          <progress
            max={4}
            value={['checking', 'preparing', 'writing', 'done'].indexOf(progress.step) + 1}
            aria-label="Restore progress"
          />
          <span class="small">
            {STEP_TEXT[progress.step]} {plural(progress.of, 'record')}
          </span>
        </div>
      ) : null}
    </>
  );
}

function RestoreQuestion({
  pending,
  lockState,
  busy,
  replaceButton,
  onReplace,
  onCancel,
}: {
  pending: Pending;
  lockState: LockState | undefined;
  busy: boolean;
  replaceButton: RefObject<HTMLButtonElement | null>;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const summary = summarizeBackup(pending.doc);
  const { preview } = pending;
  const removed = preview.clients.onlyHere;
  const unnamed = removed - preview.clientsOnlyHere.length;
  return (
    <div
      class="alert alert-warn confirm-restore"
      role="alertdialog"
      aria-labelledby="restore-title"
      aria-describedby="restore-text"
    >
      <h3 id="restore-title">
        {preview.empty ? 'Restore this backup?' : 'Replace your records with this backup?'}
      </h3>
      <p id="restore-text">
        {pending.fileName}
        {summary.practice ? ` (${summary.practice})` : ''}, exported{' '}
        {summary.exportedAt.slice(0, 16).replace('T', ' ') || 'at an unknown time'}, holds{' '}
        {plural(summary.clients, 'client')} and {plural(summary.sessions, 'session')}.{' '}
        {preview.empty
          ? 'This computer holds no records yet, so nothing is replaced.'
          : 'The practice profile and the billing rules are replaced too.'}
      </p>
      {preview.empty ? null : (
        <table class="restore-preview" data-restore-preview>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">In the backup</th>
              <th scope="col">New here</th>
              <th scope="col">Replace yours</th>
              <th scope="col">Only on this computer: removed</th>
            </tr>
          </thead>
          <tbody>
            <PreviewRow kind="Clients" change={preview.clients} />
            <PreviewRow kind="Sessions" change={preview.sessions} />
          </tbody>
        </table>
      )}
      {removed > 0 ? (
        <p data-only-here>
          <strong>Removed, since the backup does not have them:</strong> {preview.clientsOnlyHere.join('; ')}
          {unnamed > 0 ? ` and ${plural(unnamed, 'more client')}` : ''}. Download a backup of what you have
          now first if you may need them.
        </p>
      ) : preview.sessions.onlyHere > 0 ? (
        <p data-only-here>
          <strong>{plural(preview.sessions.onlyHere, 'session')}</strong> saved here after the backup was made
          would be removed. Download a backup of what you have now first if you may need them.
        </p>
      ) : null}
      {pending.passphrase && lockState === 'open' ? (
        <p class="small">
          The records on this computer will be encrypted with this backup’s passphrase, as on the computer it
          came from.
        </p>
      ) : null}
      <div class="btn-row">
        <button ref={replaceButton} type="button" class="btn btn-primary" onClick={onReplace} disabled={busy}>
          {preview.empty ? 'Restore' : 'Replace my records'}
        </button>
        <button type="button" class="btn" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function PreviewRow({ kind, change }: { kind: string; change: KindChange }) {
  return (
    <tr>
      <th scope="row">{kind}</th>
      <td>{change.inBackup.toLocaleString('en-US')}</td>
      <td>{change.added.toLocaleString('en-US')}</td>
      <td>{change.replacing.toLocaleString('en-US')}</td>
      <td class={change.onlyHere ? 'removed' : undefined}>{change.onlyHere.toLocaleString('en-US')}</td>
    </tr>
  );
}
