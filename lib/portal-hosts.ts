/**
 * Portals the claim-form content script runs on from install, without asking: the clearinghouse and payer
 * portals massage practices use most (docs/reference/portals.md). Every other portal is enabled by the user,
 * one origin at a time, from the popup. Nothing broader, never `<all_urls>`.
 */
export const KNOWN_PORTAL_MATCHES = [
  'https://*.officeally.com/*',
  'https://*.availity.com/*',
  'https://*.uhcprovider.com/*',
  'https://*.unitedhealthcareonline.com/*',
  'https://*.linkhealth.com/*',
];

/** The e2e build also runs on local test pages (DESIGN.md, "The e2e build"); any port matches. */
export const E2E_EXTRA_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The e2e build's pre-granted "enabled site" (not covered by the manifest's content script): tests map
 * this host name to 127.0.0.1 with Chromium's --host-resolver-rules and walk the enable path on it.
 */
export const E2E_PREGRANTED_ORIGIN = 'http://enabled-portal.test/*';
