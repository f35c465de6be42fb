/**
 * Keystroke cost of the form reader on a 50-line claim (DESIGN.md budget: keystroke to finding on screen
 * p95 under 50 ms). The content script locates once and re-reads on each keystroke, so the re-read is
 * what a keystroke pays here; locating is measured for comparison. Runs in happy-dom, which is several
 * times slower than Chromium: treat these figures as an upper bound.
 *
 *   npx vitest bench lib/portal/read.bench.ts --run
 */
import { test } from 'vitest';
import { generateClaimPage } from '../../test/fixtures/generate';
import { loadHtml, type } from '../../test/unit/portal/load';
import { locateClaimForm, readLocatedForm } from '.';

const page = await loadHtml(generateClaimPage({ lines: 50 }));
const generic = locateClaimForm(page.document, { adapters: [] })!;
const adapted = locateClaimForm(page.document)!;
if (readLocatedForm(generic).draft.lines.length !== 50)
  throw new Error('the bench page must read as 50 lines');
const units = page.document.getElementById(
  'ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_UNITS25',
)!;
let n = 0;

test('50-line claim', async ({ bench }) => {
  await bench.compare(
    bench('re-read (generic map): readLocatedForm', () => {
      readLocatedForm(generic);
    }),
    bench('re-read (adapter map): readLocatedForm', () => {
      readLocatedForm(adapted);
    }),
    bench('keystroke: type one character, then re-read', () => {
      type(units, String(++n % 9));
      readLocatedForm(generic);
    }),
  );
  await bench('locate from scratch (generic), for comparison', () => {
    locateClaimForm(page.document, { adapters: [] });
  }).run({ iterations: 5, time: 0 });
});
