import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { localToday } from '../../lib/dates';
import { generateRecords, samplePractice, sampleSettings } from '../../lib/store/testing/generate';
import { keystrokeScenarios, measureKeystrokes, type KeystrokeResult } from './keystroke';
import { measureNoForm, noFormScenarios, type NoFormResult } from './no-form';
import { measurePopupLoad, measureSearch } from './popup';
import { measureSaves } from './save';
import { browserVersion, launchBenchBrowser, type BenchBrowser } from './support/launch';
import { QUICK, writePart } from './support/results';
import { round } from './support/stats';

// Every browser figure of `npm run bench` in one Chromium with the e2e build of the bench (see
// scripts/bench.mjs): records seeded through the background's importBackup, then the popup, the saves,
// keystrokes on two claim pages, and pages without a claim form. BENCH_ONLY=popup,keystroke,... runs a
// subset (while working on one figure).
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (part: string) => !only || only.includes(part);
const today = localToday();
const REPEAT = QUICK
  ? { opens: 2, search: 12, saves: 4, keystrokes: 12, warmup: 2, gapMs: 10, pairs: 0, traced: 4, baseline: 6 }
  : {
      opens: 15,
      search: 100,
      saves: 30,
      keystrokes: 120,
      warmup: 6,
      gapMs: 60,
      pairs: 3,
      traced: 20,
      baseline: 40,
    };

let browser: BenchBrowser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let popupUrl: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBenchBrowser(),
    startStaticServer(
      {
        '/portals/': path.resolve('test/fixtures/portals'),
        '/pages/': path.resolve('test/e2e/pages'),
        '/bench/': path.resolve('test/bench/pages'),
      },
      { charsets: { 'uhc-hcfa1500-2016.html': 'windows-1252' } },
    ),
  ]);
  popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  writePart('browser', { version: await browserVersion(browser.context) });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function backupOf(records: ReturnType<typeof generateRecords>) {
  return {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    practice: samplePractice(),
    settings: sampleSettings(),
    ...records,
  };
}

/** Seeds through the e2e build's `importBackup` (the options page's restore); returns its duration. */
async function seed(records: ReturnType<typeof generateRecords>): Promise<number> {
  const t = performance.now();
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    backupOf(records),
  );
  return performance.now() - t;
}

// DESIGN.md's scale; quick mode seeds less (importing 20,000 sessions takes ~15 s on 2 cores).
const big = generateRecords(
  QUICK ? { clients: 300, sessions: 3000, today } : { clients: 2000, sessions: 20000, today },
);

test('bench: records, popup, saves', async () => {
  if (!wanted('popup') && !wanted('save')) return;
  // A save into an empty store: one client, no sessions.
  const one = generateRecords({ clients: 1, sessions: 0, today });
  await seed(one);
  let page = await browser.context.newPage();
  await page.goto(popupUrl);
  const saveEmpty = await measureSaves(page, [one.clients[0]!.id], today, REPEAT.saves);
  await page.close();

  const seedMs = await seed(big);
  const load = await measurePopupLoad(browser.context, popupUrl, REPEAT.opens);
  page = load.lastPage;
  const search = wanted('popup') ? await measureSearch(page, big.clients, REPEAT.search, REPEAT.gapMs) : null;
  const saveFull = await measureSaves(
    page,
    big.clients.slice(0, 50).map((c) => c.id),
    today,
    REPEAT.saves,
  );
  await page.close();
  writePart('popup', {
    clients: big.clients.length,
    sessions: big.sessions.length,
    seedMs: round(seedMs, 0),
    load: load.result,
    search,
    save: { emptyStore: saveEmpty, fullStore: saveFull },
  });
  expect(load.result.opens).toBe(REPEAT.opens);
});

test('bench: keystroke to finding', async () => {
  if (!wanted('keystroke')) return;
  if (!wanted('popup') && !wanted('save')) await seed(big);
  const client = big.clients[0]!;
  const results: (KeystrokeResult & { pageAlone: Partial<KeystrokeResult> })[] = [];
  for (const scenario of keystrokeScenarios(client, big.sessions, today)) {
    const options = { warmup: REPEAT.warmup, gapMs: REPEAT.gapMs };
    const measured = await measureKeystrokes(browser.context, server.origin, scenario, {
      ...options,
      keystrokes: REPEAT.keystrokes,
      traced: REPEAT.traced,
    });
    // The same keys on the same page without the extension: what showing a keystroke costs the page alone.
    const alone = await measureKeystrokes(browser.context, server.origin, scenario, {
      ...options,
      keystrokes: REPEAT.baseline,
      traced: REPEAT.traced / 2,
      baseline: true,
    });
    results.push({
      ...measured,
      pageAlone: {
        keystrokes: alone.keystrokes,
        toFramePaintedMs: alone.toFramePaintedMs,
        longTasks: alone.longTasks,
        ...(alone.breakdown ? { breakdown: alone.breakdown } : {}),
      },
    });
  }
  writePart('keystroke', results);
  for (const r of results) expect(r.keystrokes).toBe(REPEAT.keystrokes);
});

test('bench: pages without a claim form', async () => {
  if (!wanted('no-form')) return;
  const results: NoFormResult[] = [];
  for (const scenario of noFormScenarios(QUICK))
    results.push(await measureNoForm(browser.context, server.origin, scenario, REPEAT.pairs, !QUICK));
  writePart('no-form', results);
});
