import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import * as z from 'zod/mini';
import { createRouter, type Route } from '../lib/background/router';
import { contentRoutes } from '../lib/background/routes';
import { createClaimChecker } from '../lib/background/claim-checker';
import { createRecheck } from '../lib/background/recheck';
import { createCodeTables, defaultCodeTables, fullIcdLookup, type CodeTables } from '../lib/rules';
import { getMueTable, getNcciTable, watchCodeTables } from '../lib/store/code-tables';
import {
  getClaimContext,
  getClient,
  getClientSessions,
  getDayEntries,
  getPractice,
  listClientSummaries,
  lock,
  lockIfIdle,
  setPassphrase,
  unlock,
  AUTO_LOCK_ALARM,
  watchKey,
  watchRecords,
} from '../lib/store';
import { coveredByManifest, originPatternFor, reconcileRegistrations } from '../lib/background/site-access';
import { exportBackup, importBackup } from '../lib/store/backup';
import { createAutofill, recentUnbilledClientIds } from '../lib/background/autofill';
import { autofillRoutes } from '../lib/background/autofill-routes';
import { createFillFrames } from '../lib/background/fill-frames';
import { fillFrameRoutes } from '../lib/background/fill-frame-routes';
import { partRoutes } from '../lib/background/part-routes';
import { siteRoutes, type SiteRoutesApi } from '../lib/background/site-routes';
import { listenForFillTriggers, refreshFillMenu, type TriggerApi } from '../lib/background/autofill-triggers';
import { addDays, localToday } from '../lib/dates';
import { createSyncEngine } from '../lib/sync/engine';
import { originPattern, type SyncConfig } from '../lib/sync/config';
import { syncRoutes } from '../lib/background/sync-routes';

export default defineBackground(() => {
  // No `new Function` probing by zod: the extension CSP forbids it and we want no violation reports.
  z.config({ jitless: true });

  // The rules' code tables: the full ICD-10-CM subset, and the NCCI edits and MUE values of the quarter
  // the practice loaded on the options page (else the built-in tables). Rebuilt when the practice loads
  // another file.
  let tables: Promise<CodeTables> | undefined;
  const loadTables = () =>
    (tables ??= Promise.all([getNcciTable(), getMueTable()]).then(([ncci, mue]) =>
      ncci || mue
        ? createCodeTables({
            icdCodes: fullIcdLookup(),
            ...(ncci ? { ncciEdits: ncci.edits } : {}),
            ...(mue ? { mue: mue.entries } : {}),
          })
        : defaultCodeTables(),
    ));
  const checker = createClaimChecker({
    getClaimContext,
    tables: loadTables,
    getPickedClient: async (id) => {
      const [client, sessions] = await Promise.all([getClient(id), getClientSessions(id)]);
      return client ? { client, sessions } : { sessions: [] };
    },
  });
  // Portal frames checked lately are told to check again when the records change or are locked or
  // unlocked; a context cached from before a lock is dropped at once (it holds a client's records).
  const recheck = createRecheck({
    sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
  });

  // Sync with the practice's server, when this computer turned it on (options page): resumed whenever the
  // worker starts, and by the minute alarm after a stop. Off by default: then nothing is requested.
  const hasServerPermission = async (url: string) => {
    const pattern = originPattern(url);
    return Boolean(
      pattern &&
      (coveredByManifest(pattern, import.meta.env.MODE) ||
        (await browser.permissions.contains({ origins: [pattern] }))),
    );
  };
  const sync = createSyncEngine({ hasPermission: hasServerPermission });
  void sync.resume();
  watchRecords((change) => {
    checker.invalidate();
    recheck.changed();
    // A record saved in a page goes to the server now (indexes are this computer's own: not synced).
    if (change.clients.size || change.sessions.size || change.practice || change.settings) sync.kick();
  });
  watchKey((held) => {
    checker.invalidate();
    recheck.changed();
    if (held) sync.onUnlocked();
  });
  watchCodeTables(() => {
    tables = undefined;
  });

  // Autofill: plans fills for content scripts; the records stay here.
  const autofill = createAutofill({
    listClientSummaries,
    getClient,
    getClientSessions,
    getPractice,
    today: () => localToday(),
    recentClientIds: (today) => recentUnbilledClientIds(today, getDayEntries, addDays),
    async originEnabled(origin) {
      const pattern = originPatternFor(`${origin}/`);
      if (!pattern) return false;
      return (
        coveredByManifest(pattern, import.meta.env.MODE) ||
        browser.permissions.contains({ origins: [pattern] })
      );
    },
  });
  // The picker and the fill's review, drawn in an extension frame inside the panel (fill-frames.ts).
  const fillFrames = createFillFrames({
    clients: (query, opener) => autofill.clients(query, opener),
    choose: (opener, clientId) => autofill.choose(opener, clientId),
    sendToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
  });
  const triggers = listenForFillTriggers(browser as unknown as TriggerApi);
  const refreshMenu = () =>
    refreshFillMenu(browser as unknown as TriggerApi, import.meta.env.MODE).catch(() => undefined);

  const route = createRouter(
    {
      ...contentRoutes(
        checker,
        (sender) => autofill.pickedFor(sender),
        undefined,
        (sender) => recheck.noteChecked(sender),
      ),
      ...autofillRoutes(autofill, fillFrames, (target, files) =>
        browser.scripting.executeScript({ target, files: files as never }),
      ),
      // The probe in every portal frame asks for the reader or the explainer where it found signs of one.
      ...partRoutes((target, files) => browser.scripting.executeScript({ target, files: files as never })),
      ...siteRoutes(browser as unknown as SiteRoutesApi, import.meta.env.MODE),
      ...fillFrameRoutes(fillFrames),
      ...syncRoutes(sync, hasServerPermission),
    } as Record<string, Route<z.ZodMiniType>>,
    {
      id: browser.runtime.id,
      origin: browser.runtime.getURL('/'),
    },
  );
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
  // The autofill's context-menu item follows the enabled sites too.
  for (const event of [
    browser.runtime.onInstalled,
    browser.runtime.onStartup,
    browser.permissions.onAdded,
    browser.permissions.onRemoved,
  ])
    (event as { addListener(cb: () => void): void }).addListener(() => void refreshMenu());

  // The records' key lives in storage.session: only extension pages (never a content script) may read it.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  // The auto-lock: every minute, records unused for `lockAfterMinutes` are locked.
  void browser.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== AUTO_LOCK_ALARM) return;
    void lockIfIdle().catch(() => undefined);
    void sync.resume();
  });

  if (import.meta.env.MODE === 'e2e') {
    // DESIGN.md "Backups, and seeding the e2e build": the same code path as the options page's restore.
    Object.assign(globalThis, { importBackup, exportBackup });
    // DESIGN.md "Locking and encryption": the same code paths as the options page and the popup.
    Object.assign(globalThis, { setPassphrase, lock, unlock, lockIfIdle });
    // DESIGN.md "Sync": the same code path as the options page's "Turn on sync".
    Object.assign(globalThis, {
      startSync: async (o: {
        url: string;
        username?: string;
        password?: string;
        passphrase: string;
        database?: string;
      }) => {
        const parsed = new URL(o.url);
        const database = o.database ?? decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
        const config: SyncConfig = {
          url: parsed.origin,
          database,
          username: o.username ?? '',
          password: o.password ?? '',
          enabled: true,
        };
        await sync.start(config, o.passphrase);
        return sync.status();
      },
      syncStatus: async () => {
        const s = await sync.status();
        return {
          state: s.state,
          pending: s.pending,
          lastSyncedAt: s.lastSyncedAt ?? null,
          error: s.error ?? null,
        };
      },
      stopSync: () => sync.stop(),
    });
    // The keyboard command and the context menu cannot be pressed by a test: this runs what they run, on
    // the active tab (all frames).
    Object.assign(globalThis, {
      triggerFill: async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        triggers.trigger(tab?.id);
      },
    });
  }
});
