import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getClient,
  getClientSessions,
  getPractice,
  getSettings,
  listClientSummaries,
  createSession,
} from './records';
import { runMigrations } from './ready';
import { StoreError } from './errors';
import { V1_CLIENTS, V1_PRACTICE, V1_SETTINGS } from './testing/v1-fixture';
import { resetStore, storedSnapshot } from './testing/reset';

beforeEach(resetStore);

/** What an earlier build left behind: no version metadata, everything in one `clients` array. */
async function seedV1() {
  await fakeBrowser.storage.local.set({
    clients: structuredClone(V1_CLIENTS),
    practice: structuredClone(V1_PRACTICE),
    settings: structuredClone(V1_SETTINGS),
  });
}

describe('migrating a v1 store', () => {
  it('moves every client to its own record with the current field names', async () => {
    await seedV1();
    await runMigrations();
    const list = await listClientSummaries();
    expect(list.map((c) => `${c.lastName}, ${c.firstName}`)).toEqual([
      'Garcia, Maria',
      'Núñez, Linda',
      "O'Brien, James",
    ]);

    const maria = await getClient('k3f9a1');
    expect(maria).toMatchObject({
      firstName: 'Maria',
      lastName: 'Garcia',
      birthDate: '1979-03-14',
      phone: '312-555-0187',
      address: { line1: '1418 W Oak St', city: 'Chicago', state: 'IL', zip: '60622' },
      payer: {
        name: 'Blue Cross Blue Shield of Illinois',
        memberId: 'XOF 123456789',
        groupNumber: '245610',
        claimKind: 'health',
      },
      eligibility: { verifiedOn: '2026-11-02', notes: 'Deductible met. $20 copay. 20 visits/yr.' },
      otherVisits: [
        { date: '2026-11-20', providerType: 'chiropractor', note: 'Dr. Price adjusts Thursdays' },
      ],
    });
    expect(maria?.prescriptions).toEqual([
      {
        id: 'k3f9a1-rx1',
        prescriber: { firstName: 'Alicia', lastName: 'Nguyen', npi: '1558598797', credential: 'MD' },
        writtenOn: '2026-09-15',
        expiresOn: '2027-03-15',
        visitsAuthorized: 12,
        diagnoses: ['M54.5', 'M62.830'],
        frequency: '1x/week',
        notes: '',
      },
    ]);
  });

  it('moves each visit to a session of its client', async () => {
    await seedV1();
    await runMigrations();
    const sessions = await getClientSessions('k3f9a1');
    expect(sessions.map((s) => [s.date, s.status, s.minutes, s.soapNotesDone])).toEqual([
      ['2026-10-02', 'paid', 60, true],
      ['2026-10-09', 'denied', 45, true],
      ['2026-11-26', 'scheduled', 60, false],
    ]);
    expect(sessions[0]).toMatchObject({
      billedOn: '2026-10-03',
      paidAmount: 96.4,
      lines: [{ code: '97124', units: 4, modifiers: ['GP'], charge: 120 }],
    });
    expect(sessions[1]).toMatchObject({
      denialCodes: ['CO-97', 'CO-50'],
      lines: [
        { code: '97124', units: 2, charge: 60 },
        { code: '97140', units: 1, modifiers: ['GP', '59'], charge: 45 },
      ],
    });
    const james = await getClientSessions('k3f9a2');
    expect(james[0]).toMatchObject({
      status: 'done',
      placeOfService: '12',
      lines: [{ code: '97140', units: 2, charge: 90 }],
    });
    expect(await getClient('k3f9a2')).toMatchObject({
      payer: {
        claimKind: 'auto',
        claimNumber: 'SF-22-98812',
        dateOfInjury: '2026-08-30',
        memberId: '13-4455-B',
      },
      notes: 'Prefers afternoon appointments',
    });
  });

  it('keeps every value it cannot convert, word for word, in the notes', async () => {
    await seedV1();
    await runMigrations();
    const linda = await getClient('k3f9a3');
    expect(linda?.birthDate).toBe('');
    expect(linda?.notes).toContain('"13/45/1980"');
    expect(linda?.notes).toContain('"soon"'); // the PT visit with no readable date
    expect(linda?.notes).toContain('"??"'); // the visit with no readable date
    expect(linda?.eligibility.notes).toContain('"last week"');
    expect(linda?.payer.claimKind).toBe('workers-comp');
    const rx = linda?.prescriptions[0];
    expect(rx?.notes).toContain('"PT"');
    expect(rx?.notes).toContain('"twelve"');
    expect(rx?.visitsAuthorized).toBeUndefined();
    const [session] = await getClientSessions('k3f9a3');
    expect(session).toMatchObject({ status: 'billed', lines: [{ code: '97124', units: 4, charge: 0 }] });
    expect(session?.notes).toContain('"N/A"');
  });

  it('migrates the practice profile and the settings', async () => {
    await seedV1();
    await runMigrations();
    expect(await getPractice()).toMatchObject({
      name: 'Lakeside Massage Therapy',
      billingNpi: '1558598797',
      renderingNpi: '1558598797',
      taxId: '36-1234567',
      taxIdKind: 'EIN',
      taxonomy: '225700000X',
      licenseNumber: '227.012345',
      licenseState: 'IL',
      address: {
        line1: '400 N Lake Shore Dr',
        line2: 'Suite 210',
        city: 'Chicago',
        state: 'IL',
        zip: '60611',
      },
    });
    expect(await getSettings()).toMatchObject({
      unitRule: 'ama-midpoint',
      filingLimitDays: 180,
      eligibilityFreshnessDays: 30,
    });
  });

  it('leaves a marker and the version in place of the array, and running again changes nothing', async () => {
    await seedV1();
    await runMigrations();
    const after = await storedSnapshot();
    expect(after.clients).toMatchObject({ movedToRecords: true, clients: 3, sessions: 5 });
    expect(after['clients$']).toEqual({ v: 2 });
    expect(after['practice$']).toEqual({ v: 2 });
    await runMigrations();
    expect(await storedSnapshot()).toEqual(after);
  });

  it('two pages migrating at once produce the records once', async () => {
    await seedV1();
    await Promise.all([runMigrations(), runMigrations()]);
    expect(await listClientSummaries()).toHaveLength(3);
    expect(await getClientSessions('k3f9a1')).toHaveLength(3);
  });

  it('a session added after the migration is not overwritten by a late second migration', async () => {
    await seedV1();
    await runMigrations();
    const added = await createSession({ clientId: 'k3f9a1', date: '2026-12-03', minutes: 60 });
    await fakeBrowser.storage.local.set({ clients$: { v: 1 }, clients: structuredClone(V1_CLIENTS) });
    await runMigrations();
    expect((await getClientSessions('k3f9a1')).map((s) => s.id)).toContain(added.id);
    expect(await getClientSessions('k3f9a1')).toHaveLength(4);
  });

  it('refuses what is not a list of clients, keeps it untouched and says why', async () => {
    await fakeBrowser.storage.local.set({ clients: 'Maria Garcia; James OBrien' });
    const before = await storedSnapshot();
    const error = await runMigrations().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(
      /could not be converted \(the clients and sessions\).*not a list of clients/,
    );
    expect(await storedSnapshot()).toEqual(before);
  });

  it('leaves a store written by this build alone', async () => {
    await fakeBrowser.storage.local.set({
      practice: { name: 'Lakeside', billingNpi: '1558598797' },
      practice$: { v: 2 },
    });
    await runMigrations();
    expect(await getPractice()).toMatchObject({
      name: 'Lakeside',
      billingNpi: '1558598797',
      renderingNpi: '',
    });
  });
});
