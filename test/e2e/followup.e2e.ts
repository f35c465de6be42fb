import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { billingBackup } from '../fixtures/records/billing-backup';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

// The claim follow-up page with seeded billed, paid, denied and unbilled sessions.
const SCREENSHOTS = path.resolve('test-results/screenshots');

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension();
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    billingBackup(new Date()),
  );
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/followup.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
});
afterAll(async () => browser?.close());

const ids = (section: string) =>
  page
    .locator(`[data-section="${section}"] tr[data-session-id]`)
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id')));

test('what is outstanding: unpaid by age, denied, filing deadlines, balances', async () => {
  expect(await ids('unpaid')).toEqual(['m-120', 'm-75', 'm-45', 'demo-s-2', 'demo-s-1', 'm-resubmitted']);
  const bucket = (id: string) => page.locator(`[data-bucket="${id}"]`).innerText();
  expect(await bucket('0-30')).toMatch(/\$440\.00\s+3 claims/);
  expect(await bucket('90+')).toMatch(/\$120\.00\s+1 claim/);

  expect(await ids('denied')).toEqual(['m-denied-97', 'm-denied-16']);
  expect(await page.locator('[data-section="denied"] [data-carc="97"]').innerText()).toMatch(
    /CO-97[\s\S]*59 or XS/,
  );
  expect(await page.locator('[data-section="denied"] [data-rarc="N290"]').innerText()).toContain('box 24J');

  expect(await ids('filing')).toEqual(['lena-late', 'dana-old-unbilled']);
  expect(await page.locator('tr[data-session-id="lena-late"]').getAttribute('data-filing')).toBe('missed');

  const owed = await page
    .locator('[data-section="balances"] tr[data-balance-client]')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-balance-client'), r.querySelector('.fu-owed')!.textContent]),
    );
  expect(owed).toEqual([
    ['sam', '$140.00'],
    ['demo-dana', '$96.00'],
  ]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'followup.png'), fullPage: true });
});

test('a claim’s superbill opens from its row', async () => {
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    page
      .locator('[data-section="claims"] tr[data-session-id="m-45"]')
      .getByRole('link', { name: /Superbill/ })
      .click(),
  ]);
  await tab.waitForSelector('body[data-ready="true"]');
  expect(await tab.getAttribute('body', 'data-superbill')).toBe('ok');
  expect(await tab.locator('[data-field="claim-number"]').innerText()).toBe('PIP-2026-88412');
  await tab.close();
});

test('recording a denial saves it to the store and moves the claim to the denied list', async () => {
  await page
    .locator('[data-section="unpaid"] tr[data-session-id="m-45"]')
    .getByRole('button', { name: /Update/ })
    .click();
  const editor = page.locator('[data-editor="m-45"]');
  await editor.getByLabel('Status').selectOption('denied');
  await editor.getByLabel(/Reason codes/).fill('CO 16');
  await editor.getByLabel(/Remark codes/).fill('N290');
  expect(await editor.locator('[data-carc="16"]').innerText()).toContain('lacks information');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'followup-editor.png'), fullPage: false });
  await editor.getByRole('button', { name: 'Save claim' }).click();

  await expect.poll(() => ids('denied')).toEqual(['m-45', 'm-denied-97', 'm-denied-16']);
  expect(await ids('unpaid')).not.toContain('m-45');
  const saved = (await browser.serviceWorker.evaluate(() =>
    (globalThis as never as { exportBackup(): Promise<{ sessions: { id: string }[] }> }).exportBackup(),
  )) as { sessions: { id: string; status: string; denialCodes: string[]; remarkCodes: string[] }[] };
  expect(saved.sessions.find((s) => s.id === 'm-45')).toMatchObject({
    status: 'denied',
    denialCodes: ['CO-16'],
    remarkCodes: ['N290'],
  });
});

test('axe-core finds no accessibility violation, with an editor open', async () => {
  await page
    .locator('[data-section="claims"] tr[data-session-id="demo-s-3"]')
    .getByRole('button', { name: /Update/ })
    .click();
  expect(await axeViolations(page)).toEqual([]);
});

async function axeViolations(target: Page): Promise<string[]> {
  const source = path.resolve('node_modules/axe-core/axe.min.js');
  await target.addScriptTag({ path: source }).catch(() => undefined);
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(readFileSync(source, 'utf8'));
  return target.evaluate(async () => {
    const axe = (
      window as never as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
