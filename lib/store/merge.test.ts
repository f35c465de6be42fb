import { beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  createClient,
  createSession,
  getClient,
  getPractice,
  getSession,
  getSettings,
  merge3,
  savePrescription,
  updateClient,
  updatePractice,
  updateSession,
  updateSettings,
} from '.';
import { resetStore, storedSnapshot } from './testing/reset';

// Two windows saving one record: each loaded `base`; window one saved first; window two saves now.
beforeEach(resetStore);

describe('merge3', () => {
  it('keeps a field each side changed, and reports one both changed differently', () => {
    const base = { a: 1, b: 1, c: { d: 1, e: 1 } };
    expect(merge3(base, { ...base, a: 2 }, { ...base, b: 3 })).toEqual({
      merged: { a: 2, b: 3, c: { d: 1, e: 1 } },
      conflicts: [],
    });
    expect(merge3(base, { ...base, c: { d: 2, e: 1 } }, { ...base, c: { d: 1, e: 3 } }).merged).toEqual({
      ...base,
      c: { d: 2, e: 3 },
    });
    expect(merge3(base, { ...base, a: 2 }, { ...base, a: 3 }).conflicts).toEqual([
      { path: ['a'], mine: 2, theirs: 3 },
    ]);
  });

  it('merges lists of records by id, and same-length lists item by item', () => {
    const base = { rx: [{ id: 'r1', n: 1, m: 1 }], lines: [{ units: 1, mod: 'A' }] };
    const mine = {
      rx: [
        { id: 'r1', n: 2, m: 1 },
        { id: 'r2', n: 0, m: 0 },
      ],
      lines: [{ units: 1, mod: 'B' }],
    };
    const theirs = { rx: [{ id: 'r1', n: 1, m: 5 }], lines: [{ units: 2, mod: 'A' }] };
    expect(merge3(base, mine, theirs)).toEqual({
      merged: {
        rx: [
          { id: 'r1', n: 2, m: 5 },
          { id: 'r2', n: 0, m: 0 },
        ],
        lines: [{ units: 2, mod: 'B' }],
      },
      conflicts: [],
    });
  });
});

async function twoWindows() {
  const client = await createClient({
    firstName: 'Maria',
    lastName: 'Garcia',
    phone: '555-0100',
    prescriptions: [
      {
        id: 'rx1',
        prescriber: { lastName: 'Nguyen' },
        writtenOn: '2026-09-15',
        visitsAuthorized: 8,
        diagnoses: ['M54.50'],
      },
    ],
  });
  const session = await createSession({
    clientId: client.id,
    date: '2026-11-26',
    minutes: 60,
    lines: [{ code: '97124', units: 1, modifiers: [], charge: 40 }],
  });
  return { client, rx: client.prescriptions[0]!, session };
}

async function expectConflict(save: () => Promise<unknown>, message: RegExp) {
  const before = await storedSnapshot();
  const error = await save().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as Error).message).toMatch(message);
  expect(await storedSnapshot()).toEqual(before);
}

describe('two windows saving one record', () => {
  it('a prescription: visits authorised in one, notes in the other, both kept; the same field refused', async () => {
    const { client, rx } = await twoWindows();
    await savePrescription(client.id, { ...rx, visitsAuthorized: 30 }, rx);
    await savePrescription(client.id, { ...rx, notes: 'twice a week' }, rx);
    expect((await getClient(client.id))!.prescriptions[0]).toMatchObject({
      visitsAuthorized: 30,
      notes: 'twice a week',
    });
    await expectConflict(
      () => savePrescription(client.id, { ...rx, visitsAuthorized: 12 }, rx),
      /^Another window changed the prescription .*visits authorised: yours 12, saved in another window 30/,
    );
  });

  it('a session: units of a line in one, its modifier in the other, both kept; the same field refused', async () => {
    const { session } = await twoWindows();
    const line = session.lines[0]!;
    await updateSession(session.id, { lines: [{ ...line, units: 2 }] }, session);
    await updateSession(session.id, { lines: [{ ...line, modifiers: ['GP'] }] }, session);
    expect((await getSession(session.id))!.lines[0]).toMatchObject({ units: 2, modifiers: ['GP'] });
    await updateSession(session.id, { minutes: 45 }, session);
    await expectConflict(
      () => updateSession(session.id, { lines: [{ ...line, units: 3 }] }, session),
      /units: yours 3, saved in another window 2/,
    );
  });

  it('a client: phone in one, member id in the other; the same field refused', async () => {
    const { client } = await twoWindows();
    await updateClient(client.id, { phone: '555-0199' }, client);
    await updateClient(client.id, { payer: { memberId: 'W1' } }, client);
    expect(await getClient(client.id)).toMatchObject({ phone: '555-0199', payer: { memberId: 'W1' } });
    await expectConflict(
      () => updateClient(client.id, { phone: '555-0111' }, client),
      /phone: yours "555-0111"/,
    );
  });

  it('the practice and the settings', async () => {
    const practice = await getPractice();
    await updatePractice({ name: 'Lakeside' }, practice);
    await updatePractice({ phone: '555-0123' }, practice);
    expect(await getPractice()).toMatchObject({ name: 'Lakeside', phone: '555-0123' });
    await expectConflict(
      () => updatePractice({ name: 'Harbor' }, practice),
      /name: yours "Harbor", saved in another window "Lakeside"/,
    );

    const settings = await getSettings();
    await updateSettings({ filingLimitDays: 90 }, settings);
    await updateSettings({ unitRule: 'ama-midpoint' }, settings);
    expect(await getSettings()).toMatchObject({ filingLimitDays: 90, unitRule: 'ama-midpoint' });
    await expectConflict(
      () => updateSettings({ filingLimitDays: 180 }, settings),
      /filing limit: yours 180, saved in another window 90/,
    );
  });
});
