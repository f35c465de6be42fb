/**
 * One writer at a time across every extension page. The popup, the options page and the background
 * share the extension's origin, so the Web Locks API serialises their read-modify-write cycles: a save
 * re-reads the record inside the lock, so two pages never overwrite each other's edits. Where the API is
 * missing (unit tests), a promise chain serialises writers within the page.
 */
const LOCK_NAME = 'massage-billing-assistant:records';

let tail: Promise<unknown> = Promise.resolve();

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(LOCK_NAME, work);
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
