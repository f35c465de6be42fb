import { beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  deleteClient,
  getClient,
  getClientHistory,
  listClientSummaries,
  setComputerName,
  updateClient,
} from '.';
import { createSession, getSessionsOn } from './sessions';
import { recordsDb, useNamedDbForTests, type RecordsDb } from './db';
import { reconcile, replicate } from './replica';
import { resetStore } from './testing/reset';

/**
 * Two computers of one practice, played in turn by one test (each its own database), replicating with
 * each other as they would through the server: what one saves appears on the other with its indexes;
 * edits made while apart converge the same way on both.
 */
let run = 0;
let names: { a: string; b: string };
const computer = async (which: 'a' | 'b'): Promise<RecordsDb> => {
  await setComputerName(which === 'a' ? 'Front desk' : 'Room 2');
  return useNamedDbForTests(names[which]);
};

/** One complete replication both ways, then each side settles what it received. */
async function syncBoth() {
  const other = await computer('b');
  await computer('a');
  await new Promise<void>((resolve, reject) => {
    const r = replicate(
      other,
      { onPulled: () => undefined, onState: (s, e) => s === 'error' && reject(e) },
      { live: false },
    );
    Promise.resolve(r).then(() => resolve(), reject);
  });
  // As the background does after a pull: settle the documents that came in (here: all of them).
  expect(await reconcile(await allIds())).toBe('done');
  await computer('b');
  expect(await reconcile(await allIds())).toBe('done');
}

const allIds = async () => (await recordsDb().allDocs()).rows.map((r) => r.id);

beforeEach(() => {
  resetStore();
  run++;
  names = { a: `a${run}`, b: `b${run}` };
});

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('two computers syncing', () => {
  it('a client and a session saved on one appear on the other, in its lists', async () => {
    await computer('a');
    const maria = await createClient({ firstName: 'Maria', lastName: 'Garcia' });
    await createSession({ clientId: maria.id, date: '2026-11-26', minutes: 60 });
    await syncBoth();
    await computer('b');
    expect((await listClientSummaries()).map((c) => c.lastName)).toEqual(['Garcia']);
    expect((await getSessionsOn('2026-11-26')).map((s) => s.clientId)).toEqual([maria.id]);
  });

  it('edits of different fields while apart are both kept, on both computers', async () => {
    await computer('a');
    const maria = await createClient({ firstName: 'Maria', lastName: 'Garcia', phone: '555-0100' });
    await syncBoth();
    await computer('a');
    await updateClient(maria.id, { payer: { memberId: 'W2' } });
    await computer('b');
    await tick();
    await updateClient(maria.id, { phone: '555-0199' });
    await syncBoth();
    for (const which of ['a', 'b'] as const) {
      await computer(which);
      expect(await getClient(maria.id), which).toMatchObject({
        phone: '555-0199',
        payer: { memberId: 'W2' },
      });
    }
    await syncBoth(); // and nothing left to settle: the two stay equal
    await computer('a');
    const history = await getClientHistory(maria.id);
    expect(history.filter((e) => e.action === 'conflict')).toEqual([]);
    expect(history.map((e) => e.by)).toEqual(expect.arrayContaining(['Front desk', 'Room 2']));
  });

  it('the same field edited on both: the later edit wins on both, and the other value is in the history', async () => {
    await computer('a');
    const maria = await createClient({ firstName: 'Maria', lastName: 'Garcia', phone: '555-0100' });
    await syncBoth();
    await computer('a');
    await updateClient(maria.id, { phone: '555-0111' });
    await tick();
    await computer('b');
    await updateClient(maria.id, { phone: '555-0222' });
    await syncBoth();
    await syncBoth();
    for (const which of ['a', 'b'] as const) {
      await computer(which);
      expect((await getClient(maria.id))?.phone, which).toBe('555-0222');
      const conflict = (await getClientHistory(maria.id)).find((e) => e.action === 'conflict');
      expect(conflict?.changes, which).toEqual([{ path: 'phone', from: '555-0111', to: '555-0222' }]);
    }
  });

  it('deleted on one computer and edited on the other: the edit is kept on both, and the history says so once', async () => {
    await computer('a');
    const maria = await createClient({ firstName: 'Maria', lastName: 'Garcia', phone: '555-0100' });
    await syncBoth();
    await computer('a');
    await deleteClient(maria.id);
    await computer('b');
    await updateClient(maria.id, { phone: '555-0199' });
    await syncBoth();
    await syncBoth();
    for (const which of ['a', 'b'] as const) {
      await computer(which);
      expect((await getClient(maria.id))?.phone, which).toBe('555-0199');
      expect(
        (await listClientSummaries()).map((c) => c.lastName),
        which,
      ).toEqual(['Garcia']);
      const notes = (await getClientHistory(maria.id)).filter((e) =>
        e.note?.includes('Deleted on another computer'),
      );
      expect(notes, which).toHaveLength(1);
    }
  });
});
