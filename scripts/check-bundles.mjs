#!/usr/bin/env node
// CI's bundle budget (DESIGN.md, Budgets): every portal frame carries at most 30 KB gzipped of our script
// without a user gesture, the declared probe plus the one part it loads there. Exits non-zero, naming the
// frame and its files, when a build passes it.  Usage: node scripts/check-bundles.mjs .output/firefox-mv3
import { frameTotals } from './bench/bundle-sizes.mjs';

const BUDGET = 30 * 1024;
const dir = process.argv[2] ?? '.output/chrome-mv3';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = 0;
for (const frame of frameTotals(dir)) {
  const ok = frame.gzip <= BUDGET;
  if (!ok) over++;
  process.stdout.write(
    `${ok ? 'ok  ' : 'OVER'} ${frame.kind}: ${kb(frame.gzip)} gz (budget ${kb(BUDGET)}): ${frame.files.join(' + ')}\n`,
  );
}
if (over) {
  process.stderr.write(`check-bundles: ${over} kind(s) of portal frame over the 30 KB budget\n`);
  process.exit(1);
}
