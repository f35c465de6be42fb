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
    // expect.poll waits on conditions a real browser reaches in its own time. Vitest's 1 s default is
    // shorter than a loaded 2-core machine takes to register a content script or move focus after a
    // navigation (seen failing at load average 20), so polls get the time a person would wait.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
