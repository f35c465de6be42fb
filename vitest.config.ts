import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { codeTables } from './lib/build/code-tables.ts';

// Unit and component tests: happy-dom and WXT's in-memory fake browser. The Chromium tests live in
// test/e2e and run with vitest.e2e.config.ts against the built extension.
export default defineConfig({
  // WxtVitest does not forward wxt.config's Vite plugins, so the code-table imports are registered here too.
  plugins: [WxtVitest(), codeTables()],
  test: {
    environment: 'happy-dom',
    restoreMocks: true,
    setupFiles: ['test/setup.ts'],
    // Some tests parse the 400 KB Office Ally page or restore 20,000 sessions: a few seconds when idle, and
    // several times that on a loaded 2-core CI machine. Vitest's 5 s default failed there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
    ],
    benchmark: { include: ['lib/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
  },
});
