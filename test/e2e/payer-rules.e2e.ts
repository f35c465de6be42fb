import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';
import { shownFindings } from './support/markers';

// A practice keeps each payer's rule on the options page; the claim check on a portal uses it at once.
// The demo records hold Dana Rivera, insured by "Demo Health Plan"; the demo claim page types her claim.
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const SHOTS = 'test-results/screenshots';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    demoBackup(new Date()),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a payer's rule saved on the options page is checked on the portal's claim", async () => {
  const claim = await browser.context.newPage();
  await claim.goto(`${server.origin}/demo/claim.html`);
  await claim.getByRole('button', { name: 'type an example claim' }).click();
  await expect.poll(() => shownFindings(claim)).toEqual(expect.arrayContaining(['ncci-pair [0 1]']));
  expect(await shownFindings(claim)).not.toEqual(expect.arrayContaining(['payer-modifier-missing [0]']));

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 1400 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#payer-rules`);
  const section = options.locator('[data-section="payer-rules"]');
  await section.getByRole('button', { name: 'Add a payer' }).click();
  const card = section.locator('[data-payer-rule="0"]');
  await card.getByLabel('Payer name', { exact: true }).fill('demo health plan');
  await card.getByRole('button', { name: 'Add a required modifier' }).click();
  await card.getByLabel('Modifier 1', { exact: true }).fill('GP');
  await card.getByLabel('On the codes (modifier 1)').fill('97124, 97140');
  await card.getByLabel('Visits per year').fill('12');
  await section.getByText('Starter rules for common payers').click();
  await section.getByRole('button', { name: 'Save payer rules' }).click();
  await expect.poll(() => section.getByText('Payer rules saved.').count()).toBe(1);
  await section.getByText('Starter rules for common payers').click();
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${SHOTS}/options-payer-rules.png` });

  // The next keystroke on the portal is checked with the saved rule: GP is missing on both lines.
  await claim.locator('[name="serviceLines[1].units"]').fill('1');
  await expect
    .poll(() => shownFindings(claim))
    .toEqual(expect.arrayContaining(['payer-modifier-missing [0]', 'payer-modifier-missing [1]']));
  await claim.screenshot({ path: `${SHOTS}/claim-payer-modifier-missing.png`, fullPage: true });
});

test('a payer-rules file that cannot be read is refused with the reason, and nothing changes', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#payer-rules`);
  const section = options.locator('[data-section="payer-rules"]');
  await section.getByRole('button', { name: 'Export payer rules' }).waitFor();
  const before = await section.locator('[data-payer-rule]').count();
  await options.setInputFiles('input[data-import="payer-rules"]', {
    name: 'rules.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"massage-billing-assistant/payer-rules","version":1,"payerRules":[{"payerName":"Cigna","filingLimitDays":"ninety"}]}',
    ),
  });
  await expect
    .poll(() => section.locator('.field-error, [role="status"], .alert').allTextContents())
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Payer rule 1 \(Cigna\), filing limit in days.*Nothing changed/),
      ]),
    );
  expect(await section.locator('[data-payer-rule]').count()).toBe(before);
  await section.screenshot({ path: `${SHOTS}/options-payer-rules-refused.png` });

  // A good file: described first, imported on confirmation.
  await options.setInputFiles('input[data-import="payer-rules"]', {
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'massage-billing-assistant/payer-rules',
        version: 1,
        payerRules: [{ payerName: 'Cigna', filingLimitDays: 90 }],
      }),
    ),
  });
  const dialog = section.getByRole('alertdialog');
  await expect.poll(() => dialog.textContent()).toContain('importing adds Cigna');
  await dialog.getByRole('button', { name: 'Import them' }).click();
  await expect.poll(() => section.locator('[data-payer-rule]').count()).toBe(before + 1);
});
