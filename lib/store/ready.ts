import { z } from 'zod';
import { describePath, StoreError } from './errors';
import { readEntries } from './io';
import {
  LAYOUT_VERSION,
  LEGACY_CLIENTS_KEY,
  metaKey,
  PRACTICE_KEY,
  PRACTICE_VERSION,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from './keys';

/**
 * Migrations, run once per page before its first write (and before reads of the practice and the
 * settings). One `get` of the three versioned items and their versions says whether anything is older
 * than this build; only then are the WXT items (with their `version` and `migrations`) defined and
 * migrated, so an up-to-date store costs one storage round trip, not six, when the popup opens.
 * A migration that fails leaves the older data untouched (WXT writes only after every step
 * succeeded); the store keeps working and the UI shows `currentMigrationProblem()`.
 */
let readyPromise: Promise<void> | undefined;
let migrationProblem: string | undefined;

export function ready(): Promise<void> {
  readyPromise ??= runMigrations().catch(() => undefined);
  return readyPromise;
}

/** The keys whose values and versions say whether migrations are due. */
export const VERSION_CHECK_KEYS: readonly string[] = [PRACTICE_KEY, SETTINGS_KEY, LEGACY_CLIENTS_KEY].flatMap(
  (key) => [key, metaKey(key)],
);

/**
 * For a page that already read `VERSION_CHECK_KEYS` with its first `get`: when nothing is due, this
 * page's migrations are done without another round trip. Returns whether migrations are due.
 */
export function adoptVersionCheck(stored: ReadonlyMap<string, unknown>): boolean {
  const due = dueItems(stored).length > 0;
  if (!due) readyPromise ??= Promise.resolve();
  return due;
}

function dueItems(stored: ReadonlyMap<string, unknown>) {
  return ITEMS.filter(({ key, version }) => {
    const meta = stored.get(metaKey(key)) as { v?: unknown } | null | undefined;
    return stored.get(key) != null && (typeof meta?.v === 'number' ? meta.v : 1) < version;
  });
}

const ITEMS = [
  { key: PRACTICE_KEY, version: PRACTICE_VERSION, what: 'the practice profile', item: 'practiceItem' },
  { key: SETTINGS_KEY, version: SETTINGS_VERSION, what: 'the settings', item: 'settingsItem' },
  {
    key: LEGACY_CLIENTS_KEY,
    version: LAYOUT_VERSION,
    what: 'the clients and sessions',
    item: 'legacyClientsItem',
  },
] as const;

/** Runs what migrations are due now; rejects with a StoreError naming what could not be converted. */
export async function runMigrations(): Promise<void> {
  const due = dueItems(await readEntries(VERSION_CHECK_KEYS));
  if (due.length === 0) {
    migrationProblem = undefined;
    return;
  }
  const items = await import('./items');
  const results = await Promise.allSettled(due.map((d) => items[d.item].migrate()));
  const failed = results.flatMap((r, i) =>
    r.status === 'rejected' ? [{ what: due[i]!.what, error: r.reason }] : [],
  );
  if (failed.length === 0) {
    migrationProblem = undefined;
    return;
  }
  migrationProblem = `Records saved by an earlier version could not be converted (${failed
    .map((f) => f.what)
    .join(
      ', ',
    )}): ${failed.map((f) => reason(f.error)).join('; ')}. They are kept as they were; export a backup before editing.`;
  throw new StoreError(migrationProblem, [], { cause: failed[0]!.error });
}

function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof z.ZodError) {
    const issue = cause.issues[0]!;
    const [first, ...rest] = issue.path;
    const where = typeof first === 'number' ? `client ${first + 1}` : '';
    return [where, describePath(rest), issue.message].filter(Boolean).join(', ');
  }
  return cause instanceof Error ? cause.message.split('\n')[0]!.slice(0, 200) : String(cause);
}

export function currentMigrationProblem(): string | undefined {
  return migrationProblem;
}

/** Tests only: forget that this page already ran its migrations. */
export function resetReadyForTests(): void {
  readyPromise = undefined;
  migrationProblem = undefined;
}
