import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, createSession, getClient, listClientSummaries, updateClient } from '.';
import { exportBackup, importBackup } from './backup';
import { recordsDb } from './db';
import { lock, lockState, setPassphrase, unlock } from './passphrase';
import { forgetCachedKeyForTests, RecordsLockedError } from './unlock';
import { resetStore } from './testing/reset';

beforeEach(() => {
  resetStore();
  forgetCachedKeyForTests();
});

const maria = {
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { name: 'Aetna', memberId: 'W123456789' },
};

/** Every byte the database holds, as text: what someone copying the profile would read. */
async function everythingStored(): Promise<string> {
  const { rows } = await recordsDb().allDocs({ include_docs: true });
  return JSON.stringify(rows);
}

describe('a passphrase', () => {
  it('seals the records already stored and those saved after, and they read back the same', async () => {
    const { id } = await createClient(maria);
    await createSession({ clientId: id, date: '2026-11-02', minutes: 60 });
    expect(await lockState()).toBe('open');
    expect(await everythingStored()).toContain('Garcia');

    await setPassphrase('correct horse battery');
    expect(await lockState()).toBe('unlocked');
    await createClient({ ...maria, firstName: 'Ines', lastName: 'Okafor', payer: { memberId: 'ZZ998877' } });
    const stored = await everythingStored();
    for (const secret of ['Garcia', 'Maria', 'Okafor', '1979-03-14', 'W123456789', 'ZZ998877'])
      expect(stored).not.toContain(secret);

    expect((await getClient(id))?.lastName).toBe('Garcia');
    expect((await listClientSummaries()).map((c) => c.lastName)).toEqual(['Garcia', 'Okafor']);
  }, 30_000);

  it('is too short under 8 characters', async () => {
    await expect(setPassphrase('short')).rejects.toThrow('at least 8 characters');
    expect(await lockState()).toBe('open');
  });
});

describe('the lock', () => {
  it('refuses reads and writes while locked, a wrong passphrase, and opens with the right one', async () => {
    const { id } = await createClient(maria);
    await setPassphrase('correct horse battery');
    await lock();
    forgetCachedKeyForTests(); // another page, or the browser restarted: no key in memory
    expect(await lockState()).toBe('locked');
    await expect(getClient(id)).rejects.toBeInstanceOf(RecordsLockedError);
    await expect(updateClient(id, { phone: '555-0100' })).rejects.toBeInstanceOf(RecordsLockedError);
    await expect(exportBackup()).rejects.toBeInstanceOf(RecordsLockedError);

    await expect(unlock('wrong horse battery')).rejects.toThrow('1 wrong try');
    await expect(unlock('wrong again')).rejects.toThrow('2 wrong tries');
    expect(await lockState()).toBe('locked');

    await unlock('correct horse battery');
    expect(await lockState()).toBe('unlocked');
    expect((await getClient(id))?.firstName).toBe('Maria');
  }, 60_000);

  it('a changed passphrase re-seals everything: the old one no longer opens, nothing is lost', async () => {
    const { id } = await createClient(maria);
    await setPassphrase('first passphrase');
    await setPassphrase('second passphrase');
    await lock();
    forgetCachedKeyForTests();
    await expect(unlock('first passphrase')).rejects.toThrow('not the passphrase');
    await unlock('second passphrase');
    expect((await getClient(id))?.payer.memberId).toBe('W123456789');
  }, 60_000);

  it('a backup restored while unlocked is stored sealed, and exports the same', async () => {
    await setPassphrase('correct horse battery');
    const { id } = await createClient(maria);
    const backup = await exportBackup();
    await importBackup(JSON.stringify(backup));
    expect(await everythingStored()).not.toContain('Garcia');
    expect((await exportBackup()).clients.map((c) => c.id)).toEqual([id]);
  }, 30_000);
});
