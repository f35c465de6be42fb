import { afterAll, beforeAll, test } from 'vitest';
import type { ExtensionDriver } from './support/driver';
import { launchChromiumDriver } from './support/chromium-driver';
import { backupRoundTripFlow, brokenBackupFlow, shortcutsFlow } from './flows/background-hooks';

// DESIGN.md "Backups, and seeding the e2e build": a test outside the project seeds and reads records
// through the e2e background's importBackup / exportBackup (the same flows run in Firefox).
let d: ExtensionDriver;
beforeAll(async () => {
  d = await launchChromiumDriver();
});
afterAll(async () => d?.close());

test('importBackup then exportBackup gives the records back', () => backupRoundTripFlow(d));

test('importBackup accepts JSON text and rejects a broken file with a reason, changing nothing', () =>
  brokenBackupFlow(d));

test('the keyboard shortcuts are assigned: Alt+Shift+M opens the popup, Alt+Shift+F fills', () =>
  shortcutsFlow(d));
