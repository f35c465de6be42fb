import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { exportRawKey, importRawKey, keyFromPassphrase, newKey, type KeyInfo } from './crypto';
import { StoreError } from './errors';
import { PERSON_ITEM } from './history';

/**
 * The records' lock (DESIGN.md "Locking and encryption"). With a passphrase set, the records' key is
 * held only in `storage.session` (memory, never on disk, cleared when the browser quits, not readable
 * by content scripts: the background sets its access level to trusted contexts) and in the memory of
 * the extension pages using it. Locking removes it from both; every page hears of it through
 * `storage.session`'s change event.
 *
 * Whether a passphrase is set is a fact of the database (the `meta:encryption` document, io.ts), not
 * of this page: io.ts asks `currentKey()` whenever it meets a sealed record or writes to a database
 * that has one.
 */
const KEY_ITEM = 'session:recordsKey' as const;
/** When a page last used the key (ms), for the auto-lock (background.ts's alarm). */
const USED_ITEM = 'session:recordsUsedAt' as const;
/** Wrong passphrases typed since the last unlock, on this computer. */
const FAILED_ITEM = 'local:failedUnlocks' as const;

export class RecordsLockedError extends StoreError {
  override name = 'RecordsLockedError';
  constructor() {
    super('The records are locked. Open the extension’s popup and unlock them with the passphrase.');
  }
}

/**
 * Whether an error is the records being locked. By name as well as by class: an error that crossed a
 * module copy or a message keeps its name, not its prototype.
 */
export function isRecordsLockedError(error: unknown): error is RecordsLockedError {
  return error instanceof Error && error.name === 'RecordsLockedError';
}

let cached: CryptoKey | undefined;
let lastUseWritten = 0;
let notingUse = true;

/** This page's key, from its memory or `storage.session`; undefined while locked. */
export async function currentKey(): Promise<CryptoKey | undefined> {
  if (!cached) {
    const raw = await storage.getItem<string>(KEY_ITEM);
    if (raw) cached = await importRawKey(raw);
  }
  if (cached && notingUse) noteUse();
  return cached;
}

/** Runs `work` (the auto-lock's own reads) without counting it as a use of the records. */
export async function withoutNotingUse<T>(work: () => Promise<T>): Promise<T> {
  notingUse = false;
  try {
    return await work();
  } finally {
    notingUse = true;
  }
}

/** The key, or a RecordsLockedError. */
export async function requireKey(): Promise<CryptoKey> {
  const key = await currentKey();
  if (!key) throw new RecordsLockedError();
  return key;
}

/** Records use, at most once a minute (a write to memory, not to disk). */
function noteUse(): void {
  const now = Date.now();
  if (now - lastUseWritten < 60_000) return;
  lastUseWritten = now;
  void storage.setItem(USED_ITEM, now).catch(() => undefined);
}

export async function lastUsedAt(): Promise<number | undefined> {
  return (await storage.getItem<number>(USED_ITEM)) ?? undefined;
}

/** Makes `key` this browser session's records key (after an unlock or a new passphrase). */
export async function holdKey(key: CryptoKey): Promise<void> {
  cached = key;
  lastUseWritten = Date.now();
  await storage.setItems([
    { key: KEY_ITEM, value: await exportRawKey(key) },
    { key: USED_ITEM, value: lastUseWritten },
  ]);
}

/** Locks the records in every page: the key leaves `storage.session` and this page's memory. */
export async function forgetKey(): Promise<void> {
  cached = undefined;
  // The person chosen at unlock goes too: the next one to unlock says who they are.
  await storage.removeItems([KEY_ITEM, USED_ITEM, PERSON_ITEM]);
}

/**
 * Another page locked (or unlocked): this page drops its copy of the key and tells `onChange`.
 * Returns the function that stops listening.
 */
export function watchKey(onChange: (held: boolean) => void): () => void {
  return storage.watch<string>(KEY_ITEM, (raw) => {
    if (!raw) cached = undefined;
    onChange(Boolean(raw));
  });
}

/** The key for a passphrase: undefined (and counted) when it is the wrong one. */
export async function tryPassphrase(passphrase: string, info: KeyInfo): Promise<CryptoKey | undefined> {
  const key = await keyFromPassphrase(passphrase, info);
  if (key) await storage.removeItem(FAILED_ITEM);
  else await storage.setItem(FAILED_ITEM, (await failedUnlocks()) + 1);
  return key;
}

export async function failedUnlocks(): Promise<number> {
  return z.catch(z.int(), 0).parse(await storage.getItem(FAILED_ITEM));
}

export { newKey };

/** Tests only: a page that holds no key in memory (storage.session is the fake browser's). */
export function forgetCachedKeyForTests(): void {
  cached = undefined;
  lastUseWritten = 0;
}
