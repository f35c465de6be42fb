import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where `scripts/bench.mjs` builds (its own folder: see scripts/bench/wxt.config.ts). */
export const BENCH_BUILD_DIR = path.resolve(process.env.BENCH_BUILD_DIR ?? '.output/bench');
export const E2E_BUILD = path.join(BENCH_BUILD_DIR, 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A host name the extension's content scripts do not match, resolved to the fixture server: the same
 * page, served by the same server, with and without the content scripts (the e2e build runs them on
 * 127.0.0.1 and localhost only).
 */
export const UNMATCHED_HOST = 'no-extension.test';

// As test/e2e/support/browser.ts (without the networking flags Chromium dials Google at start), plus
// the host mapping above.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  `--host-resolver-rules=MAP ${UNMATCHED_HOST} 127.0.0.1`,
];

export type BenchBrowser = {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
};

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  if (!existsSync(path.join(E2E_BUILD, 'manifest.json')))
    throw new Error(`No e2e build at ${E2E_BUILD}: run \`npm run bench\` (it builds first).`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'mba-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, `--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`],
    viewport: { width: 1280, height: 1000 },
  });
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser's version ("Chromium 156.0.8078.108"), for the report (the user agent hides the build). */
export async function browserVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return `Chromium ${product.split('/')[1] ?? product}`;
  } finally {
    await page.close();
  }
}
