import { describe, expect, test } from 'vitest';
import { buildManifest } from '../../lib/manifest';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal-hosts';

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
    ]);
  });

  test('extension pages may load only their own code and connect nowhere', () => {
    const csp = chrome.content_security_policy.extension_pages;
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'none'",
      "object-src 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  test('Firefox: a gecko id, and no data collected', () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: 'massage-billing-assistant@example.org',
      data_collection_permissions: { required: ['none'] },
    });
    expect('browser_specific_settings' in chrome).toBe(false);
  });

  test('only the e2e build pre-grants test origins', () => {
    const e2e = buildManifest({ browser: 'chrome', mode: 'e2e' });
    expect(e2e.host_permissions).toContain('http://enabled-portal.test/*');
    expect(chrome.host_permissions).not.toContain('http://enabled-portal.test/*');
  });
});
