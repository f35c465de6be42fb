import { beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createSession,
  deleteClient,
  getClientHistory,
  getSessionHistory,
  savePrescription,
  setComputerName,
  setCurrentPerson,
  updateClient,
  updateSession,
} from '.';
import { exportBackup, importBackup } from './backup';
import { diffRecords, MAX_HISTORY_ENTRIES } from './history';
import { resetStore, storedSnapshot } from './testing/reset';

beforeEach(async () => {
  await resetStore();
  await setComputerName('');
  await setCurrentPerson(undefined);
});

describe('what changed between two versions of a record', () => {
  it.each([
    ['the same values', { a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'x' } }, []],
    ['a field', { phone: '1' }, { phone: '2' }, [{ path: 'phone', from: '1', to: '2' }]],
    [
      'a nested field',
      { payer: { memberId: 'A', name: 'Aetna' } },
      { payer: { memberId: 'B', name: 'Aetna' } },
      [{ path: 'payer.memberId', from: 'A', to: 'B' }],
    ],
    ['a field added', { a: 1 }, { a: 1, b: 2 }, [{ path: 'b', to: 2 }]],
    ['a field removed', { a: 1, b: 2 }, { a: 1 }, [{ path: 'b', from: 2 }]],
    [
      'an item of a list of records, by id',
      {
        rx: [
          { id: 'r1', visits: 8 },
          { id: 'r2', visits: 4 },
        ],
      },
      {
        rx: [
          { id: 'r2', visits: 4 },
          { id: 'r1', visits: 30 },
        ],
      },
      [{ path: 'rx[r1].visits', from: 8, to: 30 }],
    ],
    [
      'an item added to a list of records',
      { rx: [] },
      { rx: [{ id: 'r1' }] },
      [{ path: 'rx[r1]', to: { id: 'r1' } }],
    ],
    ['an item removed', { rx: [{ id: 'r1' }] }, { rx: [] }, [{ path: 'rx[r1]', from: { id: 'r1' } }]],
    [
      'lines without ids, by position',
      { lines: [{ code: '97124', units: 1 }] },
      {
        lines: [
          { code: '97124', units: 2 },
          { code: '97140', units: 1 },
        ],
      },
      [
        { path: 'lines.0.units', from: 1, to: 2 },
        { path: 'lines.1', to: { code: '97140', units: 1 } },
      ],
    ],
    [
      'a list of plain values, whole',
      { modifiers: ['GP'] },
      { modifiers: ['GP', '59'] },
      [{ path: 'modifiers', from: ['GP'], to: ['GP', '59'] }],
    ],
    [
      'a long note, cut',
      { notes: '' },
      { notes: 'x'.repeat(500) },
      [{ path: 'notes', from: '', to: `${'x'.repeat(300)}…` }],
    ],
  ])('%s', (_name, before, after, changes) => {
    expect(diffRecords(before, after)).toEqual(changes);
  });
});

describe("a record's history", () => {
  it('keeps who changed what and when, newest first, naming the computer and the person working', async () => {
    await setComputerName('Front desk');
    const { id } = await createClient({ firstName: 'Maria', lastName: 'Garcia', payer: { memberId: 'W1' } });
    await setCurrentPerson('Ana');
    await updateClient(id, { payer: { memberId: 'W2' } });
    await updateClient(id, { payer: { memberId: 'W2' } }); // the same value again: no entry
    const rx = await savePrescription(id, {
      prescriber: { lastName: 'Lee', credential: 'MD' },
      writtenOn: '2026-01-05',
      visitsAuthorized: 8,
    });
    await savePrescription(id, { ...rx, visitsAuthorized: 30 });

    const history = await getClientHistory(id);
    expect(
      history.map((e) => [e.action, e.by, e.person ?? '', e.changes.map((c) => c.path).join(',')]),
    ).toEqual([
      ['changed', 'Front desk', 'Ana', `prescriptions[${rx.id}].visitsAuthorized`],
      ['changed', 'Front desk', 'Ana', `prescriptions[${rx.id}]`],
      ['changed', 'Front desk', 'Ana', 'payer.memberId'],
      ['created', 'Front desk', '', ''],
    ]);
    expect(history[0]!.changes[0]).toMatchObject({ from: 8, to: 30 });
    expect(history[2]!.changes[0]).toMatchObject({ from: 'W1', to: 'W2' });
    expect(Date.parse(history[0]!.at)).not.toBeNaN();
  });

  it("keeps a session's line edits, and at most the last 100 entries", async () => {
    const { id: clientId } = await createClient({ firstName: 'Ann', lastName: 'Adams' });
    const s = await createSession({ clientId, date: '2026-11-26', lines: [{ code: '97124', units: 1 }] });
    await updateSession(s.id, { lines: [{ ...s.lines[0]!, units: 2 }] });
    const [latest] = await getSessionHistory(s.id);
    expect(latest?.changes).toEqual([{ path: 'lines.0.units', from: 1, to: 2 }]);
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 5; i++) await updateSession(s.id, { minutes: i + 1 });
    const all = await getSessionHistory(s.id);
    expect(all).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(all[0]!.changes).toEqual([
      { path: 'minutes', from: MAX_HISTORY_ENTRIES + 4, to: MAX_HISTORY_ENTRIES + 5 },
    ]);
  }, 30_000);

  it('goes with a deleted client; a restore keeps that of the records it holds and drops the others', async () => {
    const kept = await createClient({ firstName: 'Kept', lastName: 'Client' });
    await updateClient(kept.id, { phone: '555-0100' });
    const backup = await exportBackup();
    const gone = await createClient({ firstName: 'Gone', lastName: 'Client' });
    await updateClient(gone.id, { phone: '555-0199' });
    await importBackup(backup);
    expect(await getClientHistory(kept.id)).toHaveLength(2);
    expect(Object.keys(await storedSnapshot()).filter((k) => k.includes(gone.id))).toEqual([]);

    await deleteClient(kept.id);
    expect(Object.keys(await storedSnapshot()).filter((k) => k.includes(kept.id))).toEqual([]);
  });
});
