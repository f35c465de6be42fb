import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { shownText } from '../../components/inline/testing/shown-text';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { finding, inlineUi } from './support/markers';
import { startFixtureServer } from './support/server';

// A new NCCI quarter is loaded from the options page, without a code change; the claim checks use it
// at once. The test file is in the CMS practitioner layout (notice line, header, tab-separated rows) and
// makes 97140/97124 a "never bypassable" pair (modifier indicator 0).
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

test('a CMS PTP file loaded on the options page changes how the claim check rates a pair', async () => {
  const claim = await browser.context.newPage();
  await claim.goto(`${server.origin}/demo/claim.html`);
  await claim.getByRole('button', { name: 'type an example claim' }).click();
  const pair = inlineUi(claim).locator(finding('ncci-pair'));
  await expect.poll(() => pair.getAttribute('class')).toContain('finding--warning');

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-ncci-source="built-in"]').waitFor();
  await options.setInputFiles('#ncci-file', path.resolve('test/fixtures/ncci/ccipra-test-f1.txt'));
  await expect.poll(() => options.getByTestId('ncci-message').textContent()).toContain('Loaded 3 edits');
  await options.locator('[data-ncci-source="loaded"]').waitFor();
  await options.locator('[data-section="sites"]').scrollIntoViewIfNeeded();
  await options.screenshot({
    path: 'test-results/screenshots/options-portals-code-tables.png',
    fullPage: true,
  });

  // The claim page re-checks on the next keystroke with the loaded table: the pair is now an error.
  await claim.locator('[name="serviceLines[1].units"]').fill('1');
  await expect.poll(() => pair.getAttribute('class')).toContain('finding--error');

  // Back to the built-in table.
  await options.getByRole('button', { name: 'Use the built-in table' }).click();
  await options.locator('[data-ncci-source="built-in"]').waitFor();
  await claim.locator('[name="serviceLines[1].units"]').fill('2');
  await expect.poll(() => pair.getAttribute('class')).toContain('finding--warning');
});

test('a file that is not an NCCI table is refused and nothing changes', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const source = options.locator('[data-ncci-source]');
  await source.waitFor();
  const before = await source.getAttribute('data-ncci-source');
  await options.setInputFiles('#ncci-file', {
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Patient list\nDana Rivera, 1986-04-12\n'),
  });
  await expect.poll(() => options.getByTestId('ncci-message').textContent()).toContain('Nothing changed');
  expect(await source.getAttribute('data-ncci-source')).toBe(before);
});

test("a CMS MUE file loaded on the options page puts a limit on 97124's units", async () => {
  const claim = await browser.context.newPage();
  await claim.goto(`${server.origin}/demo/claim.html`);
  await claim.getByRole('button', { name: 'type an example claim' }).click();
  await inlineUi(claim).locator(finding('ncci-pair')).waitFor();
  const mue = inlineUi(claim).locator(finding('units-exceed-mue'));
  // Built in, 97124 has no MUE value (none could be sourced): 4 units draw no unit-limit warning.
  await claim.locator('[name="serviceLines[0].units"]').fill('4');
  await claim.waitForTimeout(500);
  expect(await mue.count()).toBe(0);

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-mue-source="built-in"]').waitFor();
  await options.setInputFiles('#mue-file', path.resolve('test/fixtures/mue/mue-test.csv'));
  await expect.poll(() => options.getByTestId('mue-message').textContent()).toContain('Loaded 2 MUE values');
  await options.locator('[data-mue-source="loaded"]').waitFor();
  await options.locator('#mue-file').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/screenshots/options-code-tables-mue.png' });

  await claim.locator('[name="serviceLines[0].units"]').fill('4');
  await expect.poll(() => mue.evaluate(shownText)).toContain('more than the 3 a day');

  // A file that is not an MUE table is refused; the loaded values stay.
  await options.setInputFiles('#mue-file', {
    name: 'clients.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Birth date\nDana Rivera,1986-04-12\n'),
  });
  await expect.poll(() => options.getByTestId('mue-message').textContent()).toContain('Nothing changed');
  await options.locator('[data-mue-source="loaded"]').waitFor();

  await options.getByRole('button', { name: 'Use the built-in values' }).click();
  await options.locator('[data-mue-source="built-in"]').waitFor();
  await claim.locator('[name="serviceLines[0].units"]').fill('5');
  await expect.poll(() => mue.count()).toBe(0);
});
