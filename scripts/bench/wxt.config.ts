import { defineConfig, type UserConfig } from 'wxt';
import config from '../../wxt.config.ts';

// The bench builds into its own folder, so it measures exactly what it built, and a test run rebuilding
// `.output/chrome-mv3-e2e` at the same time (other work on this machine, CI steps) cannot swap files
// under the browser it has loaded. `BENCH_UNMINIFIED=1` keeps names readable in profiles (never for the
// figures: the sizes and timings are the minified build's).
const unminified = process.env.BENCH_UNMINIFIED === '1';
const base = config as UserConfig;
const viteOf = base.vite;

export default defineConfig({
  ...base,
  outDir: unminified ? '.output/bench-unminified' : '.output/bench',
  vite: unminified
    ? async (env) => {
        const vite = viteOf ? await viteOf(env) : {};
        return { ...vite, build: { ...vite.build, minify: false } };
      }
    : viteOf,
});
