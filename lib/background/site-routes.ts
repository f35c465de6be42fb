import type * as z from 'zod/mini';
import { SiteMessageSchema, type SiteMessage, type SiteStatus } from '../messages/site';
import { memberFor, type Route } from './router';
import {
  coveredByManifest,
  enabledSites,
  originPatternFor,
  PORTAL_SCRIPT_FILES,
  reconcileRegistrations,
  type SiteAccessApi,
} from './site-access';

/** The slice of the extension API the site routes use (the real `browser`, or a fake in tests). */
export type SiteRoutesApi = SiteAccessApi & {
  permissions: SiteAccessApi['permissions'] & {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: SiteAccessApi['scripting'] & {
    executeScript(injection: {
      target: { tabId: number; allFrames?: boolean };
      files: string[];
    }): Promise<unknown>;
  };
};

const schemaFor = (type: SiteMessage['type']) => memberFor(SiteMessageSchema, type);

/**
 * Enable on this site / Disable / Check this page once, for the popup and the options page. The
 * permission itself is asked for in the popup's click handler (browsers allow it nowhere else); these
 * routes only follow it: register the scripts for the granted origin and inject them into the open tab.
 */
export function siteRoutes(api: SiteRoutesApi, mode: string) {
  const inject = (tabId: number) =>
    api.scripting.executeScript({ target: { tabId, allFrames: true }, files: PORTAL_SCRIPT_FILES });
  const route = <T extends SiteMessage['type']>(
    type: T,
    handle: (message: Extract<SiteMessage, { type: T }>) => Promise<unknown>,
  ): Route<z.ZodMiniType> => ({ schema: schemaFor(type), from: ['extension-page'], handle: handle as never });

  return {
    'site-status': route('site-status', async ({ url }): Promise<SiteStatus> => {
      const origin = originPatternFor(url);
      if (!origin) return { kind: 'unsupported' };
      if (coveredByManifest(origin, mode)) return { kind: 'built-in', origin };
      return (await api.permissions.contains({ origins: [origin] }))
        ? { kind: 'enabled', origin }
        : { kind: 'disabled', origin };
    }),
    'site-enabled': route('site-enabled', async ({ origin, tabId }) => {
      if (!(await api.permissions.contains({ origins: [origin] })))
        return { ok: false, reason: 'The browser did not grant access to this site.' };
      await reconcileRegistrations(api, mode);
      try {
        await inject(tabId);
        return { ok: true, injected: true };
      } catch {
        return { ok: true, injected: false }; // registered; the page picks it up when reloaded
      }
    }),
    'site-disable': route('site-disable', async ({ origin }) => {
      let removed = false;
      try {
        removed = await api.permissions.remove({ origins: [origin] });
      } catch {
        removed = false;
      }
      await reconcileRegistrations(api, mode);
      return removed
        ? { ok: true }
        : {
            ok: false,
            reason: 'This site is part of the extension as installed and cannot be turned off here.',
          };
    }),
    'site-check-once': route('site-check-once', async ({ tabId }) => {
      try {
        await inject(tabId);
        return { ok: true, injected: true };
      } catch {
        return {
          ok: false,
          reason: 'This page cannot be checked (the browser does not allow extensions on it).',
        };
      }
    }),
    'site-list': route('site-list', async () => {
      const { origins = [] } = await api.permissions.getAll();
      return { sites: enabledSites(origins, mode) };
    }),
  } satisfies Record<SiteMessage['type'], Route<z.ZodMiniType>>;
}
