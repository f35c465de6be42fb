import { E2E_EXTRA_MATCHES, KNOWN_PORTAL_MATCHES } from '../portal-hosts';

/**
 * Portals the user enabled one origin at a time. The granted host permissions are the source of truth;
 * the registered content scripts follow them (reconciled at install, at startup and whenever permissions
 * change), the way webext-dynamic-content-scripts does it, but for a script WXT builds with
 * `registration: 'runtime'`-style files and no required host permission.
 */
/** The content script an enabled site gets: the probe, which has the reader or the explainer loaded where needed. */
export const PORTAL_SCRIPT_FILES = ['probe.js'];
const ID_PREFIX = 'mba-site:';

type RegisteredScript = {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
};
/** The slice of the extension API reconciling needs (the real `browser`, or a fake in tests). */
export type SiteAccessApi = {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
};

/** `https://portal.example.com/*` for a page URL, or null for pages no script can run on. */
export function originPatternFor(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** True when the manifest's own content script already covers the pattern (no second registration). */
export function coveredByManifest(pattern: string, mode: string): boolean {
  const manifest = mode === 'e2e' ? [...KNOWN_PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : KNOWN_PORTAL_MATCHES;
  return manifest.some((m) => matchPatternCovers(m, pattern));
}

/** Does match pattern `outer` cover every URL of `inner` (both `scheme://host/*`)? */
export function matchPatternCovers(outer: string, inner: string): boolean {
  const o = /^(\*|https?):\/\/([^/]+)\//.exec(outer);
  const i = /^(https?):\/\/([^/]+)\//.exec(inner);
  if (!o || !i) return false;
  if (o[1] !== '*' && o[1] !== i[1]) return false;
  const host = o[2]!;
  if (host === '*') return true;
  if (host.startsWith('*.')) return i[2] === host.slice(2) || i[2]!.endsWith(host.slice(1));
  return host === i[2];
}

/** The user-enabled site patterns among the granted origins. */
export function enabledSites(granted: string[], mode: string): string[] {
  return granted
    .filter((o) => /^https?:\/\/[^/*]+\/\*$/.test(o)) // one origin each; never a wildcard host
    .filter((o) => !coveredByManifest(o, mode))
    .sort();
}

export async function reconcileRegistrations(
  api: SiteAccessApi,
  mode: string,
): Promise<{ added: string[]; removed: string[] }> {
  const { origins = [] } = await api.permissions.getAll();
  const wanted = new Set(enabledSites(origins, mode));
  const registered = (await api.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(ID_PREFIX),
  );
  const have = new Set(registered.map((s) => s.id.slice(ID_PREFIX.length)));
  const removed = [...have].filter((o) => !wanted.has(o));
  const added = [...wanted].filter((o) => !have.has(o));
  if (removed.length)
    await api.scripting.unregisterContentScripts({ ids: removed.map((o) => ID_PREFIX + o) });
  if (added.length) {
    await api.scripting.registerContentScripts(
      added.map((origin) => ({
        id: ID_PREFIX + origin,
        matches: [origin],
        js: PORTAL_SCRIPT_FILES,
        allFrames: true,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return { added, removed };
}
