import { describe, expect, test, vi } from 'vitest';
import {
  coveredByManifest,
  enabledSites,
  matchPatternCovers,
  originPatternFor,
  reconcileRegistrations,
} from './site-access';

describe('originPatternFor', () => {
  test.each([
    ['https://claims.regionalplan.com/entry?id=4', 'https://claims.regionalplan.com/*'],
    ['http://127.0.0.1:5188/claim.html', 'http://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['file:///tmp/x.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, pattern) => expect(originPatternFor(url)).toBe(pattern));
});

describe('matchPatternCovers', () => {
  test.each([
    ['https://*.officeally.com/*', 'https://www.officeally.com/*', true],
    ['https://*.officeally.com/*', 'https://officeally.com/*', true],
    ['https://*.officeally.com/*', 'https://evilofficeally.com/*', false],
    ['https://*.officeally.com/*', 'http://www.officeally.com/*', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*', true],
    ['*://*/*', 'https://a.b/*', true],
  ])('%s covers %s: %s', (outer, inner, expected) => expect(matchPatternCovers(outer, inner)).toBe(expected));
});

test('known portals are never registered twice; local test pages are covered only in the e2e build', () => {
  expect(coveredByManifest('https://apps.availity.com/*', 'production')).toBe(true);
  expect(coveredByManifest('http://127.0.0.1/*', 'production')).toBe(false);
  expect(coveredByManifest('http://127.0.0.1/*', 'e2e')).toBe(true);
});

test('only single-origin grants count as enabled sites', () => {
  expect(
    enabledSites(
      ['https://*/*', '<all_urls>', 'https://claims.regionalplan.com/*', 'https://www.officeally.com/*'],
      'production',
    ),
  ).toEqual(['https://claims.regionalplan.com/*']);
});

function fakeApi(granted: string[], registered: string[]) {
  const scripts = new Set(registered);
  return {
    scripts,
    permissions: { getAll: vi.fn(async () => ({ origins: granted, permissions: [] })) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => [...scripts].map((id) => ({ id }))),
      registerContentScripts: vi.fn(async (list: { id: string }[]) => list.forEach((s) => scripts.add(s.id))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
        ids.forEach((id) => scripts.delete(id)),
      ),
    },
  };
}

describe('reconcileRegistrations', () => {
  test('registers a newly granted origin in every frame and removes a revoked one', async () => {
    const api = fakeApi(
      ['https://claims.regionalplan.com/*'],
      ['mba-site:https://old.example.com/*', 'someone-else'],
    );
    const result = await reconcileRegistrations(api as never, 'production');
    expect(result).toEqual({
      added: ['https://claims.regionalplan.com/*'],
      removed: ['https://old.example.com/*'],
    });
    expect(api.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        matches: ['https://claims.regionalplan.com/*'],
        allFrames: true,
        js: ['probe.js'],
      }),
    ]);
    expect([...api.scripts].sort()).toEqual(['mba-site:https://claims.regionalplan.com/*', 'someone-else']);
  });

  test('is idempotent', async () => {
    const api = fakeApi(
      ['https://claims.regionalplan.com/*'],
      ['mba-site:https://claims.regionalplan.com/*'],
    );
    expect(await reconcileRegistrations(api as never, 'production')).toEqual({ added: [], removed: [] });
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
