import { expect } from 'vitest';
import { demoBackup } from '../../../demo/demo-data.mjs';
import type { ExtensionDriver } from '../support/driver';

// DESIGN.md "Backups, and seeding the e2e build": a test outside the project seeds and reads records
// through the e2e background's importBackup / exportBackup.
type Exported = ReturnType<typeof demoBackup>;

export async function backupRoundTripFlow(d: ExtensionDriver) {
  const doc = demoBackup(new Date(2026, 10, 26));
  await d.importBackup(doc);
  const out = (await d.exportBackup()) as Exported;
  expect(out.format).toBe('massage-billing-assistant/backup');
  expect(out.clients.map((c) => c.id).sort()).toEqual(['demo-dana', 'demo-marcus']);
  expect(out.sessions).toHaveLength(doc.sessions.length);
  expect(out.practice.billingNpi).toBe('1558598797');
}

/** JSON text is accepted; a broken file is refused with a reason and changes nothing. */
export async function brokenBackupFlow(d: ExtensionDriver) {
  expect(await d.importBackupError('{"format": "massage-bi')).toBeTruthy();
  const out = (await d.exportBackup()) as Exported;
  expect(out.clients).toHaveLength(2);
}

/** The manifest's keyboard shortcuts are the ones the browser assigned (none taken by something else). */
export async function shortcutsFlow(d: ExtensionDriver) {
  const commands = await d.inExtension(async () => {
    type Command = { name?: string; shortcut?: string };
    const api = (globalThis as never as { browser: { commands: { getAll(): Promise<Command[]> } } }).browser;
    return (await api.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? ''] as const);
  });
  expect(Object.fromEntries(commands)).toMatchObject({
    _execute_action: 'Alt+Shift+M',
    'fill-claim': 'Alt+Shift+F',
  });
}
