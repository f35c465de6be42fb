import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { backupOf } from './support/backups';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { chromiumDriver } from './support/chromium-driver';
import { popupChecklistFlow } from './flows/popup-checklist';
import { privacyPolicyFlow } from './flows/privacy';
import { generateRecords } from '../../lib/store/testing/generate';
import { localToday } from '../../lib/dates';

/**
 * The records in a real Chromium with the built extension: add a client with a prescription
 * and a session through the popup, see the checklist, close and reopen (a flow shared with Firefox:
 * flows/popup-checklist.ts); axe-core on the popup and the options page; the scale figures with 2,000
 * clients and 20,000 sessions; screenshots to look at.
 */
const SHOTS = path.resolve('test-results/screenshots');
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const today = localToday();

let browser: ExtensionBrowser;
let popupUrl: string;
let optionsUrl: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
  popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
});
afterAll(async () => browser?.close());

async function openPopup(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(popupUrl);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/** Runs axe-core in the page (injected the way an extension page's CSP allows) and returns its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
  return result;
}

async function seed(doc: unknown): Promise<void> {
  await browser.serviceWorker.evaluate(
    (d) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(d),
    doc,
  );
}

test('a client with a prescription and a session, with its checklist, are still there after closing the popup', () =>
  popupChecklistFlow(chromiumDriver(browser)));

test('the popup and the options page have no accessibility violations (axe-core)', async () => {
  const page = await openPopup();
  expect(await axeViolations(page)).toEqual([]);
  await page
    .getByTestId('client-list')
    .getByRole('button', { name: /Garcia, Maria/ })
    .click();
  await page.waitForSelector('[role="tablist"]');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: /Prescriptions/ }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: /Details/ }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: /Sessions/ }).click();
  await page.locator('.sessions-table .btn-link').first().click();
  await page.waitForSelector('[data-check]');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();

  const options = await browser.context.newPage();
  await options.goto(optionsUrl);
  await options.getByRole('button', { name: 'Save practice' }).waitFor();
  expect(await axeViolations(options)).toEqual([]);
  // With validation messages showing.
  await options.getByLabel('Billing NPI').fill('123');
  await options.getByRole('button', { name: 'Save practice' }).click();
  expect(await axeViolations(options)).toEqual([]);
  await options.close();

  const privacy = await browser.context.newPage();
  await privacy.goto(`chrome-extension://${browser.extensionId}/privacy.html`);
  await privacy.waitForSelector('body[data-ready="true"]');
  expect(await axeViolations(privacy)).toEqual([]);
  await privacy.close();
});

test('the options page links the privacy policy the extension ships', () =>
  privacyPolicyFlow(chromiumDriver(browser)));

test('the options page refuses a broken backup with the reason and restores a good one after asking', async () => {
  const options = await browser.context.newPage();
  await options.goto(optionsUrl);
  const input = options.locator('#backup-file');
  await input.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "massage-billing-assistant/backup", "version": 1, "clie'),
  });
  await expect.poll(() => options.getByTestId('data-message').textContent()).toContain('ends too early');
  await input.setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...backupOf({ clients: [], sessions: [] }), version: 7 })),
  });
  await expect
    .poll(() => options.getByTestId('data-message').textContent())
    .toContain(
      'This file is a backup from a newer version of Massage Billing Assistant (version 7); update the extension first',
    );
  const small = generateRecords({ clients: 3, sessions: 12, today });
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backupOf(small))),
  });
  await options.getByRole('alertdialog').waitFor();
  expect(await options.getByRole('alertdialog').textContent()).toContain('holds 3 clients and 12 sessions');
  // What changes: the client made in the popup earlier is only on this computer, and would be removed.
  expect(await options.locator('[data-only-here]').textContent()).toContain(
    'Removed, since the backup does not have them',
  );
  expect(await axeViolations(options)).toEqual([]);
  await options
    .getByRole('alertdialog')
    .screenshot({ path: path.join(SHOTS, 'options-restore-preview.png') });
  await options.getByRole('button', { name: 'Replace my records' }).click();
  await expect
    .poll(() => options.getByTestId('data-message').textContent())
    .toContain('Backup restored: 3 clients and 12 sessions');
  await expect.poll(() => options.getByLabel('Practice name').inputValue()).toBe('Lakeside Massage Therapy');
  await options.screenshot({ path: path.join(SHOTS, 'options.png'), fullPage: true });
  await options.close();
});

test('scale: 2,000 clients and 20,000 sessions (figures printed for the report)', async () => {
  const figures: Record<string, unknown> = {};
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  /** Median of 15 saves of a new session through the store, and of the same keys written raw. */
  const timeSaves = async (page: Page, clientId: string) =>
    page.evaluate(async (id) => {
      const store = (globalThis as never as { __mbaStore: { createSession(s: unknown): Promise<unknown> } })
        .__mbaStore;
      type Area = {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string[]): Promise<void>;
      };
      const local = (globalThis as never as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const save: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < 15; i++) {
        let t = performance.now();
        const session = (await store.createSession({
          clientId: id,
          date: '2026-12-01',
          minutes: 60,
          lines: [{ code: '97124', units: 4, charge: 120 }],
        })) as { id: string };
        save.push(performance.now() - t);
        // The browser's own cost for the same three keys, for comparison.
        const copy = await local.get(null);
        const same = Object.fromEntries(
          [`session:${session.id}`, 'idx:day:2026-12-01', `idx:client-sessions:${id}`].map((k) => [
            `zz-${k}`,
            copy[k],
          ]),
        );
        t = performance.now();
        await local.set(same);
        raw.push(performance.now() - t);
        await local.remove(Object.keys(same));
      }
      return { store: Number(mid(save).toFixed(1)), rawBrowserSet: Number(mid(raw).toFixed(1)) };
    }, clientId);

  // A save with an empty store.
  const one = generateRecords({ clients: 1, sessions: 0, today });
  await seed(backupOf(one));
  let page = await openPopup();
  await page.waitForFunction(() => '__mbaStore' in globalThis);
  figures.saveEmptyStoreMs = await timeSaves(page, one.clients[0]!.id);
  await page.close();

  const big = generateRecords({ clients: 2000, sessions: 20000, today });
  await seed(backupOf(big));

  const interactive: number[] = [];
  const ownPart: number[] = [];
  const dataPart: number[] = [];
  for (let i = 0; i < 7; i++) {
    page = await openPopup();
    const [main, data, ready] = await page.evaluate(() =>
      ['mba:main', 'mba:data', 'mba:interactive'].map(
        (name) => performance.getEntriesByName(name)[0]!.startTime,
      ),
    );
    interactive.push(ready!);
    ownPart.push(ready! - main!);
    dataPart.push(data! - main!);
    if (i < 6) await page.close();
  }
  // From navigation start; and from the popup script's first line (what the store and the UI cost).
  figures.popupInteractiveMs = { median: Math.round(median(interactive)), all: interactive.map(Math.round) };
  figures.popupScriptToInteractiveMs = { median: Math.round(median(ownPart)), all: ownPart.map(Math.round) };
  figures.popupScriptToDataMs = { median: Math.round(median(dataPart)), all: dataPart.map(Math.round) };
  expect(await page.getByTestId('client-list').locator('li').count()).toBe(50);
  expect(await page.locator('p.side-more').textContent()).toContain('1,950 more');
  await page.screenshot({ path: path.join(SHOTS, 'popup-list.png') });

  await page.evaluate(() => performance.clearMeasures('mba:search'));
  const search = page.getByLabel('Find a client');
  await search.click();
  await page.keyboard.type('garcia m', { delay: 60 });
  await page.keyboard.press('Backspace');
  await page.keyboard.type('a', { delay: 60 });
  await search.fill('');
  await page.keyboard.type('0', { delay: 60 });
  await page.keyboard.type('3/1', { delay: 60 });
  const searchTimes = await page.evaluate(() =>
    performance.getEntriesByName('mba:search').map((e) => e.duration),
  );
  figures.searchKeystrokeMs = {
    median: Number(median(searchTimes).toFixed(2)),
    max: Number(Math.max(...searchTimes).toFixed(2)),
    keystrokes: searchTimes.length,
  };
  // Timings on a shared machine vary: the median is asserted, every figure is printed.
  expect(median(searchTimes)).toBeLessThan(16);

  figures.saveFullStoreMs = await timeSaves(page, big.clients[0]!.id);

  // The screenshots of a client page and a checklist, on the seeded records.
  await search.fill('');
  const first = page.getByTestId('today-list').getByRole('button').first();
  if (await first.count()) {
    await first.click();
  } else {
    await page.getByTestId('client-list').getByRole('button').first().click();
    await page.locator('.sessions-table .btn-link').first().click();
  }
  await page.waitForSelector('[data-check]');
  await page.screenshot({ path: path.join(SHOTS, 'popup-checklist.png') });
  await page.locator('.breadcrumb .btn-link').click();
  await page.waitForSelector('[role="tablist"]');
  await page.screenshot({ path: path.join(SHOTS, 'popup-client.png') });
  await page.getByRole('tab', { name: /Prescriptions/ }).click();
  await page.screenshot({ path: path.join(SHOTS, 'popup-prescriptions.png') });
  await page.close();

  console.log(`SCALE FIGURES ${JSON.stringify(figures)}`);
  expect(figures.popupInteractiveMs).toBeTruthy();
  // Seeding and reopening 20,000 sessions took 150 to over 180 s on a 2-core machine whose load average
  // was 9 from other work: room for that, since nothing here asserts a time but the search median.
}, 360_000);
