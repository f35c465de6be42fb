import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startCouch, type CouchServer } from './support/couch';

/**
 * Sync in real Chromium profiles through a real CouchDB-protocol server (DESIGN.md "Sync"): records
 * made on one computer appear on the other; the server holds no client data in clear; a wrong
 * passphrase is refused before anything is written; edits made on both while the server was away
 * converge on both when it is back.
 */
const DESIGN_V1 = readFileSync(path.resolve('test/fixtures/records/backup-v1-design.json'), 'utf8');
const PASSPHRASE = 'harbor street front desk';
const DB = 'practice';
const SECRETS = ['Okafor', 'Rivera', 'Marcus', '1979-09-30', '1986-04-12', 'XJH449120331', 'EV-55120'];

type Status = { state: string; pending: number; lastSyncedAt: string | null; error: string | null };
type Hooks = {
  importBackup(doc: unknown): Promise<void>;
  setPassphrase(p: string): Promise<void>;
  startSync(o: { url: string; passphrase: string }): Promise<Status>;
  syncStatus(): Promise<Status>;
};
type Store = {
  listClientSummaries(): Promise<{ id: string; lastName: string; firstName: string }[]>;
  createClient(c: object): Promise<{ id: string }>;
  getClient(id: string): Promise<{ phone: string; payer: { memberId: string } } | undefined>;
  updateClient(id: string, patch: object): Promise<unknown>;
};

let couch: CouchServer;
const browsers: ExtensionBrowser[] = [];
beforeAll(async () => {
  couch = await startCouch();
  await couch.createDb(DB);
}, 60_000);
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await couch?.close();
});

async function computer(): Promise<{ b: ExtensionBrowser; popup: Page }> {
  const b = await launchWithExtension();
  browsers.push(b);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.waitForFunction(() => '__mbaStore' in globalThis);
  return { b, popup };
}
const hooks = (b: ExtensionBrowser) => b.serviceWorker;
/** The popup's store (the e2e build's `__mbaStore`): what a person there saves and sees. */
const names = (popup: Page) =>
  popup.evaluate(async () => {
    const s = (globalThis as never as { __mbaStore: Store }).__mbaStore;
    return (await s.listClientSummaries()).map((c) => `${c.lastName}, ${c.firstName}`);
  });
const idOf = (popup: Page, lastName: string) =>
  popup.evaluate(async (last) => {
    const s = (globalThis as never as { __mbaStore: Store }).__mbaStore;
    return (await s.listClientSummaries()).find((c) => c.lastName === last)!.id;
  }, lastName);
const update = (popup: Page, id: string, patch: object) =>
  popup.evaluate(({ i, p }) => (globalThis as never as { __mbaStore: Store }).__mbaStore.updateClient(i, p), {
    i: id,
    p: patch,
  });
const phoneAndMember = (popup: Page, id: string) =>
  popup.evaluate(async (i) => {
    const c = await (globalThis as never as { __mbaStore: Store }).__mbaStore.getClient(i);
    return `${c?.phone}|${c?.payer.memberId}`;
  }, id);
const startSync = (b: ExtensionBrowser, passphrase = PASSPHRASE) =>
  hooks(b).evaluate((o) => (globalThis as never as Hooks).startSync(o), {
    url: `${couch.origin}/${DB}`,
    passphrase,
  });

let front: Awaited<ReturnType<typeof computer>>;
let room: Awaited<ReturnType<typeof computer>>;

test('the first computer syncs its records, and the server holds only ciphertext', async () => {
  front = await computer();
  await hooks(front.b).evaluate(
    async ({ backup, passphrase }) => {
      await (globalThis as never as Hooks).importBackup(backup);
      await (globalThis as never as Hooks).setPassphrase(passphrase);
    },
    { backup: DESIGN_V1, passphrase: PASSPHRASE },
  );
  const started = Date.now();
  const status = await startSync(front.b);
  console.log(`SYNC first computer pushed in ${Date.now() - started} ms`);
  expect(status.state).toBe('synced');
  const docs = await couch.allDocs(DB);
  expect(docs.some((d) => d.id.startsWith('client:'))).toBe(true);
  expect(docs.some((d) => d.id.startsWith('idx:'))).toBe(false);
  const text = JSON.stringify(docs);
  for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
}, 120_000);

test('a wrong passphrase on a new computer is refused before anything is written', async () => {
  const other = await computer();
  await expect(startSync(other.b, 'not the practice passphrase')).rejects.toThrow(
    /not the practice passphrase/,
  );
  expect(await names(other.popup)).toEqual([]);
  expect(
    ((await hooks(other.b).evaluate(() => (globalThis as never as Hooks).syncStatus())) as Status).state,
  ).toBe('error');
}, 120_000);

test('a second computer gets every record, and a client added on one appears on the other within seconds', async () => {
  room = await computer();
  const started = Date.now();
  await startSync(room.b);
  console.log(`SYNC second computer's first sync in ${Date.now() - started} ms`);
  expect(await names(room.popup)).toEqual(await names(front.popup));
  expect(await names(room.popup)).toContain('Okafor, Iris');

  const added = Date.now();
  await front.popup.evaluate(() =>
    (globalThis as never as { __mbaStore: Store }).__mbaStore.createClient({
      firstName: 'Nadia',
      lastName: 'Haddad',
    }),
  );
  await expect.poll(() => names(room.popup), { timeout: 20_000, interval: 200 }).toContain('Haddad, Nadia');
  console.log(`SYNC live change seen on the other computer in ${Date.now() - added} ms`);
  // The popup open on the other computer lists it, without reopening.
  await expect.poll(() => room.popup.getByTestId('client-list').textContent()).toContain('Haddad, Nadia');
  // The popup open there since before sync shows the practice's profile that came with it.
  expect(await room.popup.textContent('body')).not.toContain('Missing: practice name');
  // Its popup says the records are the practice's latest.
  await expect.poll(() => room.popup.locator('.sync-line').textContent()).toMatch(/^Synced/);
  await room.popup.screenshot({ path: 'test-results/screenshots/popup-synced.png' });
}, 120_000);

test('sync resumes by itself after the browser stops the service worker (as MV3 does when idle)', async () => {
  const cdp = await room.b.context.newCDPSession(room.popup);
  await cdp.send('ServiceWorker.enable');
  let running = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) running = v.runningStatus;
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => running, { timeout: 20_000 }).toBe('stopped');
  await front.popup.evaluate(() =>
    (globalThis as never as { __mbaStore: Store }).__mbaStore.createClient({
      firstName: 'Omar',
      lastName: 'Reyes',
    }),
  );
  // The popup opened again wakes the worker, which starts replicating from its checkpoint.
  await room.popup.reload();
  await room.popup.waitForFunction(() => '__mbaStore' in globalThis);
  await expect.poll(() => names(room.popup), { timeout: 30_000, interval: 300 }).toContain('Reyes, Omar');
}, 120_000);

test('a computer set up from the options page, as a practice does it, syncs and says so', async () => {
  const desk = await computer();
  const options = await desk.b.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${desk.b.extensionId}/options.html#sync`);
  const section = options.locator('[data-section="sync"]');
  await expect.poll(() => section.locator('.sync-status').textContent()).toContain('Sync is off');
  await section.getByLabel('Server address').fill(couch.origin);
  await section.getByLabel('Database').fill(DB);
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect.poll(() => section.locator('.form-status').textContent()).toContain('The server answers');
  await section.getByLabel('Practice passphrase').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  await expect
    .poll(() => section.locator('.sync-status').textContent(), { timeout: 30_000 })
    .toMatch(/^Synced/);
  await section.screenshot({ path: 'test-results/screenshots/options-sync.png' });
  expect(await names(desk.popup)).toContain('Okafor, Iris');
}, 120_000);

test('edits made on both while the server is away converge on both when it is back', async () => {
  const id = await idOf(front.popup, 'Haddad');
  await couch.stop();
  await update(front.popup, id, { phone: '555-0111' });
  await update(room.popup, id, { payer: { memberId: 'ZX-2026' } });
  // The status line says the server is away, since when.
  await expect
    .poll(() => hooks(front.b).evaluate(() => (globalThis as never as Hooks).syncStatus()), {
      timeout: 30_000,
    })
    .toMatchObject({ state: 'offline' });
  await couch.start(); // empty again (in memory): both computers push what they hold
  await couch.createDb(DB);
  for (const { popup } of [front, room])
    await expect
      .poll(() => phoneAndMember(popup, id), { timeout: 90_000, interval: 500 })
      .toBe('555-0111|ZX-2026');
}, 180_000);
