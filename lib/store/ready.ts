import { legacyClientsItem, practiceItem, settingsItem } from './items';
import { z } from 'zod';
import { describePath, StoreError } from './errors';

/**
 * Migrations, run once per page before its first read or write. A migration that fails leaves the
 * older data untouched (WXT writes only after every step succeeded); the store keeps working and
 * `storeProblems()` tells the UI what could not be converted.
 */
let readyPromise: Promise<void> | undefined;
let migrationProblem: string | undefined;

export function ready(): Promise<void> {
  readyPromise ??= runMigrations().catch(() => undefined);
  return readyPromise;
}

/** Runs every item's migrations now; rejects with a StoreError naming what could not be converted. */
export async function runMigrations(): Promise<void> {
  const results = await Promise.allSettled([
    practiceItem.migrate(),
    settingsItem.migrate(),
    legacyClientsItem.migrate(),
  ]);
  const failed = results.flatMap((r, i) =>
    r.status === 'rejected' ? [{ what: WHAT[i]!, error: r.reason }] : [],
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

const WHAT = ['the practice profile', 'the settings', 'the clients and sessions'];

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
