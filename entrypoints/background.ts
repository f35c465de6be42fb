import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { createRouter, type Route } from '../lib/background/router';
import { contentRoutes } from '../lib/background/routes';
import { createClaimChecker } from '../lib/background/claim-checker';
import { getClaimContext, watchRecords } from '../lib/store';
import { reconcileRegistrations } from '../lib/background/site-access';
import { exportBackup, importBackup } from '../lib/store/backup';

export default defineBackground(() => {
  // No `new Function` probing by zod: the extension CSP forbids it and we want no violation reports.
  z.config({ jitless: true });

  const checker = createClaimChecker({ getClaimContext });
  watchRecords(() => checker.invalidate());

  const route = createRouter({ ...contentRoutes(checker) } as Record<string, Route<z.ZodType>>, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  // Enabled portals: the granted host permissions decide which content scripts are registered.
  const reconcile = () =>
    reconcileRegistrations(browser, import.meta.env.MODE).catch((error: unknown) =>
      console.error('Massage Billing Assistant: could not update enabled sites', error),
    );
  browser.runtime.onInstalled.addListener(() => void reconcile());
  browser.runtime.onStartup.addListener(() => void reconcile());
  browser.permissions.onAdded.addListener(() => void reconcile());
  browser.permissions.onRemoved.addListener(() => void reconcile());

  if (import.meta.env.MODE === 'e2e') {
    // DESIGN.md "Backups, and seeding the e2e build": the same code path as the options page's restore.
    Object.assign(globalThis, { importBackup, exportBackup });
  }
});
