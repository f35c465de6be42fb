import { getSettings } from './profile';
import { lock, lockState } from './passphrase';
import { lastUsedAt, withoutNotingUse } from './unlock';

/**
 * The auto-lock (DESIGN.md "Locking and encryption"): the background's alarm calls this every minute;
 * records unused for `lockAfterMinutes` are locked. (The browser's restart locks them too: the key is
 * in `storage.session`, which the browser empties when it quits.)
 */
export const AUTO_LOCK_ALARM = 'records-auto-lock';

export async function lockIfIdle(now = Date.now()): Promise<boolean> {
  if ((await lockState()) !== 'unlocked') return false;
  // Reading the setting is not a use of the records: it must not keep them open.
  const [{ lockAfterMinutes }, used] = await withoutNotingUse(() =>
    Promise.all([getSettings(), lastUsedAt()]),
  );
  if (used !== undefined && now - used < lockAfterMinutes * 60_000) return false;
  await lock();
  return true;
}
