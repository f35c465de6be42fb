import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { backupOf } from './support/backups';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { localToday } from '../../lib/dates';

/**
 * Two popup tabs editing the same records (DESIGN.md "Backups" and the store's README: "Two pages never
 * lose each other's edits"): different fields of one prescription, and of one session, both survive;
 * the same field changed in both is refused to the second save with both values shown. The client's
 * history then lists each change.
 */
const today = localToday();
const SHOTS = 'test-results/screenshots';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  const records = backupOf({
    clients: [
      {
        id: 'maria',
        firstName: 'Maria',
        lastName: 'Garcia',
        birthDate: '1979-03-14',
        payer: { name: 'Aetna', memberId: 'W123456789' },
        prescriptions: [
          {
            id: 'rx1',
            prescriber: { firstName: 'Alicia', lastName: 'Nguyen', npi: '1558598797', credential: 'MD' },
            writtenOn: '2026-09-15',
            expiresOn: '2027-09-15',
            visitsAuthorized: 8,
            frequency: '1x week',
            diagnoses: ['M54.50'],
          },
        ],
      },
    ],
    sessions: [
      {
        id: 's1',
        clientId: 'maria',
        date: today,
        minutes: 60,
        status: 'done',
        lines: [{ code: '97124', units: 1, charge: 40 }],
      },
    ],
  });
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    records,
  );
});
afterAll(async () => browser?.close());

async function popupTab(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function openPrescription(page: Page) {
  await page
    .getByTestId('client-list')
    .getByRole('button', { name: /Garcia, Maria/ })
    .click();
  await page.getByRole('tab', { name: /Prescriptions/ }).click();
  await page.getByRole('button', { name: /Edit the prescription from/ }).click();
  return page.getByRole('form', { name: 'Edit prescription' });
}

async function openSession(page: Page) {
  await page
    .getByTestId('today-list')
    .getByRole('button', { name: /Garcia, Maria/ })
    .click();
  await page.getByRole('button', { name: 'Save session' }).waitFor();
}

test('a prescription edited in two popup tabs keeps both edits, and refuses the same field changed twice', async () => {
  const [a, b] = [await popupTab(), await popupTab()];
  const [formA, formB] = [await openPrescription(a), await openPrescription(b)];
  await formA.getByLabel('Visits authorised').fill('30');
  await formB.getByLabel('Frequency').fill('2x week');
  await formA.getByRole('button', { name: 'Save prescription' }).click();
  await formA.waitFor({ state: 'detached' });
  await formB.getByRole('button', { name: 'Save prescription' }).click();
  await formB.waitFor({ state: 'detached' });
  const visits = async () => (await storedRx())!.visitsAuthorized;
  const storedRx = () =>
    b.evaluate(async () => {
      const store = (
        globalThis as never as {
          __mbaStore: {
            getClient(
              id: string,
            ): Promise<{ prescriptions: { visitsAuthorized: number; frequency: string }[] }>;
          };
        }
      ).__mbaStore;
      return (await store.getClient('maria')).prescriptions[0];
    });
  expect(await storedRx()).toMatchObject({ visitsAuthorized: 30, frequency: '2x week' });

  // The same field in both: the second save is told, with both values, and nothing is overwritten.
  const [again, twice] = [await openPrescription(await popupTab()), await openPrescription(await popupTab())];
  await again.getByLabel('Visits authorised').fill('20');
  await twice.getByLabel('Visits authorised').fill('12');
  await again.getByRole('button', { name: 'Save prescription' }).click();
  await again.waitFor({ state: 'detached' });
  await twice.getByRole('button', { name: 'Save prescription' }).click();
  await expect
    .poll(() => twice.locator('.form-status').textContent())
    .toMatch(/Another window changed the prescription.*yours 12, saved in another window 20/);
  await twice.screenshot({ path: `${SHOTS}/popup-two-windows-conflict.png` });
  // Saving again, having seen both values, keeps this tab's.
  await twice.getByRole('button', { name: 'Save prescription' }).click();
  await twice.waitFor({ state: 'detached' });
  expect(await visits()).toBe(12);
}, 90_000);

test("a session's lines and notes edited in two tabs both survive, and the history lists every change", async () => {
  const [a, b] = [await popupTab(), await popupTab()];
  await openSession(a);
  await openSession(b);
  await a.getByLabel('Units, line 1').fill('2');
  await b.getByLabel('Notes').last().fill('Left shoulder, less guarding');
  await a.getByRole('button', { name: 'Save session' }).click();
  await expect.poll(() => a.getByLabel('Units, line 1').inputValue()).toBe('2');
  await b.getByRole('button', { name: 'Save session' }).click();
  const session = async () =>
    b.evaluate(async () => {
      const store = (
        globalThis as never as {
          __mbaStore: { getSession(id: string): Promise<{ notes: string; lines: { units: number }[] }> };
        }
      ).__mbaStore;
      return store.getSession('s1');
    });
  await expect.poll(async () => (await session()).notes).toBe('Left shoulder, less guarding');
  expect((await session()).lines[0]!.units).toBe(2);

  const page = await popupTab();
  await page
    .getByTestId('client-list')
    .getByRole('button', { name: /Garcia, Maria/ })
    .click();
  await page.getByRole('tab', { name: /Details/ }).click();
  const history = page.locator('[data-history="client"]');
  await expect.poll(() => history.textContent()).toContain('visits authorised 8 → 30');
  expect(await history.textContent()).toContain('frequency 1x week → 2x week');
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/popup-client-history.png` });
}, 90_000);
