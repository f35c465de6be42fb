import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays, localToday } from '../../lib/dates';
import { samplePractice } from '../../lib/store/testing/generate';
import { backupOf } from './support/backups';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

/**
 * A day at the front desk in Chromium: the first run's steps, the checklist's order and its
 * fix actions, dates that may not move, and the usual lines a new session is offered.
 */
const SHOTS = path.resolve('test-results/screenshots');
const today = localToday();

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

const seed = (doc: unknown) =>
  browser.serviceWorker.evaluate(
    (d) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(d),
    doc,
  );

async function openPopup(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

const ana = {
  id: 'ana',
  firstName: 'Ana',
  lastName: 'Lopez',
  birthDate: '1985-06-02',
  payer: { name: 'Aetna', memberId: 'W555 111 222' },
  eligibility: {},
  prescriptions: [],
  otherVisits: [{ id: 'chiro', date: today, providerType: 'chiropractor' }],
};

test('first run: practice profile, first client, first session, each step linked', async () => {
  await seed(backupOf({ practice: {} }));
  const page = await openPopup();
  const steps = page.getByTestId('first-run');
  await steps.waitFor();
  expect(
    await steps.locator('[data-step]').evaluateAll((li) => li.map((l) => l.getAttribute('data-done'))),
  ).toEqual(['false', 'false', 'false']);
  await page.screenshot({ path: path.join(SHOTS, 'popup-first-run.png') });

  // Step 1 opens the options page at its Practice section, in a tab.
  const [options] = await Promise.all([
    browser.context.waitForEvent('page'),
    page.getByRole('link', { name: 'Open Settings, Practice' }).click(),
  ]);
  await options.waitForLoadState();
  expect(new URL(options.url()).hash).toBe('#practice');
  await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('practice-title');
  await options.close();

  // Step 2, then step 3 from the same card.
  await page.getByRole('button', { name: 'Add your first client' }).click();
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Lopez');
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('heading', { name: 'Lopez, Ana' }).waitFor();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('html[data-ready="true"]');
  await expect.poll(() => page.locator('[data-step="client"]').getAttribute('data-done')).toBe('true');
  await page.getByRole('button', { name: 'Add a session for Ana' }).click();
  await page.getByRole('button', { name: 'Add session' }).click();
  await page.getByTestId('checklist').waitFor();
  await page.close();
});

test('the checklist lists failures first, and each fix action fixes its item', async () => {
  await seed(
    backupOf({
      practice: { ...samplePractice(), licenseNumber: '' },
      clients: [{ ...ana, otherVisits: [] }],
      sessions: [
        {
          id: 's-today',
          clientId: 'ana',
          date: today,
          minutes: 60,
          status: 'done',
          soapNotesDone: false,
          lines: [{ code: '97124', units: 6, modifiers: ['GP'], charge: 150 }],
        },
      ],
    }),
  );
  const page = await openPopup();
  await page
    .getByTestId('today-list')
    .getByRole('button', { name: /Lopez, Ana/ })
    .click();
  const checklist = page.getByTestId('checklist');
  const order = () =>
    checklist
      .locator('[data-check]')
      .evaluateAll((items) =>
        items.map((i) => `${i.getAttribute('data-check')}:${i.getAttribute('data-check-state')}`),
      );
  await expect.poll(order).toEqual([
    'license:fail',
    'rx:fail',
    'eligibility:fail',
    'codes:fail', // no prescription, so no diagnosis for the line to point to
    'units:fail',
    'soap:fail',
    'npi:pass',
    'same-day:pass',
  ]);
  await page.screenshot({ path: path.join(SHOTS, 'popup-checklist-fixes.png') });
  expect(await checklist.locator('[data-check="license"] a[data-fix]').getAttribute('href')).toBe(
    '/options.html#practice',
  );

  const state = (id: string) => checklist.locator(`[data-check="${id}"]`).getAttribute('data-check-state');
  await checklist.getByRole('button', { name: 'Set 4 units, as the 60 minutes support' }).click();
  await expect.poll(() => state('units')).toBe('pass');
  // The form below shows the stored units, and focus went on to the next fix.
  await expect.poll(() => page.getByLabel('Units, line 1').inputValue()).toBe('4');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-fix'))).toBeTruthy();
  await checklist.getByRole('button', { name: 'Mark SOAP notes done' }).click();
  await expect.poll(() => state('soap')).toBe('pass');
  await expect.poll(() => page.getByLabel('SOAP notes done').isChecked()).toBe(true);
  await checklist.getByRole('button', { name: 'Eligibility verified today' }).click();
  await expect.poll(() => state('eligibility')).toBe('pass');
  await checklist.getByRole('button', { name: 'Add a prescription' }).click();
  await page.getByRole('form', { name: 'New prescription' }).waitFor();
  await page.close();
});

test('a session that took place keeps its date; a new one is offered the usual lines, not a denied claim’s', async () => {
  await seed(
    backupOf({
      practice: samplePractice(),
      clients: [ana],
      sessions: [
        {
          id: 's-usual',
          clientId: 'ana',
          date: addDays(today, -14),
          minutes: 60,
          status: 'paid',
          lines: [{ code: '97124', units: 4, modifiers: ['GP'], charge: 120 }],
        },
        {
          id: 's-denied',
          clientId: 'ana',
          date: addDays(today, -7),
          minutes: 60,
          status: 'denied',
          denialCodes: ['CO-97'],
          lines: [
            { code: '97124', units: 2, charge: 60 },
            { code: '97140', units: 2, charge: 70 },
          ],
        },
        {
          id: 's-today',
          clientId: 'ana',
          date: today,
          minutes: 60,
          status: 'done',
          // Done today, lines not typed yet: not a source of usual lines.
          lines: [],
        },
      ],
    }),
  );
  const page = await openPopup();
  await page
    .getByTestId('today-list')
    .getByRole('button', { name: /Lopez, Ana/ })
    .click();
  const warning = page.getByTestId('same-day-warning');
  await warning.waitFor();
  expect(await warning.innerText()).toContain('already took place');
  expect(await warning.getByRole('button').count()).toBe(0);

  await page.getByRole('button', { name: /← Lopez, Ana/ }).click();
  await page.getByRole('button', { name: 'New session' }).click();
  const offer = page.getByTestId('usual-lines');
  await offer.waitFor();
  expect(await offer.innerText()).toMatch(/97124-GP ×4[\s\S]*denied \(CO-97\)/);
  expect(await page.getByLabel('Code, line 1').inputValue()).toBe('');
  await page.screenshot({ path: path.join(SHOTS, 'popup-new-session-usual-lines.png') });
  await offer.getByRole('button', { name: 'Use these lines' }).click();
  await expect.poll(() => page.getByLabel('Code, line 1').inputValue()).toBe('97124');
  expect(await page.getByLabel('Modifiers, line 1').inputValue()).toBe('GP');
  expect(await page.getByLabel('Code, line 2').count()).toBe(0);
  await page.close();
});
