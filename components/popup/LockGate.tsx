import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  failedUnlocks,
  lockState,
  setCurrentPerson,
  staffNames,
  unlock,
  watchKey,
  type LockState,
} from '../../lib/store';
import './unlock.css';

/**
 * The popup behind the records' lock (DESIGN.md "Locking and encryption"): while a passphrase is set and
 * not typed this browser session, the unlock screen instead of the records. Another page locking (or the
 * auto-lock) brings the screen back at once. `children` is told whether the records were unlocked here
 * (then the reads the popup started before its first render failed, and it reads again).
 */
export function LockGate({ children }: { children: (unlockedHere: boolean) => ComponentChildren }) {
  const [state, setState] = useState<LockState | undefined>();
  const [unlockedHere, setUnlockedHere] = useState(false);
  // The staff names to choose from right after an unlock (empty: nobody is asked).
  const [asking, setAsking] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    const check = () =>
      void lockState().then(
        (s) => alive && setState(s),
        () => alive && setState('open'),
      );
    check();
    const stop = watchKey(check);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  if (state === undefined) return null;
  if (state === 'locked')
    return (
      <UnlockScreen
        onUnlocked={() => {
          setUnlockedHere(true);
          setState('unlocked');
          // Asked after, not before: the records' watch may show them first, and the popup must know
          // at once that they were unlocked here (its first reads failed while locked).
          void staffNames().then(setAsking, () => undefined);
        }}
      />
    );
  if (asking.length) return <WhoIsWorking staff={asking} onChosen={() => setAsking([])} />;
  return <>{children(unlockedHere)}</>;
}

function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [tries, setTries] = useState(0);
  useEffect(() => void failedUnlocks().then(setTries), []);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await unlock(passphrase);
      onUnlocked();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setTries(await failedUnlocks());
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  }
  return (
    <main class="unlock" aria-labelledby="unlock-heading">
      <h1 id="unlock-heading">The records are locked</h1>
      <p>Type the practice passphrase to open the clients and sessions on this computer.</p>
      <form class="unlock-form" onSubmit={(e) => void submit(e)}>
        <div class="field field-l">
          <label for="unlock-passphrase">Passphrase</label>
          <input
            id="unlock-passphrase"
            type="password"
            autocomplete="current-password"
            data-unlock="passphrase"
            value={passphrase}
            autofocus
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'unlock-problem' : undefined}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="btn btn-primary" data-action="unlock" disabled={busy || !passphrase}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      {problem && (
        <p role="alert" id="unlock-problem" class="field-error">
          {problem}
        </p>
      )}
      {!problem && tries > 0 && (
        <p class="field-hint">
          {tries} wrong {tries === 1 ? 'try' : 'tries'} since the last unlock.
        </p>
      )}
      <p class="field-hint">
        A lost passphrase cannot be recovered: the records can then only come back from a backup.
      </p>
    </main>
  );
}

/**
 * Right after an unlock, where this computer lists its staff: who is working, so each record's history
 * names the person (lib/store/history.ts). Kept in memory until the records lock again.
 */
function WhoIsWorking({ staff, onChosen }: { staff: string[]; onChosen: () => void }) {
  const choose = (person: string | undefined) => void setCurrentPerson(person).then(onChosen, onChosen);
  return (
    <main class="unlock" aria-labelledby="who-heading">
      <h1 id="who-heading">Who is working?</h1>
      <p>The history of each record you change will name you.</p>
      <div class="btn-col-left" data-staff-choice>
        {staff.map((name, i) => (
          <button key={name} type="button" class="btn" autofocus={i === 0} onClick={() => choose(name)}>
            {name}
          </button>
        ))}
        <button type="button" class="btn btn-link" onClick={() => choose(undefined)}>
          Someone else (not named)
        </button>
      </div>
    </main>
  );
}
