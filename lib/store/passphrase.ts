import { StoreError } from './errors';
import { readKeyInfo, rekeyAll } from './io';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { failedUnlocks, forgetKey, holdKey, newKey, requireKey, tryPassphrase, currentKey } from './unlock';
import { announceChange } from './watch';

/**
 * Setting, changing and typing the practice passphrase (DESIGN.md "Locking and encryption"). The
 * passphrase itself is never stored: only the key derived from it, in memory (unlock.ts).
 */

/** `open`: no passphrase set (records in clear); `locked`: one is set and not typed this session. */
export type LockState = 'open' | 'locked' | 'unlocked';

export async function lockState(): Promise<LockState> {
  if (!(await readKeyInfo())) return 'open';
  return (await currentKey()) ? 'unlocked' : 'locked';
}

/** Shorter passphrases are refused: a copied profile could be opened by guessing. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Sets the passphrase (or changes it, while unlocked): every record is sealed again with the new key
 * in one transaction, so nothing is lost and nothing stays under the old key. Leaves the records
 * unlocked with the new key.
 */
export async function setPassphrase(passphrase: string): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new StoreError(`The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  await ready();
  await withWriteLock(async () => {
    // Changing it needs the current key (the records unlocked): rekeyAll opens every record with it.
    if (await readKeyInfo()) await requireKey();
    const next = await newKey(passphrase);
    await rekeyAll(next);
    await holdKey(next.key);
  });
  announceAll();
}

/** Unlocks the records for this browser session; a wrong passphrase is refused, counted, and kept locked. */
export async function unlock(passphrase: string): Promise<void> {
  const info = await readKeyInfo();
  if (!info) return;
  const key = await tryPassphrase(passphrase, info);
  if (!key) {
    const tries = await failedUnlocks();
    throw new StoreError(
      `That is not the passphrase (${tries} wrong ${tries === 1 ? 'try' : 'tries'} since the last unlock).`,
    );
  }
  await holdKey(key);
  announceAll();
}

/** Locks the records in every extension page until the passphrase is typed again. */
export async function lock(): Promise<void> {
  if (await readKeyInfo()) await forgetKey();
}

/** Every page re-reads what it shows (the records became readable, or were sealed again). */
function announceAll(): void {
  announceChange(['practice', 'settings', 'idx:clients:0']);
}

export { failedUnlocks };
