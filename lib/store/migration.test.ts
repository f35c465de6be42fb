import { beforeEach, describe, expect, it } from 'vitest';
import { readEntries, writeEntries } from './io';
import { STORE_VERSION_KEY } from './keys';
import type { Migration } from './migrations';
import { currentMigrationProblem, runMigrations, storedVersion } from './ready';
import { resetStore, storedValue } from './testing/reset';

// The machinery with test-only migrations (the store has had one real one: migrations.ts, tested in
// records.test.ts through the popup's first screen).
beforeEach(resetStore);

const version = async () => storedVersion((await readEntries([STORE_VERSION_KEY])).get(STORE_VERSION_KEY));

describe('running migrations', () => {
  it('runs each one the database has not had, in order, once', async () => {
    const ran: number[] = [];
    const steps: Migration[] = [1, 2, 3].map((to) => ({
      to,
      what: `step ${to}`,
      run: async () => void ran.push(to),
    }));
    await writeEntries({ [STORE_VERSION_KEY]: { version: 1 } });
    await runMigrations(steps);
    await runMigrations(steps);
    expect(ran).toEqual([2, 3]);
    expect(await version()).toBe(3);
  });

  it('two pages starting at once run a step once', async () => {
    let runs = 0;
    const steps: Migration[] = [{ to: 1, what: 'x', run: async () => void runs++ }];
    await Promise.all([runMigrations(steps), runMigrations(steps)]);
    expect(runs).toBe(1);
  });

  it('a step that fails keeps the version of the last one that finished, and says what failed', async () => {
    const steps: Migration[] = [
      { to: 1, what: 'the first step', run: async () => writeEntries({ 'client:a': { id: 'a' } }) },
      {
        to: 2,
        what: 'the sessions',
        run: async () => {
          throw new Error('session 4 has no date');
        },
      },
    ];
    await expect(runMigrations(steps)).rejects.toThrow(
      /could not be converted \(the sessions\): session 4 has no date/,
    );
    expect(currentMigrationProblem()).toMatch(/the sessions/);
    expect(await version()).toBe(1);
    expect(await storedValue('client:a')).toEqual({ id: 'a' });
    // Fixed in a later build: it runs again from where it stopped.
    steps[1] = { to: 2, what: 'the sessions', run: async () => undefined };
    await runMigrations(steps);
    expect(await version()).toBe(2);
    expect(currentMigrationProblem()).toBeUndefined();
  });
});
