import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { backupOf } from './support/backups';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { generateRecords } from '../../lib/store/testing/generate';
import { localToday } from '../../lib/dates';

/**
 * Backups in a real Chromium (DESIGN.md "Backups"): the documented version-1 shape goes in and comes
 * back out unchanged, and a restore stopped at any moment (the service worker stopped under it) leaves
 * exactly the old records or exactly the new ones.
 */
const DESIGN_V1 = readFileSync(path.resolve('test/fixtures/records/backup-v1-design.json'), 'utf8');
const today = localToday();
/** When the worker is stopped, as a fraction of how long the whole restore takes on this machine now. */
const MOMENTS = [0.1, 0.5, 0.9, 1.5];

type Doc = { clients: { id: string; lastName: string }[]; sessions: { id: string; clientId: string }[] };
type Hooks = {
  importBackup(doc: unknown): Promise<void>;
  exportBackup(): Promise<Doc & Record<string, unknown>>;
};

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  popup = await openPopup(browser);
});
afterAll(async () => browser?.close());

async function openPopup(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await page.waitForFunction(() => '__mbaStore' in globalThis);
  return page;
}

/** The stored records, read by a popup page (not the worker, which a test may have stopped). */
const exported = (page: Page) =>
  page.evaluate(() => (globalThis as never as { __mbaStore: Hooks }).__mbaStore.exportBackup());

test('the DESIGN.md-shaped version 1 backup goes in and comes back out unchanged', async () => {
  const sw: Worker = browser.serviceWorker;
  await sw.evaluate((text) => (globalThis as never as Hooks).importBackup(text), DESIGN_V1);
  const out = await sw.evaluate(() => (globalThis as never as Hooks).exportBackup());
  const expected = JSON.parse(DESIGN_V1) as Record<string, unknown>;
  expect({ ...out, exportedAt: expected.exportedAt }).toEqual(expected);
  // The client whose id is __proto__ is listed like any other.
  await popup.reload();
  await popup.waitForSelector('html[data-ready="true"]');
  await expect.poll(() => popup.getByTestId('client-list').textContent()).toContain('Okafor, Iris');
});

test('a restore stopped at any moment leaves the old records or the new ones, never a mix', async () => {
  const old = generateRecords({ clients: 400, sessions: 4000, today, seed: 1 });
  const fresh = generateRecords({ clients: 300, sessions: 3000, today, seed: 2 });
  // Other ids and other names: every record tells which backup it came from.
  const renamed = {
    clients: fresh.clients.map((c) => ({ ...c, id: `new-${c.id}`, lastName: `${c.lastName} New` })),
    sessions: fresh.sessions.map((s) => ({ ...s, id: `new-${s.id}`, clientId: `new-${s.clientId}` })),
  };
  const oldText = JSON.stringify(backupOf(old));
  const newText = JSON.stringify(backupOf(renamed));
  // How long the whole restore takes here (a loaded machine is several times slower than an idle one).
  const sw0 = browser.serviceWorker;
  await sw0.evaluate((text) => (globalThis as never as Hooks).importBackup(text), oldText);
  const full = await sw0.evaluate(async (text) => {
    const t = performance.now();
    await (globalThis as never as Hooks).importBackup(text);
    return performance.now() - t;
  }, newText);
  const outcomes: string[] = [`whole restore ${Math.round(full)} ms`];
  // A browser of its own for each try: Playwright does not follow a worker that CDP stopped and the
  // browser started again.
  for (const moment of MOMENTS) {
    const delay = Math.round(moment * full);
    const b = await launchWithExtension();
    const page = await openPopup(b);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) status = v.runningStatus;
    });
    const sw = b.serviceWorker;
    await sw.evaluate((text) => (globalThis as never as Hooks).importBackup(text), oldText);
    // Start the restore in the worker without waiting for it, then stop the worker after `delay`.
    await sw.evaluate((text) => {
      void (globalThis as never as Hooks).importBackup(text).catch(() => undefined);
    }, newText);
    await new Promise((r) => setTimeout(r, delay));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => status, { timeout: 20_000 }).toBe('stopped');

    const doc = await exported(page);
    await b.close();
    const fromNew = doc.clients.filter((c) => c.id.startsWith('new-')).length;
    const state =
      fromNew === 0
        ? 'old'
        : fromNew === doc.clients.length
          ? 'new'
          : `mixed (${fromNew} of ${doc.clients.length})`;
    outcomes.push(`stopped at ${delay} ms: ${state}`);
    if (state === 'old') {
      expect(doc.clients).toHaveLength(400);
      expect(doc.sessions).toHaveLength(4000);
      expect(doc.sessions.every((s) => !s.id.startsWith('new-'))).toBe(true);
    } else {
      expect(state).toBe('new');
      expect(doc.clients).toHaveLength(300);
      expect(doc.sessions).toHaveLength(3000);
      expect(doc.sessions.every((s) => s.id.startsWith('new-') && s.clientId.startsWith('new-'))).toBe(true);
    }
  }
  console.log('RESTORE STOPPED', outcomes.join('; '));
}, 240_000);
