import * as z from 'zod/mini';
import { describePath, StoreError } from './errors';
import { readEntries, writeEntries } from './io';
import { STORE_VERSION_KEY } from './keys';
import { withWriteLock } from './lock';
import { MIGRATIONS, STORE_VERSION, type Migration } from './migrations';

/**
 * Migrations, run once per page before its first write (and before reads of the practice and the
 * settings). One read of the database's version says whether anything is due; an up-to-date store
 * costs that one read. A migration that fails leaves the version where it was (it runs again next
 * time); the store keeps working and the UI shows `currentMigrationProblem()`.
 */
let readyPromise: Promise<void> | undefined;
let migrationProblem: string | undefined;

export function ready(): Promise<void> {
  readyPromise ??= runMigrations().catch(() => undefined);
  return readyPromise;
}

/** The version a stored `meta:version` value says (0: a database that never ran a migration). */
export function storedVersion(value: unknown): number {
  const v = (value as { version?: unknown } | null | undefined)?.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * For a page that already read `STORE_VERSION_KEY` with its first read: when nothing is due, this
 * page's migrations are done without another round trip. Returns whether migrations are due.
 */
export function adoptVersionCheck(stored: ReadonlyMap<string, unknown>): boolean {
  const due = storedVersion(stored.get(STORE_VERSION_KEY)) < STORE_VERSION;
  if (!due) readyPromise ??= Promise.resolve();
  return due;
}

/**
 * Runs the migrations the database has not had (`migrations`: tests pass their own), each under the
 * write lock with the version re-read inside it (two pages starting at once run each step once).
 * Rejects with a StoreError naming what could not be converted.
 */
export async function runMigrations(migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  const target = migrations.at(-1)?.to ?? 0;
  const first = storedVersion((await readEntries([STORE_VERSION_KEY])).get(STORE_VERSION_KEY));
  if (first >= target) {
    migrationProblem = undefined;
    return;
  }
  let current: Migration | undefined;
  try {
    await withWriteLock(async () => {
      let version = storedVersion((await readEntries([STORE_VERSION_KEY])).get(STORE_VERSION_KEY));
      for (const migration of migrations) {
        if (migration.to <= version) continue;
        current = migration;
        await migration.run();
        version = migration.to;
        await writeEntries({ [STORE_VERSION_KEY]: { version, on: new Date().toISOString() } });
      }
    });
    migrationProblem = undefined;
  } catch (error) {
    migrationProblem = `Records saved by an earlier version could not be converted (${current?.what ?? 'the records'}): ${reason(error)}. They are kept as they were; export a backup before editing.`;
    throw new StoreError(migrationProblem, [], { cause: error });
  }
}

function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof z.core.$ZodError) {
    const issue = cause.issues[0]!;
    return [describePath(issue.path as (string | number)[]), issue.message].filter(Boolean).join(', ');
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
