import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PassphraseSection } from './PassphraseSection';
import { createClient, getClient, lock, lockState, unlock } from '../../lib/store';
import { forgetCachedKeyForTests } from '../../lib/store/unlock';
import { resetStore } from '../../lib/store/testing/reset';

beforeEach(() => {
  resetStore();
  forgetCachedKeyForTests();
});
afterEach(cleanup);

const type = (selector: string, value: string) =>
  fireEvent.input(document.querySelector(selector)!, { target: { value } });

it('warns that a lost passphrase cannot be recovered, refuses two different ones, then encrypts', async () => {
  const { id } = await createClient({ firstName: 'Maria', lastName: 'Garcia' });
  render(<PassphraseSection />);
  expect(await screen.findByText(/cannot be recovered/)).toBeTruthy();

  type('[data-passphrase="new"]', 'harbor street desk');
  type('[data-passphrase="again"]', 'harbor street dusk');
  fireEvent.click(screen.getByRole('button', { name: 'Set the passphrase' }));
  expect((await screen.findByTestId('passphrase-status')).textContent).toContain('differ');
  expect(await lockState()).toBe('open');

  type('[data-passphrase="again"]', 'harbor street desk');
  fireEvent.click(screen.getByRole('button', { name: 'Set the passphrase' }));
  await waitFor(() => expect(screen.getByTestId('passphrase-status').textContent).toContain('encrypted'), {
    timeout: 10_000,
  });
  expect(await lockState()).toBe('unlocked');

  await lock();
  forgetCachedKeyForTests();
  await unlock('harbor street desk');
  expect((await getClient(id))?.lastName).toBe('Garcia');
}, 30_000);
