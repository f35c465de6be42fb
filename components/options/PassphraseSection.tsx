import { useEffect, useState } from 'preact/hooks';
import {
  getSettings,
  lock,
  lockState,
  MIN_PASSPHRASE_LENGTH,
  setPassphrase,
  updateSettings,
  watchKey,
  type LockState,
} from '../../lib/store';
import { StatusAlert, type StatusMessage } from './StatusAlert';

/**
 * Setting or changing the practice passphrase (DESIGN.md "Locking and encryption"): the records are
 * then stored encrypted and lock after `lockAfterMinutes` without use and when the browser restarts.
 * The warning that a lost passphrase cannot be recovered comes before the button, with the advice to
 * export a backup first.
 */
export function PassphraseSection() {
  const [state, setState] = useState<LockState | undefined>();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [minutes, setMinutes] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | undefined>();
  useEffect(() => {
    const check = () => void lockState().then(setState);
    check();
    void getSettings().then(
      (s) => setMinutes(s.lockAfterMinutes),
      () => undefined,
    );
    return watchKey(check);
  }, []);
  if (!state) return <p class="muted">Loading…</p>;
  if (state === 'locked')
    return <p>The records are locked: open the extension’s popup and type the passphrase first.</p>;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (first !== second) return setMessage({ tone: 'error', text: 'The two passphrases differ.' });
    setBusy(true);
    try {
      await setPassphrase(first);
      setFirst('');
      setSecond('');
      setMessage({
        tone: 'ok',
        text: state === 'open' ? 'The records are now stored encrypted.' : 'The passphrase was changed.',
      });
      setState('unlocked');
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const saveMinutes = async (value: number) => {
    if (!Number.isInteger(value) || value < 1 || value > 1440) return;
    setMinutes(value);
    await updateSettings({ lockAfterMinutes: value }).catch(() => undefined);
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="passphrase-form">
      <p>
        {state === 'open'
          ? 'The records are stored on this computer without a passphrase: anyone who can open this browser profile can read them.'
          : 'The records are stored encrypted with the practice passphrase.'}
      </p>
      <p class="alert alert-error">
        A lost passphrase cannot be recovered, by you or by anyone: the records could then only come back from
        a backup. Export a backup before setting or changing it, and keep the passphrase somewhere safe.
      </p>
      <div class="fields">
        <div class="field field-m">
          <label for="passphrase-new">{state === 'open' ? 'Passphrase' : 'New passphrase'}</label>
          <input
            id="passphrase-new"
            type="password"
            autocomplete="new-password"
            data-passphrase="new"
            minLength={MIN_PASSPHRASE_LENGTH}
            value={first}
            onInput={(e) => setFirst(e.currentTarget.value)}
          />
        </div>
        <div class="field field-m">
          <label for="passphrase-again">The same again</label>
          <input
            id="passphrase-again"
            type="password"
            autocomplete="new-password"
            data-passphrase="again"
            value={second}
            onInput={(e) => setSecond(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="btn-row">
        <button type="submit" class="btn btn-primary" data-action="set-passphrase" disabled={busy || !first}>
          {busy
            ? 'Encrypting the records…'
            : state === 'open'
              ? 'Set the passphrase'
              : 'Change the passphrase'}
        </button>
        {state === 'unlocked' && (
          <button type="button" class="btn" data-action="lock" onClick={() => void lock()}>
            Lock now
          </button>
        )}
      </div>
      {minutes !== undefined && (
        <div class="field field-s">
          <label for="lock-after">Lock after (minutes without use)</label>
          <input
            id="lock-after"
            type="number"
            min={1}
            max={1440}
            value={minutes}
            onChange={(e) => void saveMinutes(Number(e.currentTarget.value))}
          />
        </div>
      )}
      {message && <StatusAlert message={message} testId="passphrase-status" />}
    </form>
  );
}
