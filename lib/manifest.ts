import { E2E_EXTRA_MATCHES, E2E_PREGRANTED_ORIGIN, KNOWN_PORTAL_MATCHES } from './portal-hosts';

/**
 * The manifest fields WXT cannot infer from the entrypoints. Kept as a plain function so a unit test can
 * check the permissions we ship (no `<all_urls>`, nothing broader than the known portals).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type ManifestOptions = { browser: string; mode: string };

export function buildManifest({ browser, mode }: ManifestOptions) {
  return {
    name: 'Massage Billing Assistant',
    description:
      'Warns about claim errors massage-therapy practices make on insurer portals, keeps clients and sessions on this computer, fills claim forms.',
    // contextMenus: "Fill this claim from Massage Billing Assistant" (autofill, a user gesture).
    // activeTab: "Check this page once" and autofill on the current tab without a lasting permission.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'contextMenus'],
    // The autofill's keyboard command; people remap it at chrome://extensions/shortcuts.
    commands: {
      'fill-claim': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill this claim from Massage Billing Assistant',
      },
    },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages load only their own files and may connect nowhere: no remote code, no remote
    // fonts, no requests (client data never leaves the computer), no inline styles or scripts (the style
    // values Preact sets go through the CSSOM, which CSP allows).
    content_security_policy: {
      extension_pages: EXTENSION_PAGES_CSP,
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'massage-billing-assistant@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // The known portals the content scripts are declared for (no broader: the same sites, the same install
    // warning), so the background may also inject the on-demand autofill script there. The e2e build adds
    // its local test pages and pre-grants one test origin, so a test can walk the "Enable on this site"
    // path (register, inject, check) without the browser's prompt, which headless runs cannot click.
    host_permissions:
      mode === 'e2e'
        ? [...KNOWN_PORTAL_MATCHES, ...E2E_EXTRA_MATCHES, E2E_PREGRANTED_ORIGIN]
        : KNOWN_PORTAL_MATCHES,
  };
}
