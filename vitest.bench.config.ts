import { defineConfig } from 'vitest/config';
import { codeTables } from './lib/build/code-tables.ts';

// `npm run bench` (scripts/bench.mjs) runs these measurement files, one at a time: the browser ones load
// the bench build (.output/bench/chrome-mv3-e2e) into Chromium, the rules one runs in Node. They write
// their figures to bench-results/parts/, and bench.mjs prints the table. Not part of `npm test`.
export default defineConfig({
  plugins: [codeTables()],
  test: {
    include: ['test/bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
