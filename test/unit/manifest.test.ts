import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  BUILD_TARGETS,
  buildManifest,
  GECKO_ID,
  MIN_CHROME_VERSION,
  MIN_FIREFOX_VERSION,
} from '../../lib/manifest';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal-hosts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

// The permissions we ship: nothing broader than the known portals at install, never
// <all_urls>; a strict page CSP; Firefox told the truth about data collection.
describe('manifest', () => {
  const chrome = buildManifest({ browser: 'chrome', mode: 'production' });
  const firefox = buildManifest({ browser: 'firefox', mode: 'production' });

  test('asks for the known portals only at install, and for other sites only at run time', () => {
    expect(chrome.host_permissions).toEqual(KNOWN_PORTAL_MATCHES);
    expect(KNOWN_PORTAL_MATCHES.every((m) => /^https:\/\/\*\.[a-z]+\.com\/\*$/.test(m))).toBe(true);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    const everything = JSON.stringify(chrome);
    expect(everything).not.toContain('<all_urls>');
    expect(chrome.permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'scripting',
      'activeTab',
      'contextMenus',
      'alarms',
    ]);
  });

  test('extension pages may load only their own code, and connect only over http(s) (the practice’s sync server)', () => {
    const csp = chrome.content_security_policy.extension_pages;
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      'connect-src https: http:',
      "object-src 'none'",
    ])
      expect(csp).toContain(directive);
    // No remote source anywhere: web schemes only in the ancestors that may frame the fill frame, and
    // in connect-src for the sync server, whose address the practice chooses (no websockets, no data:).
    const sources = csp
      .split(';')
      .map((d) => d.trim())
      .filter((d) => !d.startsWith('frame-ancestors') && d !== 'connect-src https: http:');
    expect(sources.join('; ')).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  test('a web page may load one page of ours, the fill frame, at an address that changes each session', () => {
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['fill-frame.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ]);
    expect(firefox.web_accessible_resources).toEqual([
      { resources: ['fill-frame.html'], matches: ['https://*/*', 'http://*/*'] },
    ]);
  });

  test('Firefox: a real gecko id, the lowest Firefox with our MV3 APIs, and no data collected', () => {
    expect('browser_specific_settings' in firefox && firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: `${MIN_FIREFOX_VERSION}.0`,
      data_collection_permissions: { required: ['none'] },
    });
    // A GUID: the project claims no domain it does not own (no example.org placeholder).
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect('browser_specific_settings' in chrome).toBe(false);
    expect('minimum_chrome_version' in firefox).toBe(false);
  });

  test('Chrome: the oldest Chrome the bundles are compiled for', () => {
    expect('minimum_chrome_version' in chrome && chrome.minimum_chrome_version).toBe(
      String(MIN_CHROME_VERSION),
    );
    expect(BUILD_TARGETS).toEqual([`chrome${MIN_CHROME_VERSION}`, `firefox${MIN_FIREFOX_VERSION}`]);
  });

  test('icons at 16, 32, 48 and 128 pixels, each PNG the size its key says', () => {
    expect(Object.keys(chrome.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(chrome.icons))
      expect(pngSize(path.resolve('public', file)), file).toEqual([Number(size), Number(size)]);
    expect(chrome.action.default_icon).toEqual({ 16: chrome.icons[16], 32: chrome.icons[32] });
  });

  test('a description the stores accept: plain text, at most 132 characters', () => {
    expect(chrome.description.length).toBeLessThanOrEqual(132);
    expect(chrome.description).not.toMatch(/[<>]/);
  });

  test('a shortcut opens the popup, another fills the claim', () => {
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+M');
    expect(chrome.commands['fill-claim'].suggested_key.default).toBe('Alt+Shift+F');
  });

  test('only the e2e build pre-grants test origins', () => {
    const e2e = buildManifest({ browser: 'chrome', mode: 'e2e' });
    expect(e2e.host_permissions).toContain('http://enabled-portal.test/*');
    expect(chrome.host_permissions).not.toContain('http://enabled-portal.test/*');
  });
});
