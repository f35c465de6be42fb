import { defineConfig } from 'vitest/config';

// End-to-end tests: the e2e build (`npm run build:e2e`) loaded into Debian's Chromium via playwright-core.
// One file at a time: each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
