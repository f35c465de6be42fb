import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { codeTables } from './lib/build/code-tables.ts';
import { BUILD_TARGETS, buildManifest } from './lib/manifest';
import { E2E_EXTRA_MATCHES } from './lib/portal-hosts';

/** Unlisted scripts that run in portal pages, as content scripts do. */
const CONTENT_UNLISTED = ['probe', 'portal'];

// The project keeps its sources at the top level (entrypoints/, lib/, components/), as DESIGN.md lays out.
// Auto-imports are off: every module imports what it uses, so `lib/` stays greppable and framework-free.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // One syntax level for every bundle, stated rather than inherited from Vite's default (which moves with
  // Vite's major versions): the manifest's minimum_chrome_version and strict_min_version come from it.
  vite: () => ({ plugins: [preact(), codeTables()], build: { target: BUILD_TARGETS } }),
  manifest: ({ browser, mode }) => buildManifest({ browser, mode }),
  // The sources package AMO reviewers rebuild from: the project, not its test or bench artefacts.
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', 'demo/demo-backup.json', '.output/**'],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The claim-form content script runs on portal pages under a 30 KB budget (DESIGN.md). It needs no
      // polyfill: it only sends messages and listens without answering, and WXT's `browser` is Firefox's
      // native `browser`, Chrome's native `browser` from Chrome 148, and `chrome` before that, whose
      // `runtime.sendMessage` returns a promise in MV3 (docs/reference/engineering.md, "Browser floors").
      // Pages and the background keep webextension-polyfill through the module above: their
      // `runtime.onMessage` listener answers with a promise, which Chrome supports natively only from 148.
      // The probe (an unlisted script declared as a content script in lib/manifest.ts) and the claim-form
      // script (an unlisted script the probe has loaded: entrypoints/portal) likewise.
      if (!entrypoints.some((e) => e.type === 'content-script' || CONTENT_UNLISTED.includes(e.name))) return;
      const alias = viteConfig.resolve?.alias;
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The e2e build: the claim-form script also runs on local test pages, in every frame, with no prompt.
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.some((file) => file.startsWith('content-scripts/') || file === 'probe.js'))
          script.matches = [...(script.matches ?? []), ...E2E_EXTRA_MATCHES];
      }
    },
  },
});
