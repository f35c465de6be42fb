import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { billingBackup } from '../fixtures/records/billing-backup';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { chromiumDriver } from './support/chromium-driver';
import { superbillFlow, superbillMonth } from './flows/superbill';

// The superbill page opened directly (DESIGN.md, "Pages a test may open directly"), from records seeded
// through the e2e background's importBackup, then printed to PDF on US Letter. The on-screen and printed
// month is a flow shared with Firefox (flows/superbill.ts); print-media emulation is Chromium's only.
const NOW = new Date();
const day = (offset: number) => {
  const d = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const RESULTS = path.resolve('test-results');
const SCREENSHOTS = path.join(RESULTS, 'screenshots');

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension();
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    billingBackup(NOW),
  );
  page = await browser.context.newPage();
});
afterAll(async () => browser?.close());

async function open(search: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`chrome-extension://${browser.extensionId}/superbill.html${search}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

const MONTH = superbillMonth(NOW);

test('a month of weekly sessions: everything an insurer needs on screen; printed, one page of Letter', async () => {
  await (await superbillFlow(chromiumDriver(browser), NOW)).close();
});

test('printed: the on-screen checks and the toolbar are left out', async () => {
  await open(MONTH);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('[data-superbill-checks]').isVisible()).toBe(false);
  expect(await page.locator('.toolbar').isVisible()).toBe(false);
  expect(await page.locator('article.sheet').isVisible()).toBe(true);
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('[data-superbill-checks]')!).display),
  ).toBe('none');

  // A picture of the printable area (7.5in wide), to look at.
  await page.setViewportSize({ width: 720, height: 960 });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'superbill-print.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('one session of an auto claim: claim number and date of injury', async () => {
  await open('?session=m-45');
  const text = await page.locator('article.sheet').innerText();
  expect(text).toContain('Auto accident');
  expect(await page.locator('[data-field="claim-number"]').innerText()).toBe('PIP-2026-88412');
  const [y, m, d] = day(-40).split('-');
  expect(await page.locator('[data-field="date-of-injury"]').innerText()).toBe(`${m}/${d}/${y}`);
});

test.each([
  ['?client=nobody', 'error', /No client with the id “nobody”/],
  ['?client=maya&from=2026-02-30', 'error', /is not a date/],
  ['?client=maya&from=2000-01-01&to=2000-01-31', 'empty', /No sessions for Maya Chen/],
  ['', 'error', /whose superbill/],
])('address %j: a clear message', async (search, state, message) => {
  await open(search);
  expect(await page.getAttribute('body', 'data-superbill')).toBe(state);
  expect(await page.getByRole('alert').innerText()).toMatch(message);
});

test('axe-core finds no accessibility violation', async () => {
  for (const search of [MONTH, '?client=nobody']) {
    await open(search);
    expect(await axeViolations(page), search).toEqual([]);
  }
});

/** axe-core in the page (its source evaluated when the extension page's CSP refuses the script tag). */
async function axeViolations(target: Page): Promise<string[]> {
  const source = path.resolve('node_modules/axe-core/axe.min.js');
  await target.addScriptTag({ path: source }).catch(() => undefined);
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(readFileSync(source, 'utf8'));
  const results = await target.evaluate(async () => {
    const axe = (
      window as never as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return results;
}
