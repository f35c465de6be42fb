import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { codeTables } from './lib/build/code-tables.ts';
import { buildManifest } from './lib/manifest';

// The project keeps its sources at the top level (entrypoints/, lib/, components/), as DESIGN.md lays out.
// Auto-imports are off: every module imports what it uses, so `lib/` stays greppable and framework-free.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), codeTables()] }),
  manifest: ({ browser, mode }) => buildManifest({ browser, mode }),
});
