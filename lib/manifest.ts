import { E2E_PREGRANTED_ORIGIN } from './portal-hosts';

/**
 * The manifest fields WXT cannot infer from the entrypoints. Kept as a plain function so a unit test can
 * check the permissions we ship (no `<all_urls>`, nothing broader than the known portals).
 */
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
    // The e2e build pre-grants one test origin, so a test can walk the "Enable on this site" path
    // (register, inject, check) without the browser's permission prompt, which headless runs cannot click.
    ...(mode === 'e2e' ? { host_permissions: [E2E_PREGRANTED_ORIGIN] } : {}),
  };
}
