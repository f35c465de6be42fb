import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';

// On a remittance page (EOB / claim status) the CARC and RARC codes get an inline explanation,
// in the same shadow-root UI as the claim warnings.
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('explains the adjustment and remark codes of an EOB, and nothing else', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/portals/remittance-eob.html`);
  const panel = page.locator('[data-mba-remittance]');
  await panel.waitFor();
  await expect.poll(() => page.locator('[data-carc="97"]').count()).toBe(1);
  for (const selector of ['[data-carc="2"]', '[data-carc="16"]', '[data-rarc="N290"]', '[data-carc="29"]']) {
    expect(await page.locator(selector).count(), selector).toBe(1);
  }
  // CPT 97124, amounts and dates on the page are not codes.
  expect(await page.locator('[data-carc="124"], [data-carc="9712"]').count()).toBe(0);
  expect(await page.locator('[data-carc="97"]').textContent()).toMatch(/included in the payment/i);
  await page.screenshot({ path: 'test-results/screenshots/remittance-explainer.png' });
  await page.close();
});

test('a claim form page gets no remittance panel', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/claim.html`);
  await page.waitForTimeout(600);
  expect(await page.locator('div[data-mba-host="mba-remittance"]').count()).toBe(0);
  await page.close();
});
