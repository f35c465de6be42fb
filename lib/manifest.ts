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
  // Sync talks to the practice's own CouchDB server, whose address only the practice knows, so it
  // cannot be listed here. No other code makes a request; sync is off until a person turns it on and
  // grants that one origin (an optional host permission), and the e2e tests check that a session with
  // sync off sends nothing anywhere. No websockets, no data: or blob: fetches.
  'connect-src https: http:',
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // The fill frame (entrypoints/fill-frame) is drawn inside portal pages, so portal pages may frame our
  // pages. That is no wider than before for the others: a web page can load only the web-accessible
  // fill-frame.html, never the popup, options or follow-up pages.
  "frame-ancestors 'self' https: http:",
].join('; ');

export type ManifestOptions = { browser: string; mode: string };

/**
 * The oldest browsers the shipped code runs in, and why (docs/reference/engineering.md, "Browser floors").
 * Chrome: the bundles' syntax is compiled for Chrome 111 (the build target below, Vite's
 * "baseline widely available"); every extension API we call is older (`scripting.registerContentScripts`
 * 96, promise-returning `runtime.sendMessage` 99, `optional_host_permissions` 102). Content scripts use
 * `chrome` where Chrome has no `browser` namespace yet (before Chrome 148), which WXT's `browser` falls
 * back to. Firefox: `optional_host_permissions` (Enable on this site) arrived in Firefox 128 (ESR 128),
 * and the `tab` argument of `commands.onCommand` (the fill shortcut) in 126.
 */
export const MIN_CHROME_VERSION = 111;
export const MIN_FIREFOX_VERSION = 128;
/** The syntax level every bundle is compiled to: what both floors understand. */
export const BUILD_TARGETS = [`chrome${MIN_CHROME_VERSION}`, `firefox${MIN_FIREFOX_VERSION}`];

/**
 * The add-on's id on addons.mozilla.org. It can never change once published (updates and the records
 * kept in the profile are tied to it). A GUID rather than `name@domain`: the project owns no domain.
 */
export const GECKO_ID = '{67114e60-649a-4d67-be64-21742650ccdb}';

/** The probe's bundle (an unlisted script, entrypoints/probe). */
export const PROBE_SCRIPT_FILE = 'probe.js';

/** The fill frame's page (entrypoints/fill-frame), the one file a portal page may load of ours. */
export const FILL_FRAME_FILE = 'fill-frame.html' as const;

/** The toolbar and store icons (public/icon/, drawn in assets/icon/ and rendered by `npm run icons`). */
export const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export function buildManifest({ browser, mode }: ManifestOptions) {
  return {
    name: 'Massage Billing Assistant',
    // At most 132 characters: the Chrome Web Store refuses a longer manifest description.
    description:
      'Catches claim errors massage practices make on insurer portals, keeps clients and sessions on this computer, fills claim forms.',
    // contextMenus: "Fill this claim from Massage Billing Assistant" (autofill, a user gesture).
    // activeTab: "Check this page once" and autofill on the current tab without a lasting permission.
    // alarms: the records' auto-lock after lockAfterMinutes without use (no permission warning).
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'contextMenus', 'alarms'],
    // Keyboard commands; people remap them at chrome://extensions/shortcuts (Firefox: about:addons, the
    // gear menu, "Manage Extension Shortcuts"). `_execute_action` opens the popup.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open Massage Billing Assistant',
      },
      'fill-claim': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill this claim from Massage Billing Assistant',
      },
    },
    // The probe in every portal frame (entrypoints/probe): it has the reader or the explainer loaded into
    // the frames that need one (lib/background/part-routes.ts), so the others carry under 1 KB of ours.
    content_scripts: [
      { matches: KNOWN_PORTAL_MATCHES, js: [PROBE_SCRIPT_FILE], all_frames: true, run_at: 'document_idle' },
    ],
    icons: ICONS,
    action: { default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The fill frame (entrypoints/fill-frame) goes inside our panel on any portal the practice enabled, so
    // on any site; Chrome gives it an address that changes each browser session (`use_dynamic_url`), so a
    // page cannot tell from a fixed address that the extension is installed. Firefox's extension addresses
    // already differ per install.
    web_accessible_resources: [
      {
        resources: [FILL_FRAME_FILE],
        matches: ['https://*/*', 'http://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
              id: GECKO_ID,
              strict_min_version: `${MIN_FIREFOX_VERSION}.0`,
              // Nothing is collected or transmitted: the records stay in this browser (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: String(MIN_CHROME_VERSION) }),
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
