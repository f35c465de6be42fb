import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createClient,
  createSession,
  deleteClient,
  deleteOtherVisit,
  deletePrescription,
  deleteSession,
  getClient,
  getClientSessions,
  getPractice,
  getSession,
  getSessionsOn,
  getSettings,
  listClientSummaries,
  loadPopupStart,
  saveOtherVisit,
  savePrescription,
  unreadableRecords,
  updateClient,
  updatePractice,
  updateSession,
  updateSettings,
} from '.';
import { StoreError } from './errors';
import { ready } from './ready';
import { watchRecords, type RecordsChange } from './watch';
import { recordsDb } from './db';
import { writeEntries } from './io';
import { buildRecordEntries } from './layout';
import { generateRecords } from './testing/generate';
import { resetStore, storedSnapshot, storedValue, storeRaw } from './testing/reset';

beforeEach(resetStore);

const maria = {
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { name: 'Aetna', memberId: 'W123 456 789' },
};

describe('clients', () => {
  it('saves a client and lists it by name', async () => {
    const saved = await createClient(maria);
    await createClient({ firstName: 'Ann', lastName: 'Adams' });
    expect(saved.id).toMatch(/.+/);
    expect((await listClientSummaries()).map((s) => s.lastName)).toEqual(['Adams', 'Garcia']);
    const loaded = await getClient(saved.id);
    expect(loaded?.payer.memberId).toBe('W123 456 789');
    expect(loaded?.prescriptions).toEqual([]);
  });

  it('refuses an invalid client with the reason, and stores nothing', async () => {
    const before = await storedSnapshot();
    const error = await createClient({ ...maria, birthDate: '1979-02-30' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/birth date: "1979-02-30" is not a valid date/);
    expect(await storedSnapshot()).toEqual(before);
  });

  it('changes only the fields a page edited: two pages editing one client keep both edits', async () => {
    const { id } = await createClient(maria);
    // Two pages loaded the same client; each saves the one field its person changed.
    await Promise.all([
      updateClient(id, { phone: '312-555-0187' }),
      updateClient(id, { payer: { groupNumber: '245610' } }),
      savePrescription(id, {
        prescriber: { lastName: 'Nguyen', npi: '1558598797' },
        writtenOn: '2026-09-15',
      }),
      saveOtherVisit(id, { date: '2026-11-20', providerType: 'chiropractor' }),
    ]);
    const client = await getClient(id);
    expect(client?.phone).toBe('312-555-0187');
    expect(client?.payer).toMatchObject({ name: 'Aetna', memberId: 'W123 456 789', groupNumber: '245610' });
    expect(client?.prescriptions).toHaveLength(1);
    expect(client?.otherVisits).toHaveLength(1);
  });

  it('two pages adding prescriptions at once keep both', async () => {
    const { id } = await createClient(maria);
    await Promise.all([
      savePrescription(id, {
        prescriber: { lastName: 'Nguyen' },
        writtenOn: '2026-01-10',
        diagnoses: ['M54.50'],
      }),
      savePrescription(id, {
        prescriber: { lastName: 'Kim' },
        writtenOn: '2026-06-01',
        diagnoses: ['M62.830'],
      }),
    ]);
    const names = (await getClient(id))?.prescriptions.map((rx) => rx.prescriber.lastName).sort();
    expect(names).toEqual(['Kim', 'Nguyen']);
  });

  it('edits and deletes one prescription and one visit without touching the others', async () => {
    const { id } = await createClient(maria);
    const a = await savePrescription(id, {
      prescriber: { lastName: 'Nguyen' },
      writtenOn: '2026-01-10',
      visitsAuthorized: 12,
    });
    await savePrescription(id, { prescriber: { lastName: 'Kim' }, writtenOn: '2026-06-01' });
    await savePrescription(id, { ...a, visitsAuthorized: 20 });
    const v = await saveOtherVisit(id, { date: '2026-11-20', providerType: 'physical-therapist' });
    let client = await getClient(id);
    expect(client?.prescriptions.find((rx) => rx.id === a.id)?.visitsAuthorized).toBe(20);
    expect(client?.prescriptions).toHaveLength(2);
    await deletePrescription(id, a.id);
    await deleteOtherVisit(id, v.id);
    client = await getClient(id);
    expect(client?.prescriptions.map((rx) => rx.prescriber.lastName)).toEqual(['Kim']);
    expect(client?.otherVisits).toEqual([]);
  });

  it('keeps the client list in step with renamed clients', async () => {
    const { id } = await createClient(maria);
    await updateClient(id, { lastName: 'Garcia-Lopez' });
    expect((await listClientSummaries())[0]).toMatchObject({
      id,
      lastName: 'Garcia-Lopez',
      memberId: 'W123 456 789',
    });
  });

  it('deletes a client with their sessions', async () => {
    const { id } = await createClient(maria);
    const other = await createClient({ firstName: 'Ann', lastName: 'Adams' });
    await createSession({ clientId: id, date: '2026-11-26', minutes: 60 });
    const kept = await createSession({ clientId: other.id, date: '2026-11-26', minutes: 30 });
    await deleteClient(id);
    expect(await getClient(id)).toBeUndefined();
    expect((await listClientSummaries()).map((c) => c.id)).toEqual([other.id]);
    expect((await getSessionsOn('2026-11-26')).map((s) => s.id)).toEqual([kept.id]);
    const keys = Object.keys(await storedSnapshot());
    expect(keys.filter((k) => k.includes(id))).toEqual([]);
  });

  it('reports an edit of a client another page deleted', async () => {
    const { id } = await createClient(maria);
    await deleteClient(id);
    await expect(updateClient(id, { phone: '1' })).rejects.toThrow(/no longer exists/);
  });
});

describe('sessions', () => {
  it('lists a day and a client, and follows a change of date', async () => {
    const { id: clientId } = await createClient(maria);
    const s1 = await createSession({
      clientId,
      date: '2026-11-26',
      minutes: 60,
      lines: [{ code: '97124', units: 4, charge: 120 }],
    });
    const s2 = await createSession({ clientId, date: '2026-11-19', minutes: 45 });
    expect((await getSessionsOn('2026-11-26')).map((s) => s.id)).toEqual([s1.id]);
    expect((await getClientSessions(clientId)).map((s) => s.id)).toEqual([s2.id, s1.id]);
    await updateSession(s1.id, { date: '2026-11-27' });
    expect(await getSessionsOn('2026-11-26')).toEqual([]);
    expect((await getSessionsOn('2026-11-27')).map((s) => s.id)).toEqual([s1.id]);
    expect((await getSession(s1.id))?.lines[0]).toMatchObject({
      code: '97124',
      units: 4,
      charge: 120,
      modifiers: [],
    });
  });

  it('two pages editing one session keep both edits', async () => {
    const { id: clientId } = await createClient(maria);
    const s = await createSession({ clientId, date: '2026-11-26', minutes: 60 });
    await Promise.all([
      updateSession(s.id, { soapNotesDone: true }),
      updateSession(s.id, { status: 'done' }),
    ]);
    expect(await getSession(s.id)).toMatchObject({ soapNotesDone: true, status: 'done', minutes: 60 });
  });

  it('refuses a session for a client that does not exist', async () => {
    await expect(createSession({ clientId: 'nobody', date: '2026-11-26' })).rejects.toThrow(
      /client no longer exists/,
    );
  });

  it('refuses an invalid session with the reason, and changes nothing', async () => {
    const { id: clientId } = await createClient(maria);
    const s = await createSession({ clientId, date: '2026-11-26', minutes: 60 });
    const before = await storedSnapshot();
    await expect(updateSession(s.id, { minutes: -5 })).rejects.toThrow(/minutes: -5 is too small/);
    await expect(updateSession(s.id, { date: '2026-13-01' })).rejects.toThrow(
      /date: "2026-13-01" is not a valid date/,
    );
    expect(await storedSnapshot()).toEqual(before);
  });

  it('deletes a session from its day and its client', async () => {
    const { id: clientId } = await createClient(maria);
    const s = await createSession({ clientId, date: '2026-11-26' });
    await deleteSession(s.id);
    expect(await getSessionsOn('2026-11-26')).toEqual([]);
    expect(await getClientSessions(clientId)).toEqual([]);
  });
});

describe('writes that fail', () => {
  it('reports a full disk and leaves the store as it was', async () => {
    const { id: clientId } = await createClient(maria);
    const before = await storedSnapshot();
    vi.spyOn(recordsDb(), 'bulkDocs').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await createSession({ clientId, date: '2026-11-26' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/no room left/);
    expect(await storedSnapshot()).toEqual(before);
  });
});

describe('reading what another build or a bug stored', () => {
  it('skips a damaged record, keeps it in storage and says which and why', async () => {
    const { id } = await createClient(maria);
    await storeRaw({ [`client:${id}`]: { id, birthDate: 'yesterday' } });
    expect(await getClient(id)).toBeUndefined();
    expect(unreadableRecords()).toEqual([
      { key: `client:${id}`, reason: expect.stringMatching(/birth date/) },
    ]);
    expect(await storedValue(`client:${id}`)).toEqual({
      id,
      birthDate: 'yesterday',
    });
  });

  it('keeps the readable lines of a damaged client-list shard and names the damage', async () => {
    const a = await createClient({ firstName: 'Ann', lastName: 'Adams' });
    const shardKey = Object.keys(await storedSnapshot()).find((k) => k.startsWith('idx:clients:'))!;
    const text = (await storedValue(shardKey)) as string;
    await storeRaw({ [shardKey]: `${text}\ngarbage without tabs` });
    expect((await listClientSummaries()).map((c) => c.id)).toEqual([a.id]);
    expect(unreadableRecords()).toEqual([
      { key: shardKey, reason: expect.stringMatching(/line 2 is not a client summary/) },
    ]);
  });

  it('keeps names with tabs, newlines and backslashes intact in the client list', async () => {
    await createClient({ firstName: 'A\tB', lastName: 'C\\D\nE' });
    expect(await listClientSummaries()).toMatchObject([{ firstName: 'A\tB', lastName: 'C\\D\nE' }]);
  });

  it('returns defaults when there is no practice or settings yet', async () => {
    expect((await getPractice()).taxonomy).toBe('225700000X');
    expect(await getSettings()).toMatchObject({
      unitRule: 'cms-8-minute',
      filingLimitDays: 365,
      eligibilityFreshnessDays: 30,
    });
  });
});

describe('practice and settings', () => {
  it('saves only the fields given', async () => {
    await updatePractice({ name: 'Lakeside', address: { city: 'Chicago' } });
    await updatePractice({ billingNpi: '1558598797', address: { zip: '60611' } });
    expect(await getPractice()).toMatchObject({
      name: 'Lakeside',
      billingNpi: '1558598797',
      address: { city: 'Chicago', zip: '60611' },
    });
    await updateSettings({ unitRule: 'ama-midpoint' });
    await updateSettings({ payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }] });
    expect(await getSettings()).toMatchObject({
      unitRule: 'ama-midpoint',
      payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }],
    });
  });

  it('refuses a settings value that makes no sense', async () => {
    await expect(updateSettings({ filingLimitDays: 0 })).rejects.toThrow(/filing limit/);
  });
});

describe('the popup’s first screen', () => {
  it('reads the client list, today’s sessions, the practice and the settings', async () => {
    await updatePractice({ name: 'Lakeside' });
    const { id } = await createClient(maria);
    const s = await createSession({ clientId: id, date: '2026-11-26', minutes: 60 });
    await createSession({ clientId: id, date: '2026-11-25', minutes: 60 });
    const start = await loadPopupStart('2026-11-26');
    expect(start.summaries.map((c) => c.lastName)).toEqual(['Garcia']);
    expect(start.today.map((x) => x.id)).toEqual([s.id]);
    expect(start.practice.name).toBe('Lakeside');
    expect(start.settings.unitRule).toBe('cms-8-minute');
  });

  it('moves an earlier build’s records out of storage.local first', async () => {
    const { clients, sessions } = generateRecords({ clients: 2, sessions: 4, today: '2026-11-26' });
    await fakeBrowser.storage.local.set({
      ...Object.fromEntries(buildRecordEntries(clients, sessions)),
      practice: { ...(await getPractice()), name: 'Old practice' },
      sites: ['https://www.officeally.com/*'],
    });
    resetStore.keepingStorage();
    const start = await loadPopupStart('2026-11-26');
    expect(start.summaries.map((c) => c.id).sort()).toEqual(clients.map((c) => c.id).sort());
    expect(start.practice.name).toBe('Old practice');
    expect(await getClient(clients[0]!.id)).toEqual(clients[0]);
    // Nothing of the records is left outside the database; other features' keys are.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['sites']);
  });
});

describe('watching', () => {
  it('tells every page which records changed', async () => {
    const changes: RecordsChange[] = [];
    const stop = watchRecords((c) => changes.push(c));
    const { id } = await createClient(maria);
    const s = await createSession({ clientId: id, date: '2026-11-26' });
    await updatePractice({ name: 'Lakeside' });
    // Changes travel on a BroadcastChannel: they arrive a moment after the write.
    await vi.waitFor(() => expect(changes).toHaveLength(3));
    stop();
    await updateSession(s.id, { minutes: 30 });
    await new Promise((r) => setTimeout(r, 50));
    expect(changes[0]!.clients.has(id)).toBe(true);
    expect(changes[0]!.clientList).toBe(true);
    expect(changes[1]!.sessions.has(s.id)).toBe(true);
    expect(changes[1]!.days.has('2026-11-26')).toBe(true);
    expect(changes[2]!.practice).toBe(true);
    expect(changes).toHaveLength(3);
  });
});

describe('the cost of a save', () => {
  /** Documents and bytes the database receives while saving one new session. */
  async function measureSave(clientId: string): Promise<{ keys: number; bytes: number }> {
    await ready(); // the first write of a page records the database's version once
    const spy = vi.spyOn(recordsDb(), 'bulkDocs');
    await createSession({
      clientId,
      date: '2026-11-26',
      minutes: 60,
      lines: [{ code: '97124', units: 4, charge: 120 }],
    });
    // Revisions differ between the two stores; the documents' ids and values are what a save writes.
    const written = spy.mock.calls.map((call) =>
      (call[0] as { _id: string; v?: unknown }[]).map((d) => ({ _id: d._id, v: d.v })),
    );
    spy.mockRestore();
    return {
      keys: written.reduce((n, docs) => n + docs.length, 0),
      bytes: written.reduce((n, docs) => n + JSON.stringify(docs).length, 0),
    };
  }

  it('does not grow with the store: the same keys and bytes with 2,000 clients and 20,000 sessions', async () => {
    const { clients, sessions } = generateRecords({ clients: 2000, sessions: 20000, today: '2026-11-26' });
    const client = clients[0]!;
    // What a save touches: that day's list and that client's list. A store holding only those...
    const touched = sessions.filter((s) => s.date === '2026-11-26' || s.clientId === client.id);
    const owners = new Set(touched.map((s) => s.clientId));
    await writeEntries(
      buildRecordEntries(
        clients.filter((c) => owners.has(c.id)),
        touched,
      ),
    );
    const small = await measureSave(client.id);
    // ...and the whole practice.
    resetStore();
    await writeEntries(buildRecordEntries(clients, sessions));
    const full = await measureSave(client.id);
    // The session, its history, the day's list and the client's list.
    expect(small.keys).toBe(4);
    expect(full).toEqual(small);
    // The day's list carries what the popup's "Today" shows of each session: about 170 bytes a session.
    expect(full.bytes).toBeLessThan(touched.filter((s) => s.date === '2026-11-26').length * 200 + 1500);
  });

  it('writes only the session when an edit changes nothing the lists show', async () => {
    const { id: clientId } = await createClient(maria);
    const s = await createSession({ clientId, date: '2026-11-26', minutes: 60 });
    const spy = vi.spyOn(recordsDb(), 'bulkDocs');
    await updateSession(s.id, { notes: 'Focus on the left shoulder' });
    expect(spy.mock.calls.map((call) => (call[0] as { _id: string }[]).map((d) => d._id))).toEqual([
      [`session:${s.id}`, `history:session:${s.id}`],
    ]);
  });
});
