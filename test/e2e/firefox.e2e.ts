import { afterAll, beforeAll, describe, test } from 'vitest';
import type { ExtensionDriver } from './support/driver';
import { launchFirefoxDriver } from './support/firefox-driver';
import { startFixtureServer } from './support/server';
import { backupRoundTripFlow, brokenBackupFlow, shortcutsFlow } from './flows/background-hooks';
import { officeAllyWarningsFlow } from './flows/inline-warnings';
import { popupChecklistFlow } from './flows/popup-checklist';
import { autofillRecords, keyboardCommandFillFlow, officeAllyFillAndUndoFlow } from './flows/autofill-undo';
import { superbillFlow } from './flows/superbill';
import { privacyPolicyFlow } from './flows/privacy';

// The core flows of the Chromium tests, the same code, in Debian's Firefox ESR with the Firefox e2e build
// (`npm run build:e2e:firefox`) installed over WebDriver BiDi (support/firefox-driver.ts). One browser
// for the file; each flow seeds the records it needs.
let d: ExtensionDriver;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const now = new Date();

beforeAll(async () => {
  [d, server] = await Promise.all([launchFirefoxDriver(), startFixtureServer()]);
  console.log(`Firefox under test: ${d.version}`);
}, 120_000);
afterAll(async () => {
  await d?.close();
  await server?.close();
});

describe('Firefox ESR, the e2e build installed through BiDi webExtension.install', () => {
  test('the background hooks: importBackup then exportBackup give the records back', () =>
    backupRoundTripFlow(d));
  test('importBackup refuses a broken file with a reason and changes nothing', () => brokenBackupFlow(d));
  test('the keyboard shortcuts are assigned: Alt+Shift+M opens the popup, Alt+Shift+F fills', () =>
    shortcutsFlow(d));
  test('Office Ally (real saved page, iframe#Iframe9): warnings appear while typing and clear as the claim is corrected', () =>
    officeAllyWarningsFlow(d, server.origin));
  test('the popup: a client, a prescription, a session and its checklist, still there after reopening', () =>
    popupChecklistFlow(d));
  test('Office Ally: one click fills every empty box from the records; Undo puts the page back exactly', async () => {
    await d.importBackup(autofillRecords(now));
    await officeAllyFillAndUndoFlow(d, server.origin, now);
  });
  test('the keyboard command runs the same fill as the button', () =>
    keyboardCommandFillFlow(d, server.origin));
  test('the options page links the privacy policy the extension ships', () => privacyPolicyFlow(d));
  test('the superbill: everything an insurer needs on screen, one page of Letter printed', async () => {
    const page = await superbillFlow(d, now);
    await page.close();
  });
});
