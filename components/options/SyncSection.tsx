import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncMessage, SyncReply } from '../../lib/messages/sync';
import {
  getSyncConfig,
  getSyncStatus,
  originPattern,
  watchSyncStatus,
  type SyncConfig,
  type SyncStatus,
} from '../../lib/sync/config';
import { FormStatus, TextField } from '../shared/Field';
import { statusText } from '../../lib/sync/status-text';

const send = (message: SyncMessage) => browser.runtime.sendMessage(message) as Promise<SyncReply>;

/**
 * Sync across the practice's computers through its own CouchDB server (DESIGN.md "Sync"; README
 * "Sync" says how to start one). Off by default. Turning it on asks the browser for that one server's
 * origin, checks the server and the practice passphrase (the one every computer shares), and copies
 * everything both ways; the status line follows the background's sync.
 */
export function SyncSection() {
  const [config, setConfig] = useState<SyncConfig | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const [result, setResult] = useState<{ error?: string; saved?: string }>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void getSyncConfig().then((c) =>
      setConfig(c ?? { url: '', database: 'massage-billing', username: '', password: '', enabled: false }),
    );
    void getSyncStatus().then(setStatus);
    return watchSyncStatus(setStatus);
  }, []);
  if (!config) return <p class="muted">Loading…</p>;
  const set = (key: keyof SyncConfig) => (value: string) => setConfig({ ...config, [key]: value });
  const pattern = originPattern(config.url);

  /** The browser's permission for the server's origin: asked first in the click, as browsers require. */
  const withPermission = (work: () => Promise<SyncReply>, done: string) => {
    if (!pattern) {
      setResult({ error: 'The server address is not a web address: it starts with https:// (or http://).' });
      return;
    }
    setBusy(true);
    setResult({});
    void browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted)
          return {
            ok: false as const,
            problem: `Access to ${new URL(config.url).host} was not allowed. Nothing changed.`,
          };
        return work();
      })
      .then(
        async (reply) => {
          setResult(reply.ok ? { saved: done } : { error: reply.problem });
          const stored = await getSyncConfig();
          if (stored) setConfig(stored);
        },
        (error: unknown) => setResult({ error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(false));
  };
  const test = () =>
    withPermission(
      () => send({ type: 'sync-test', config }),
      'The server answers, and the database is there.',
    );
  const turnOn = (e: Event) => {
    e.preventDefault();
    withPermission(
      () => send({ type: 'sync-start', config, passphrase }).finally(() => setPassphrase('')),
      'Sync is on: this computer and the server hold the same records now.',
    );
  };
  const turnOff = () => {
    setBusy(true);
    void send({ type: 'sync-stop' })
      .then(() => setConfig({ ...config, enabled: false }))
      .finally(() => setBusy(false));
  };

  return (
    <form class="form" onSubmit={turnOn} aria-label="Sync" data-sync>
      <p class="sync-status" role="status" data-sync-state={status?.state ?? 'off'}>
        {status ? statusText(status) : ''}
      </p>
      <TextField
        label="Server address"
        value={config.url}
        onValue={set('url')}
        placeholder="https://couch.example.org"
        hint="Your practice's CouchDB (or Cloudant, or pouchdb-server). README, “Sync”, shows how to start one."
        size="l"
      />
      <TextField label="Database" value={config.database} onValue={set('database')} size="m" />
      <TextField
        label="User name"
        value={config.username}
        onValue={set('username')}
        autoComplete="off"
        size="m"
      />
      <div class="field field-m">
        <label for="sync-password">Password</label>
        <input
          id="sync-password"
          type="password"
          autocomplete="off"
          value={config.password}
          onInput={(e) => set('password')(e.currentTarget.value)}
        />
      </div>
      <div class="field field-l">
        <label for="sync-passphrase">Practice passphrase</label>
        <input
          id="sync-passphrase"
          type="password"
          autocomplete="off"
          value={passphrase}
          aria-describedby="sync-passphrase-hint"
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <p class="field-hint" id="sync-passphrase-hint">
          The same on every computer of the practice: the server only ever holds records encrypted with it. On
          the first computer it becomes the practice passphrase.
        </p>
      </div>
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || !passphrase}>
          {config.enabled ? 'Sync again with these settings' : 'Turn on sync'}
        </button>
        <button type="button" class="btn" onClick={test} disabled={busy}>
          Test connection
        </button>
        {config.enabled ? (
          <button type="button" class="btn" onClick={turnOff} disabled={busy}>
            Turn off sync
          </button>
        ) : null}
      </div>
      <FormStatus {...result} />
    </form>
  );
}
