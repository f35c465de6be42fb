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
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus'],
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
    ...(mode === 'e2e' ? {} : {}),
  };
}
