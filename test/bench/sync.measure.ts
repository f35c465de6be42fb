import { afterAll, expect, test } from 'vitest';
import { localToday } from '../../lib/dates';
import { generateRecords, samplePractice, sampleSettings } from '../../lib/store/testing/generate';
import { startCouch, type CouchServer } from '../e2e/support/couch';
import { launchBenchBrowser, type BenchBrowser } from './support/launch';
import { QUICK, writePart } from './support/results';
import { round } from './support/stats';

// Sync at DESIGN.md's scale (quick mode: a tenth): a practice's records restored on one computer (the
// baseline: the same records written locally), pushed to a CouchDB-protocol server (pouchdb-server, in
// memory, on this machine), pulled by a new computer (its first sync), and one client added on the
// first computer, timed until the second lists it.
const PASSPHRASE = 'harbor street front desk';
const SIZE = QUICK ? { clients: 200, sessions: 2000 } : { clients: 2000, sessions: 20000 };
type Hooks = {
  importBackup(d: unknown): Promise<void>;
  setPassphrase(p: string): Promise<void>;
  startSync(o: { url: string; passphrase: string }): Promise<unknown>;
};

let couch: CouchServer | undefined;
const browsers: BenchBrowser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await couch?.close();
});

test('sync: first push, a new computer’s first sync, a live change', async () => {
  couch = await startCouch();
  await couch.createDb('bench');
  const url = `${couch.origin}/bench`;
  const [front, room] = [await launchBenchBrowser(), await launchBenchBrowser()];
  browsers.push(front, room);
  const records = generateRecords({ ...SIZE, today: localToday(), seed: 7 });
  const doc = {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    practice: samplePractice(),
    settings: sampleSettings(),
    ...records,
  };
  const timed = async (work: () => Promise<unknown>) => {
    const t = performance.now();
    await work();
    return round(performance.now() - t);
  };
  const restoreMs = await timed(() =>
    front.serviceWorker.evaluate(
      async ({ d, p }) => {
        const h = globalThis as never as Hooks;
        await h.setPassphrase(p);
        await h.importBackup(d);
      },
      { d: doc, p: PASSPHRASE },
    ),
  );
  const start = (b: BenchBrowser) =>
    b.serviceWorker.evaluate(
      ({ u, p }) => (globalThis as never as Hooks).startSync({ url: u, passphrase: p }),
      { u: url, p: PASSPHRASE },
    );
  const firstPushMs = await timed(() => start(front));
  const firstSyncMs = await timed(() => start(room));

  const popup = async (b: BenchBrowser) => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.waitForFunction(() => '__mbaStore' in globalThis);
    return page;
  };
  const [pa, pb] = [await popup(front), await popup(room)];
  type Store = {
    createClient(c: object): Promise<unknown>;
    listClientSummaries(): Promise<{ lastName: string }[]>;
  };
  const t = performance.now();
  await pa.evaluate(() =>
    (globalThis as never as { __mbaStore: Store }).__mbaStore.createClient({
      firstName: 'Live',
      lastName: 'Zylstra',
    }),
  );
  await pb.waitForFunction(
    async () =>
      (await (globalThis as never as { __mbaStore: Store }).__mbaStore.listClientSummaries()).some(
        (c) => c.lastName === 'Zylstra',
      ),
    null,
    { polling: 100, timeout: 60_000 },
  );
  const liveChangeMs = round(performance.now() - t);
  expect(firstSyncMs).toBeGreaterThan(0);
  writePart('sync', { ...SIZE, restoreMs, firstPushMs, firstSyncMs, liveChangeMs });
}, 900_000);
