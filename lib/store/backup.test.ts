import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_FORMAT,
  BackupError,
  convertBackup,
  exportBackup,
  importBackup,
  parseBackup,
  MAX_BACKUP_CHARS,
  type BackupDoc,
} from './backup';
import {
  createClient,
  createSession,
  getClient,
  getClientSessions,
  getSessionsOn,
  listClientSummaries,
  updatePractice,
} from '.';
import { generateRecords, samplePractice, sampleSettings } from './testing/generate';
import { resetStore, storedSnapshot } from './testing/reset';

beforeEach(resetStore);

function smallBackup(): BackupDoc {
  const { clients, sessions } = generateRecords({ clients: 3, sessions: 9, today: '2026-11-26' });
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-26T17:00:00.000Z',
    practice: samplePractice(),
    settings: sampleSettings(),
    clients,
    sessions,
  };
}

/** Stores something, tries the import, and checks that it was refused with `reason` and nothing changed. */
async function expectRefused(input: unknown, reason: RegExp) {
  await createClient({ firstName: 'Kept', lastName: 'Client' });
  await updatePractice({ name: 'Kept practice' });
  const before = await storedSnapshot();
  const error = await importBackup(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as Error).message).toMatch(reason);
  expect(await storedSnapshot()).toEqual(before);
  return error as BackupError;
}

describe('export and restore', () => {
  it('restores exactly what was exported', async () => {
    const doc = smallBackup();
    await importBackup(doc);
    const exported = await exportBackup();
    expect(exported.format).toBe(BACKUP_FORMAT);
    expect(exported.version).toBe(1);
    expect(exported.practice).toEqual(doc.practice);
    expect(exported.settings).toEqual(doc.settings);
    expect(new Set(exported.clients)).toEqual(new Set(doc.clients));
    expect(exported.sessions).toHaveLength(doc.sessions.length);
    expect(new Set(exported.sessions)).toEqual(new Set(doc.sessions));
    // And the same document, as text, restores into an empty store with every index working.
    resetStore();
    await importBackup(JSON.stringify(exported, null, 2));
    const first = doc.clients[0]!;
    expect(await getClient(first.id)).toEqual(first);
    expect((await getClientSessions(first.id)).length).toBe(
      doc.sessions.filter((s) => s.clientId === first.id).length,
    );
    expect((await listClientSummaries()).length).toBe(3);
    const day = doc.sessions[0]!.date;
    expect((await getSessionsOn(day)).map((s) => s.id)).toContain(doc.sessions[0]!.id);
  });

  it('replaces the stored records and keeps what is not a record', async () => {
    const old = await createClient({ firstName: 'Old', lastName: 'Client' });
    await createSession({ clientId: old.id, date: '2025-01-02' });
    await fakeBrowser.storage.local.set({ sites: ['https://www.officeally.com/*'] });
    await importBackup(smallBackup());
    expect(await getClient(old.id)).toBeUndefined();
    expect(await getSessionsOn('2025-01-02')).toEqual([]);
    expect((await listClientSummaries()).map((c) => c.id).sort()).toEqual(['c00001', 'c00002', 'c00003']);
    expect((await fakeBrowser.storage.local.get('sites')).sites).toEqual(['https://www.officeally.com/*']);
    const keys = Object.keys(await storedSnapshot());
    expect(keys.some((k) => k.includes(old.id))).toBe(false);
  });

  it('keeps clients whose ids are __proto__ and constructor: listed, found, exported', async () => {
    const doc = smallBackup();
    doc.clients[0]!.id = '__proto__';
    doc.clients[1]!.id = 'constructor';
    for (const session of doc.sessions) {
      if (session.clientId === 'c00001') session.clientId = '__proto__';
      if (session.clientId === 'c00002') session.clientId = 'constructor';
    }
    await importBackup(JSON.stringify(doc));
    const ids = (await listClientSummaries()).map((c) => c.id);
    expect(ids.sort()).toEqual(['__proto__', 'c00003', 'constructor']);
    expect((await getClient('__proto__'))?.lastName).toBe(doc.clients[0]!.lastName);
    expect((await getClientSessions('constructor')).length).toBe(
      doc.sessions.filter((s) => s.clientId === 'constructor').length,
    );
    const exported = await exportBackup();
    expect(exported.clients.map((c) => c.id).sort()).toEqual(['__proto__', 'c00003', 'constructor']);
    expect(exported.sessions).toHaveLength(doc.sessions.length);
  });

  it('reports progress up to done', async () => {
    const steps: string[] = [];
    await importBackup(smallBackup(), (p) => steps.push(p.step));
    expect(steps).toEqual(['checking', 'preparing', 'writing', 'done']);
  });

  it('restores a large practice (2,000 clients, 20,000 sessions) from text', async () => {
    const { clients, sessions } = generateRecords({ clients: 2000, sessions: 20000, today: '2026-11-26' });
    const text = JSON.stringify({ ...smallBackup(), clients, sessions });
    await importBackup(text);
    expect((await listClientSummaries()).length).toBe(2000);
    expect((await exportBackup()).sessions).toHaveLength(20000);
  }, 120_000); // fake-indexeddb in Node is far slower than a browser's IndexedDB; the bench times the real one
});

describe('refusing a file, with a reason a person can act on', () => {
  it('a truncated file', async () => {
    const text = JSON.stringify(smallBackup(), null, 2);
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), /ends too early.*cut off/);
  });

  it('a file that is not JSON', async () => {
    await expectRefused('Name,Birth date\nMaria Garcia,1979-03-14\n', /damaged: it is not valid JSON/);
  });

  it('an empty file', async () => {
    await expectRefused('   \n', /empty/);
  });

  it('a JSON list, not a backup', async () => {
    await expectRefused('[1, 2, 3]', /not a Massage Billing Assistant backup \(the file holds a list/);
  });

  it('a document without a format field', async () => {
    await expectRefused(
      { version: 2, clients: [] },
      /^This is not a Massage Billing Assistant backup \(no format field\)\.$/,
    );
  });

  it('another program’s file', async () => {
    await expectRefused(
      { format: 'simplepractice/export', version: 2 },
      /not a Massage Billing Assistant backup \(its format is "simplepractice\/export"/,
    );
  });

  it('a backup from a newer version', async () => {
    await expectRefused(
      { ...smallBackup(), version: 7 },
      /^This file is a backup from a newer version of Massage Billing Assistant \(version 7\); update the extension first\.$/,
    );
  });

  it('a version that is not a number', async () => {
    await expectRefused({ ...smallBackup(), version: '2' }, /version \("2"\) is not a version number/);
  });

  it('an invalid date, naming the line, the client and the field', async () => {
    const doc = smallBackup();
    (doc.clients[2] as { birthDate: string }).birthDate = '1980-13-45';
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('1980-13-45')) + 1;
    const name = `${doc.clients[2]!.lastName}, ${doc.clients[2]!.firstName}`;
    await expectRefused(
      text,
      new RegExp(
        `^Line ${line}: Client 3 \\(${name}\\), birth date: "1980-13-45" is not a valid date \\(YYYY-MM-DD\\)$`,
      ),
    );
  });

  it('an invalid session field, and lists every problem', async () => {
    const doc = smallBackup();
    (doc.sessions[1] as { minutes: unknown }).minutes = 'an hour';
    (doc.sessions[4] as { status: unknown }).status = 'finished';
    const error = await expectRefused(
      doc,
      /^Session 2 \(\d{4}-\d\d-\d\d\), minutes: "an hour" is not a number$/,
    );
    expect(error.problems[1]).toMatch(/^Session 5 .*status: "finished" is not one of "scheduled", "done"/);
  });

  it('a session whose client is not in the backup', async () => {
    const doc = smallBackup();
    doc.sessions[0]!.clientId = 'c99999';
    await expectRefused(doc, /Session 1 \(.*\) belongs to client "c99999", who is not in the backup/);
  });

  it('two clients with one id', async () => {
    const doc = smallBackup();
    doc.clients[1]!.id = doc.clients[0]!.id;
    await expectRefused(doc, /Clients 1 and 2 have the same id "c00001"/);
  });

  it('a record that is not an object', async () => {
    const doc = smallBackup() as unknown as { clients: unknown[] };
    doc.clients[1] = 'Maria Garcia';
    await expectRefused(doc, /Client 2, "Maria Garcia" is not a client/);
  });

  it('a file far larger than any backup', async () => {
    const huge = `{"format":"${BACKUP_FORMAT}","version":1,"notes":"${'x'.repeat(MAX_BACKUP_CHARS)}"}`;
    await expectRefused(huge, /too large to be a backup \(64 MB/);
  });

  it('a field the format does not have, naming the record and the field', async () => {
    const doc = smallBackup() as unknown as { clients: Record<string, unknown>[] };
    doc.clients[1]!.dob = '03/14/1979';
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"dob"')) + 1;
    await expectRefused(text, new RegExp(`^Line ${line}: Client 2 \\(.*\\), .*dob.*is not a field`));
  });

  it('a field the format does not have, nested in a session line', async () => {
    const doc = smallBackup() as unknown as { sessions: { lines: Record<string, unknown>[] }[] };
    doc.sessions[2]!.lines[0]!.cpt = '97124';
    await expectRefused(doc, /^Session 3 \(.*\), .*cpt.*is not a field/);
  });
});

describe('parseBackup', () => {
  it('accepts the document as an object or as text, and touches nothing', async () => {
    const doc = smallBackup();
    expect(parseBackup(doc).clients).toHaveLength(3);
    expect(parseBackup(JSON.stringify(doc)).sessions).toHaveLength(9);
    expect(await storedSnapshot()).toEqual({});
  });

  it('throws BackupError with the problems listed', () => {
    expect(() => parseBackup('{')).toThrow(BackupError);
  });
});

describe('converting an earlier version (test-only converters: version 1 is the only shape so far)', () => {
  it('runs each converter in turn and numbers the result', () => {
    const converters = {
      1: (d: Record<string, unknown>) => ({ ...d, people: undefined, clients: d.people }),
      2: (d: Record<string, unknown>) => ({ ...d, sessions: [] }),
    };
    const out = convertBackup({ format: BACKUP_FORMAT, version: 1, people: [1] }, 1, 3, converters);
    expect(out).toMatchObject({ version: 3, clients: [1], sessions: [] });
  });

  it('refuses a version with no converter', () => {
    expect(() => convertBackup({ version: 1 }, 1, 2, {})).toThrow(/version 1 cannot be read/);
  });
});
