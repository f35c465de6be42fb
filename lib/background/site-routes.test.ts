import { describe, expect, test, vi } from 'vitest';
import { siteRoutes, type SiteRoutesApi } from './site-routes';

function fakeApi(granted: string[], options: { removable?: boolean; injectFails?: boolean } = {}) {
  const origins = new Set(granted);
  const scripts = new Set<string>();
  const api = {
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...origins] })),
      contains: vi.fn(async ({ origins: o }: { origins: string[] }) => o.every((x) => origins.has(x))),
      remove: vi.fn(async ({ origins: o }: { origins: string[] }) => {
        if (options.removable === false) throw new Error('You cannot remove required permissions.');
        o.forEach((x) => origins.delete(x));
        return true;
      }),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => [...scripts].map((id) => ({ id }))),
      registerContentScripts: vi.fn(async (list: { id: string }[]) => list.forEach((s) => scripts.add(s.id))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
        ids.forEach((id) => scripts.delete(id)),
      ),
      executeScript: vi.fn(async () => {
        if (options.injectFails) throw new Error('Cannot access contents of the page');
        return [];
      }),
    },
  };
  return { api, scripts, origins };
}

const call = (
  routes: ReturnType<typeof siteRoutes>,
  message: { type: keyof ReturnType<typeof siteRoutes> } & Record<string, unknown>,
) => routes[message.type].handle(routes[message.type].schema.parse(message), {} as never);

describe('site routes', () => {
  test('status tells built-in portals, enabled sites, disabled sites and pages no script can run on', async () => {
    const { api } = fakeApi(['https://claims.regionalplan.com/*']);
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    expect(await call(routes, { type: 'site-status', url: 'https://www.officeally.com/oa/x.aspx' })).toEqual({
      kind: 'built-in',
      origin: 'https://www.officeally.com/*',
    });
    expect(await call(routes, { type: 'site-status', url: 'https://claims.regionalplan.com/new' })).toEqual({
      kind: 'enabled',
      origin: 'https://claims.regionalplan.com/*',
    });
    expect(await call(routes, { type: 'site-status', url: 'https://pip.autocarrier.com/' })).toEqual({
      kind: 'disabled',
      origin: 'https://pip.autocarrier.com/*',
    });
    expect(await call(routes, { type: 'site-status', url: 'chrome://extensions/' })).toEqual({
      kind: 'unsupported',
    });
  });

  test('after the popup was granted a site, the scripts are registered for it and injected into the open tab', async () => {
    const { api, scripts } = fakeApi(['https://pip.autocarrier.com/*']);
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    expect(
      await call(routes, { type: 'site-enabled', origin: 'https://pip.autocarrier.com/*', tabId: 7 }),
    ).toEqual({ ok: true, injected: true });
    expect([...scripts]).toEqual(['mba-site:https://pip.autocarrier.com/*']);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: ['probe.js'],
    });
  });

  test('a site the browser did not grant is not registered', async () => {
    const { api, scripts } = fakeApi([]);
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    expect(
      await call(routes, { type: 'site-enabled', origin: 'https://pip.autocarrier.com/*', tabId: 7 }),
    ).toEqual({
      ok: false,
      reason: 'The browser did not grant access to this site.',
    });
    expect(scripts.size).toBe(0);
  });

  test('disable gives the permission back and removes the registration', async () => {
    const { api, scripts } = fakeApi(['https://pip.autocarrier.com/*']);
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    await call(routes, { type: 'site-enabled', origin: 'https://pip.autocarrier.com/*', tabId: 7 });
    expect(await call(routes, { type: 'site-disable', origin: 'https://pip.autocarrier.com/*' })).toEqual({
      ok: true,
    });
    expect(scripts.size).toBe(0);
    expect(await call(routes, { type: 'site-list' })).toEqual({ sites: [] });
  });

  test('a permission the browser will not remove is reported, not hidden', async () => {
    const { api } = fakeApi(['https://pip.autocarrier.com/*'], { removable: false });
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    const reply = (await call(routes, { type: 'site-disable', origin: 'https://pip.autocarrier.com/*' })) as {
      ok: boolean;
    };
    expect(reply.ok).toBe(false);
  });

  test('check this page once injects into the tab without registering anything', async () => {
    const { api, scripts } = fakeApi([]);
    const routes = siteRoutes(api as unknown as SiteRoutesApi, 'production');
    expect(await call(routes, { type: 'site-check-once', tabId: 3 })).toEqual({ ok: true, injected: true });
    expect(scripts.size).toBe(0);
    const failing = siteRoutes(
      fakeApi([], { injectFails: true }).api as unknown as SiteRoutesApi,
      'production',
    );
    expect(await call(failing, { type: 'site-check-once', tabId: 3 })).toMatchObject({ ok: false });
  });

  test.each([
    ['a wildcard host', { type: 'site-enabled', origin: 'https://*/*', tabId: 1 }],
    ['all urls', { type: 'site-disable', origin: '<all_urls>' }],
    ['a path', { type: 'site-enabled', origin: 'https://a.com/claims/*', tabId: 1 }],
    ['a negative tab id', { type: 'site-check-once', tabId: -1 }],
  ])('refuses %s', (_name, message) => {
    const routes = siteRoutes(fakeApi([]).api as unknown as SiteRoutesApi, 'production');
    const type = message.type as keyof typeof routes;
    expect(routes[type].schema.safeParse(message).success).toBe(false);
  });
});
