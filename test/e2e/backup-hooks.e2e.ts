import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

// DESIGN.md "Backups, and seeding the e2e build": a test outside the project seeds and reads records
// through the e2e background's importBackup / exportBackup.
let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

test('importBackup then exportBackup gives the records back', async () => {
  const doc = demoBackup(new Date(2026, 10, 26));
  await browser.serviceWorker.evaluate(
    (d) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(d),
    doc,
  );
  const out = (await browser.serviceWorker.evaluate(() =>
    (globalThis as never as { exportBackup(): Promise<unknown> }).exportBackup(),
  )) as typeof doc;
  expect(out.format).toBe('massage-billing-assistant/backup');
  expect(out.clients.map((c) => c.id).sort()).toEqual(['demo-dana', 'demo-marcus']);
  expect(out.sessions).toHaveLength(doc.sessions.length);
  expect(out.practice.billingNpi).toBe('1558598797');
});

test('importBackup accepts JSON text and rejects a broken file with a reason, changing nothing', async () => {
  const error = await browser.serviceWorker.evaluate(async () => {
    try {
      await (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(
        '{"format": "massage-bi',
      );
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  });
  expect(error).toBeTruthy();
  const out = (await browser.serviceWorker.evaluate(() =>
    (globalThis as never as { exportBackup(): Promise<{ clients: unknown[] }> }).exportBackup(),
  )) as { clients: unknown[] };
  expect(out.clients).toHaveLength(2);
});
