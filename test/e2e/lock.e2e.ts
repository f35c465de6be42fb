import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoBackup } from '../../demo/demo-data.mjs';
import { shownText } from '../../components/inline/testing/shown-text';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { FILL, inlineUi, PANEL_STATUS, pressLikeAPerson, shownFindings } from './support/markers';
import { startFixtureServer } from './support/server';

/**
 * Encryption at rest and the lock in a real Chromium (DESIGN.md "Locking and encryption"): with a
 * passphrase set, nothing in the browser profile holds a client's name, birth date or member id in
 * clear text; after the browser restarts the popup asks for the passphrase, refuses a wrong one and
 * opens with the right one.
 */
const DESIGN_V1 = readFileSync(path.resolve('test/fixtures/records/backup-v1-design.json'), 'utf8');
const PASSPHRASE = 'harbor street front desk';
/** What a person copying the profile must not read (names, birth dates, member ids of the backup). */
const SECRETS = [
  'Okafor',
  'Rivera',
  'Marcus',
  '1979-09-30',
  '1990-01-31',
  '1986-04-12',
  'XJH449120331',
  'EV-55120',
];

type Hooks = {
  importBackup(doc: unknown): Promise<void>;
  setPassphrase(p: string): Promise<void>;
  lock(): Promise<void>;
  unlock(p: string): Promise<void>;
};

const profile = mkdtempSync(path.join(tmpdir(), 'mba-e2e-lock-'));
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Where in the profile each secret appears in clear, as UTF-8 or as UTF-16 (how V8 may store strings). */
function secretsOnDisk(): string[] {
  const found: string[] = [];
  for (const file of filesUnder(profile)) {
    if (statSync(file).size > 200 * 1024 * 1024) continue;
    const bytes = readFileSync(file);
    for (const secret of SECRETS) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le')))
        found.push(`${secret} in ${path.relative(profile, file)}`);
    }
  }
  return found;
}

test('with a passphrase, the profile holds no client data in clear; reopened, it asks and refuses a wrong one', async () => {
  browser = await launchWithExtension({ userDataDir: profile });
  await browser.serviceWorker.evaluate(
    async ({ passphrase, backup }) => {
      const hooks = globalThis as never as Hooks;
      await hooks.setPassphrase(passphrase);
      await hooks.importBackup(backup);
    },
    { passphrase: PASSPHRASE, backup: DESIGN_V1 },
  );
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => popup.getByTestId('client-list').textContent()).toContain('Okafor, Iris');
  await browser.close();
  browser = undefined;

  expect(secretsOnDisk()).toEqual([]);

  // The browser restarted: the records are locked.
  browser = await launchWithExtension({ userDataDir: profile });
  const again = await browser.context.newPage();
  await again.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const field = again.locator('input[data-unlock="passphrase"]');
  await field.fill('not the passphrase');
  await again.click('[data-action="unlock"]');
  await expect.poll(() => again.getByRole('alert').textContent()).toContain('not the passphrase');
  expect(await again.getByTestId('client-list').count()).toBe(0);
  await again.screenshot({ path: 'test-results/screenshots/lock-wrong-passphrase.png' });

  await field.fill(PASSPHRASE);
  await again.click('[data-action="unlock"]');
  await expect.poll(() => again.getByTestId('client-list').textContent()).toContain('Okafor, Iris');
  await again.screenshot({ path: 'test-results/screenshots/lock-unlocked.png' });
}, 120_000);

test('a portal tab open when the records lock: the form-only checks stay, one records-locked note, no fill; unlocked, all checks are back without typing', async () => {
  const server = await startFixtureServer();
  const own = await launchWithExtension();
  try {
    await own.serviceWorker.evaluate(
      async ({ passphrase, backup }) => {
        const hooks = globalThis as never as Hooks;
        await hooks.importBackup(backup);
        await hooks.setPassphrase(passphrase);
      },
      { passphrase: PASSPHRASE, backup: demoBackup(new Date()) },
    );
    const page = await own.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/demo/claim.html`);
    await page.getByRole('button', { name: 'type an example claim' }).click();
    await expect
      .poll(() => shownFindings(page))
      .toEqual(expect.arrayContaining(['rx-expired [0 1 2]', 'ncci-pair [0 1]']));

    // Locked in the background (the auto-lock, or the popup's Lock): the tab is told to check again.
    await own.serviceWorker.evaluate(() => (globalThis as never as Hooks).lock());
    await expect.poll(() => shownFindings(page)).toContain('records-locked []');
    const locked = await shownFindings(page);
    expect(locked).toEqual(
      expect.arrayContaining(['ncci-pair [0 1]', 'icd-invalid [0 2]', 'npi-invalid []']),
    );
    for (const needsRecords of ['rx-expired', 'same-day-provider', 'client-unmatched'])
      expect(locked.some((f) => f.startsWith(needsRecords))).toBe(false);
    await page.screenshot({ path: 'test-results/screenshots/lock-portal-locked.png' });

    // A fill is refused while locked, with what to do.
    await pressLikeAPerson(inlineUi(page).locator(FILL));
    await expect
      .poll(() => inlineUi(page).locator(PANEL_STATUS).first().evaluate(shownText))
      .toContain('The records are locked');

    await own.serviceWorker.evaluate((p) => (globalThis as never as Hooks).unlock(p), PASSPHRASE);
    await expect.poll(() => shownFindings(page)).toContain('rx-expired [0 1 2]');
    expect(await shownFindings(page)).not.toContain('records-locked []');
    await page.close();
  } finally {
    await own.close();
    await server.close();
  }
}, 120_000);

test('an encrypted backup downloaded from the options page holds no client data, and a new computer restores it with the passphrase', async () => {
  const source = await launchWithExtension();
  const target = await launchWithExtension();
  try {
    await source.serviceWorker.evaluate(
      async ({ passphrase, backup }) => {
        const hooks = globalThis as never as Hooks;
        await hooks.importBackup(backup);
        await hooks.setPassphrase(passphrase);
      },
      { passphrase: PASSPHRASE, backup: DESIGN_V1 },
    );
    const options = await source.context.newPage();
    await options.goto(`chrome-extension://${source.extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download an encrypted backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^massage-billing-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/,
    );
    const file = readFileSync(await download.path());
    await options.getByRole('button', { name: 'Download in clear text…' }).click();
    await options.getByRole('alertdialog').waitFor();
    await options
      .locator('[data-section="data"]')
      .screenshot({ path: 'test-results/screenshots/options-backups-encrypted.png' });
    for (const secret of SECRETS) expect(file.includes(Buffer.from(secret)), secret).toBe(false);

    const other = await target.context.newPage();
    await other.goto(`chrome-extension://${target.extensionId}/options.html`);
    await other.getByLabel('Restore a backup').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    const field = other.getByLabel('The practice passphrase on the day of the backup');
    await field.fill(PASSPHRASE);
    await other
      .locator('[data-backup-passphrase]')
      .screenshot({ path: 'test-results/screenshots/options-backup-passphrase.png' });
    await other.getByRole('button', { name: 'Open the backup' }).click();
    const dialog = other.getByRole('alertdialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('will be encrypted with this backup’s passphrase');
    await dialog.screenshot({ path: 'test-results/screenshots/options-restore-encrypted.png' });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => other.getByTestId('data-message').textContent()).toContain('Backup restored');
    const popup = await target.context.newPage();
    await popup.goto(`chrome-extension://${target.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('client-list').textContent()).toContain('Okafor, Iris');
  } finally {
    await source.close();
    await target.close();
  }
}, 120_000);
