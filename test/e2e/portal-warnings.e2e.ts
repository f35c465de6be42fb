import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';
import { shownFindings, typeInto } from './support/typing';

// Issue 3: the built extension in a real Chromium, on the saved real portal pages and our fixtures.
// Claims are typed key by key; the findings must appear, and clear again as the claim is corrected.

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
const OA_LINE = `#${OA}ucHCFALineItem_ucClaimLineItem_`;

describe('Office Ally, real saved page inside iframe#Iframe9', () => {
  test('bundled pair and a non-billable diagnosis appear while typing, then clear as the claim is corrected', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/pages/officeally-secure.html`);
    const frame = page.frameLocator('#Iframe9');
    await typeInto(page, frame, `#${OA}PRI_PATIENT_ID`, 'W123456789');
    await typeInto(page, frame, `#${OA}DIAGNOSIS_CODECMS0212_1`, 'M545');
    await typeInto(page, frame, `#${OA}REFER_PHYSICIAN_NPI`, '1528060837');
    for (const [row, code] of [
      [0, '97124'],
      [1, '97140'],
    ] as const) {
      await typeInto(page, frame, `${OA_LINE}FM_DATE_OF_SVC_MONTH${row}`, '11');
      await typeInto(page, frame, `${OA_LINE}FM_DATE_OF_SVC_DAY${row}`, '20');
      await typeInto(page, frame, `${OA_LINE}FM_DATE_OF_SVC_YEAR${row}`, '2026');
      await typeInto(page, frame, `${OA_LINE}CPT_CODE${row}`, code);
      await typeInto(page, frame, `${OA_LINE}UNITS${row}`, '2');
      await typeInto(page, frame, `${OA_LINE}DOS_DIAG_CODE${row}`, 'A');
    }
    await expect
      .poll(() => shownFindings(frame))
      .toEqual(expect.arrayContaining(['ncci-pair [0 1]', 'icd-invalid [0 1]']));
    // The finding names the rule and the lines; each finding element carries the DESIGN.md markers.
    await expect
      .poll(() => frame.locator('[data-finding-rule="ncci-pair"]').textContent())
      .toContain('97124');
    await page.screenshot({ path: `${SHOTS}/officeally-inline-warnings.png` });

    // Correct the claim: the specific low-back code, and 59 on the column-2 line (separate regions documented).
    await typeInto(page, frame, `#${OA}DIAGNOSIS_CODECMS0212_1`, 'M5450');
    await expect.poll(() => shownFindings(frame)).not.toContain('icd-invalid [0 1]');
    await typeInto(page, frame, `${OA_LINE}MODIFIER_A0`, 'XS');
    await expect
      .poll(() => frame.locator('[data-finding-rule="ncci-pair"]').getAttribute('class'))
      .toContain('info');
    // Drop the second line: the pair is gone.
    await typeInto(page, frame, `${OA_LINE}CPT_CODE1`, '');
    await expect.poll(() => shownFindings(frame)).not.toContain('ncci-pair [0 1]');
    await page.close();
  });

  test('the top frame without a form gets nothing injected', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/pages/officeally-secure.html`);
    await page.frameLocator('#Iframe9').locator(`#${OA}PRI_PATIENT_ID`).waitFor();
    await page.waitForTimeout(400);
    expect(await page.locator('mba-claim-check').count()).toBe(0);
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
    await expect.poll(() => shownFindings(page)).not.toEqual(expect.arrayContaining(['excluded-code [0]']));
    const left = await shownFindings(page);
    expect(left).not.toContain('npi-invalid []');
    expect(left).not.toContain('pointer-invalid [0]');
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
    expect(await page.locator('mba-claim-check').count()).toBe(0);
    await page.close();
  });
});
