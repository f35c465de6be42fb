import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LockGate } from './LockGate';
import {
  createClient,
  currentPerson,
  getClientHistory,
  lock,
  setPassphrase,
  setStaffNames,
  updateClient,
} from '../../lib/store';
import { forgetCachedKeyForTests } from '../../lib/store/unlock';
import { resetStore } from '../../lib/store/testing/reset';

const PASSPHRASE = 'harbor street front desk';

beforeEach(async () => {
  await resetStore();
  forgetCachedKeyForTests();
});
afterEach(async () => {
  cleanup();
  await setStaffNames([]);
});

async function lockedPractice() {
  const client = await createClient({ firstName: 'Maria', lastName: 'Garcia' });
  await setPassphrase(PASSPHRASE);
  await lock();
  forgetCachedKeyForTests();
  return client;
}

async function unlockInPopup() {
  render(<LockGate>{() => <p>the records</p>}</LockGate>);
  fireEvent.input(await screen.findByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

it('asks who is working after an unlock where the computer lists its staff, and the history names them', async () => {
  const client = await lockedPractice();
  await setStaffNames(['Ana', 'Ben']);
  await unlockInPopup();
  await screen.findByRole('heading', { name: 'Who is working?' });
  fireEvent.click(screen.getByRole('button', { name: 'Ben' }));
  await screen.findByText('the records');
  expect(await currentPerson()).toBe('Ben');
  await updateClient(client.id, { phone: '555-0100' });
  expect((await getClientHistory(client.id))[0]).toMatchObject({ person: 'Ben', action: 'changed' });
  // Locking forgets the person: the next one to unlock says who they are.
  await lock();
  expect(await currentPerson()).toBeUndefined();
}, 30_000);

it('asks nobody where no staff are listed', async () => {
  await lockedPractice();
  await unlockInPopup();
  await screen.findByText('the records');
  expect(screen.queryByRole('heading', { name: 'Who is working?' })).toBeNull();
}, 30_000);
