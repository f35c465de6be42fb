import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `npm run bench -- --quick` (CI): fewer repetitions, same code paths. */
export const QUICK = process.env.BENCH_QUICK === '1';

/** Where each measurement file leaves its figures for scripts/bench.mjs to print. */
export const PARTS_DIR = path.resolve(process.env.BENCH_PARTS_DIR ?? 'bench-results/parts');

export function writePart(name: string, figures: unknown): void {
  mkdirSync(PARTS_DIR, { recursive: true });
  writeFileSync(path.join(PARTS_DIR, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
