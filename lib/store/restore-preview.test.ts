import { beforeEach, expect, it } from 'vitest';
import { createClient, createSession } from '.';
import { exportBackup } from './backup';
import { previewRestore } from './restore-preview';
import { resetStore } from './testing/reset';

beforeEach(resetStore);

it('counts, per kind, what a restore replaces, adds and removes, and names the clients only here', async () => {
  const ann = await createClient({ firstName: 'Ann', lastName: 'Adams' });
  const bo = await createClient({ firstName: 'Bo', lastName: 'Baker' });
  await createSession({ clientId: ann.id, date: '2026-11-02', minutes: 60 });
  const backup = await exportBackup();
  // After the backup: a client and two sessions added here, which a restore of it would remove.
  const cy = await createClient({ firstName: 'Cy', lastName: 'Cole' });
  await createSession({ clientId: cy.id, date: '2026-11-03', minutes: 30 });
  await createSession({ clientId: bo.id, date: '2026-11-04', minutes: 30 });
  // And one in the backup that is not here (another computer's client).
  const other = { ...backup.clients[0]!, id: 'from-the-front-desk', firstName: 'Di', lastName: 'Dunn' };

  const preview = await previewRestore({ ...backup, clients: [...backup.clients, other] });
  expect(preview.clients).toEqual({ inBackup: 3, replacing: 2, added: 1, onlyHere: 1 });
  expect(preview.sessions).toEqual({ inBackup: 1, replacing: 1, added: 0, onlyHere: 2 });
  expect(preview.clientsOnlyHere).toEqual(['Cole, Cy']);
  expect(preview.empty).toBe(false);
});

it('says when this computer holds nothing yet', async () => {
  const preview = await previewRestore({ clients: [], sessions: [] });
  expect(preview).toMatchObject({ empty: true, clientsOnlyHere: [] });
});

it('lists at most 8 names of the clients a restore would remove, in the client list order', async () => {
  for (const last of ['Kim', 'Abe', 'Lu', 'Moe', 'Ng', 'Oz', 'Po', 'Qi', 'Ra', 'Su'])
    await createClient({ firstName: 'X', lastName: last });
  const preview = await previewRestore({ clients: [], sessions: [] });
  expect(preview.clients.onlyHere).toBe(10);
  expect(preview.clientsOnlyHere).toEqual([
    'Abe, X',
    'Kim, X',
    'Lu, X',
    'Moe, X',
    'Ng, X',
    'Oz, X',
    'Po, X',
    'Qi, X',
  ]);
});
