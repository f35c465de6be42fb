// `npm start`: build the extension, serve the demo claim page, open Chromium with the extension loaded and
// demo records in it. Where there is no display, say how to load it by hand instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './static-server.mjs';
import { demoBackup } from '../demo/demo-data.mjs';

const PORT = Number(process.env.PORT ?? 5188);
const EXTENSION = path.resolve('.output/chrome-mv3-e2e');

console.log('Building the extension (npm run build:e2e)...');
const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer({ '/': 'demo' }, { port: PORT });
const demoUrl = `${server.origin}/claim.html`;
console.log(`\nDemo claim page: ${demoUrl}`);

const chromium = findChromium();
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!chromium || !hasDisplay) {
  console.log(`
${!hasDisplay ? 'No display here, so no browser was opened.' : 'No Chromium found (set CHROMIUM_PATH to one).'} To try it by hand:
  1. Open chrome://extensions (or edge://extensions), switch on Developer mode.
  2. "Load unpacked" and choose: ${EXTENSION}
  3. Open ${demoUrl} and press "type an example claim".
  4. For demo records, open the extension's options page and import demo/demo-backup.json
     (written now for today's date).
The page is served until you press Ctrl+C.`);
  await writeDemoBackupFile();
  await new Promise(() => {});
}

const { chromium: pw } = await import('playwright-core');
const { mkdtempSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const context = await pw.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'mba-start-')), {
  executablePath: chromium,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
let [worker] = context.serviceWorkers();
if (!worker) worker = await context.waitForEvent('serviceworker');
try {
  await worker.evaluate((doc) => globalThis.importBackup(doc), demoBackup(new Date()));
  console.log('Demo records loaded (practice, two clients, their sessions).');
} catch (error) {
  console.warn('Could not load the demo records:', error instanceof Error ? error.message : error);
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log('Chromium is open with the extension. Close the browser window or press Ctrl+C to stop.');
context.on('close', async () => {
  await server.close();
  process.exit(0);
});

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

async function writeDemoBackupFile() {
  const { writeFile } = await import('node:fs/promises');
  await writeFile('demo/demo-backup.json', JSON.stringify(demoBackup(new Date()), null, 2));
}
