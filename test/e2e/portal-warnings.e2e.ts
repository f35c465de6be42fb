import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { chromiumDriver } from './support/chromium-driver';
import { shownFindings } from './support/markers';
import { startFixtureServer } from './support/server';
import { typeInto } from './support/typing';
import { officeAllyWarningsFlow } from './flows/inline-warnings';

// The built extension in a real Chromium, on the saved real portal pages and our fixtures. Claims are
// typed key by key; the findings must appear, and clear again as the claim is corrected. The Office Ally
// flow is shared with Firefox (flows/inline-warnings.ts, firefox.e2e.ts).

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const SHOTS = 'test-results/screenshots';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const OA = 'ctl00_phFolderContent_ucHCFA_';

describe('Office Ally, real saved page inside iframe#Iframe9', () => {
  test('bundled pair and a non-billable diagnosis appear while typing, then clear as the claim is corrected', () =>
    officeAllyWarningsFlow(chromiumDriver(browser), server.origin));

  test('the top frame without a form gets nothing injected', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/pages/officeally-secure.html`);
    await page.frameLocator('#Iframe9').locator(`#${OA}PRI_PATIENT_ID`).waitFor();
    await page.waitForTimeout(400);
    expect(await page.locator('div[data-mba-host="mba-claim-check"]').count()).toBe(0);
    await page.close();
  });
});

describe('UnitedHealthcare, real saved page (windows-1252)', () => {
  test('an out-of-scope code, pointer checkboxes and a bad referring NPI', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/portals/uhc-hcfa1500-2016.html`);
    await typeInto(page, page, '[name="txt_diagnosisText1"]', 'M62830');
    await typeInto(page, page, '[name="txt_referringPhyNPI"]', '1234567890');
    await typeInto(page, page, '[name="txt_dosFrom1MM"]', '11');
    await typeInto(page, page, '[name="txt_dosFrom1DD"]', '20');
    await typeInto(page, page, '[name="txt_dosFrom1YYYY"]', '2026');
    await typeInto(page, page, '[name="txt_procCode1"]', '97110');
    await typeInto(page, page, '[name="txt_days1"]', '1');
    await expect
      .poll(() => shownFindings(page))
      .toEqual(expect.arrayContaining(['excluded-code [0]', 'npi-invalid []', 'pointer-invalid [0]']));
    await page.locator('[name="cb_diagnosisCode1a"]').check();
    await typeInto(page, page, '[name="txt_procCode1"]', '97124');
    await typeInto(page, page, '[name="txt_referringPhyNPI"]', '1528060837');
    // All three go once the claim is corrected (the last check answers the last keystroke).
    const fixed = ['excluded-code [0]', 'npi-invalid []', 'pointer-invalid [0]'];
    await expect.poll(async () => (await shownFindings(page)).filter((f) => fixed.includes(f))).toEqual([]);
    await page.close();
  });
});

describe('the bundled demo page, with the demo records loaded', () => {
  test('matches the saved client and flags the expired Rx and the same-day chiropractor visit', async () => {
    await browser.serviceWorker.evaluate(
      (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
      demoBackup(new Date()),
    );
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo/claim.html`);
    await page.getByRole('button', { name: 'type an example claim' }).click();
    await expect
      .poll(() => shownFindings(page))
      .toEqual(
        expect.arrayContaining([
          'ncci-pair [0 1]',
          'bundled-code [2]',
          'icd-invalid [0 2]',
          'npi-invalid []',
          'rx-expired [0 1 2]',
          'same-day-provider [0 1 2]',
        ]),
      );
    expect(await shownFindings(page)).not.toContain('client-unmatched []');
    await page.screenshot({ path: `${SHOTS}/demo-claim-warnings.png`, fullPage: true });
    await page.close();
  });
});

describe('pages without a claim form', () => {
  test('get nothing injected', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/pages/no-claim-form.html`);
    await page.locator('#q').fill('claim 123');
    await page.waitForTimeout(500);
    expect(await page.locator('div[data-mba-host="mba-claim-check"]').count()).toBe(0);
    await page.close();
  });
});
