import { beforeEach, describe, expect, it } from 'vitest';
import { createClient, createSession, listClientSummaries } from '.';
import { BackupError, exportBackup, restoreBackup } from './backup';
import { lock, setPassphrase } from './passphrase';
import {
  exportSealedBackup,
  openSealedBackup,
  opensWithoutPassphrase,
  readSealedBackup,
  SEALED_BACKUP_FORMAT,
} from './sealed-backup';
import { forgetCachedKeyForTests } from './unlock';
import { resetStore } from './testing/reset';

const PASSPHRASE = 'correct horse battery';
const maria = {
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { name: 'Aetna', memberId: 'W123456789' },
};

beforeEach(() => {
  resetStore();
  forgetCachedKeyForTests();
});

/** A practice with one client and one session, a passphrase set, and its encrypted backup as file text. */
async function sealedFile(): Promise<string> {
  const { id } = await createClient(maria);
  await createSession({ clientId: id, date: '2026-11-02', minutes: 60 });
  await setPassphrase(PASSPHRASE);
  return JSON.stringify(await exportSealedBackup(), null, 2);
}

/** Another computer: nothing stored, no key in memory. */
function newComputer() {
  resetStore();
  forgetCachedKeyForTests();
}

describe('an encrypted backup', () => {
  it('holds no client data in clear, and on a new computer opens with the passphrase into the same records', async () => {
    const file = await sealedFile();
    const before = await exportBackup();
    for (const secret of ['Garcia', 'Maria', '1979-03-14', 'W123456789', 'Aetna'])
      expect(file).not.toContain(secret);
    expect(JSON.parse(file).format).toBe(SEALED_BACKUP_FORMAT);

    newComputer();
    const sealed = readSealedBackup(file)!;
    expect(await opensWithoutPassphrase(sealed)).toBe(false);
    await expect(openSealedBackup(sealed)).rejects.toThrow('type the practice passphrase');
    const doc = await openSealedBackup(sealed, PASSPHRASE);
    expect({ ...doc, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    await restoreBackup(doc);
    expect((await listClientSummaries()).map((c) => c.lastName)).toEqual(['Garcia']);
  }, 60_000);

  it('opens without asking on the computer that made it while unlocked; asks once locked', async () => {
    const sealed = readSealedBackup(await sealedFile())!;
    expect(await opensWithoutPassphrase(sealed)).toBe(true);
    expect((await openSealedBackup(sealed)).clients).toHaveLength(1);
    await lock();
    forgetCachedKeyForTests();
    expect(await opensWithoutPassphrase(sealed)).toBe(false);
  }, 60_000);

  it('refuses a wrong passphrase, a changed file, and (after a change of passphrase) the new one', async () => {
    const file = await sealedFile();
    const sealed = readSealedBackup(file)!;
    await setPassphrase('a brand new passphrase');
    forgetCachedKeyForTests();
    await expect(openSealedBackup(sealed, 'a brand new passphrase')).rejects.toThrow(
      'That is not the passphrase this backup was made with',
    );
    await expect(openSealedBackup(sealed, 'not it at all')).rejects.toBeInstanceOf(BackupError);
    // One character of the ciphertext changed: AES-GCM's tag refuses it.
    const ct = sealed.backup.ct;
    const flipped = ct.slice(0, 10) + (ct[10] === 'A' ? 'B' : 'A') + ct.slice(11);
    const changed = { ...sealed, backup: { ...sealed.backup, ct: flipped } };
    await expect(openSealedBackup(changed, PASSPHRASE)).rejects.toThrow('changed or damaged');
    expect((await openSealedBackup(sealed, PASSPHRASE)).clients[0]?.lastName).toBe('Garcia');
  }, 60_000);

  it('needs a passphrase set and the records unlocked to be made', async () => {
    await createClient(maria);
    await expect(exportSealedBackup()).rejects.toThrow('Set a passphrase first');
    await setPassphrase(PASSPHRASE);
    await lock();
    forgetCachedKeyForTests();
    await expect(exportSealedBackup()).rejects.toThrow('Unlock the records first');
  }, 60_000);
});

describe('telling an encrypted backup from other files', () => {
  it.each([
    ['a backup in clear', '{"format":"massage-billing-assistant/backup","version":1}'],
    ['some other JSON', '{"hello":"world"}'],
    ['not JSON', 'name,dob\nGarcia,1979'],
    ['a parsed backup in clear', { format: 'massage-billing-assistant/backup', version: 1 }],
  ])('%s is not one (parseBackup judges it)', (_name, input) => {
    expect(readSealedBackup(input)).toBeUndefined();
  });

  it.each([
    ['cut off', `{"format":"${SEALED_BACKUP_FORMAT}","version":1,"exportedAt":"2026`, 'not valid JSON'],
    [
      'without its key',
      `{"format":"${SEALED_BACKUP_FORMAT}","version":1,"exportedAt":"x","backup":{"iv":"","ct":""}}`,
      'damaged',
    ],
    ['from a newer version', `{"format":"${SEALED_BACKUP_FORMAT}","version":4}`, 'newer version'],
  ])('one %s is refused with a reason', (_name, text, reason) => {
    expect(() => readSealedBackup(text)).toThrow(reason);
  });
});
