#!/usr/bin/env node
// `npm run bench`: measures the extension against DESIGN.md's budgets and prints one table.
//
//   npm run bench               full run (several minutes)
//   npm run bench -- --quick    CI: fewer repetitions, a smaller store; fails only on errors
//   npm run bench -- --no-build measure the last bench build (.output/bench) again
//   BENCH_ONLY=popup,keystroke,no-form npm run bench -- --no-build   a subset of the browser figures
//
// Builds the production and e2e extensions into .output/bench (scripts/bench/wxt.config.ts), measures
// bundle sizes here, runs the measurement files (test/bench/*.measure.ts, vitest.bench.config.ts: the
// Chromium figures and evaluateClaim), then writes bench-results/latest.json and latest.md. Slow numbers
// are reported as OVER in the table; the exit code is non-zero only when something failed to run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSizes, frameTotals } from './bench/bundle-sizes.mjs';
import { BUDGETS, buildTable, machineLine } from './bench/report.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const build = !args.has('--no-build');
const started = Date.now();
const OUT = path.resolve('bench-results');
const PARTS = path.join(OUT, 'parts');
const BUILD_DIR = path.resolve('.output/bench');
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const loadBefore = load();

function run(label, command, commandArgs, env = {}, quiet = true) {
  process.stdout.write(`bench: ${label}…\n`);
  const result = spawnSync(command, commandArgs, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
}

const failures = [];
try {
  if (build) {
    const config = ['-c', 'scripts/bench/wxt.config.ts'];
    run('production build', 'npx', ['wxt', 'build', ...config]);
    run('e2e build', 'npx', ['wxt', 'build', ...config, '--mode', 'e2e']);
  } else if (!existsSync(path.join(BUILD_DIR, 'chrome-mv3-e2e', 'manifest.json'))) {
    throw new Error('--no-build, but there is no bench build in .output/bench yet');
  }
  rmSync(PARTS, { recursive: true, force: true });
  mkdirSync(PARTS, { recursive: true });
  try {
    run(
      'measuring (Chromium and Node)',
      'npx',
      ['vitest', 'run', '--config', 'vitest.bench.config.ts'],
      { BENCH_QUICK: quick ? '1' : '', BENCH_PARTS_DIR: PARTS, BENCH_BUILD_DIR: BUILD_DIR },
      false,
    );
  } catch (error) {
    failures.push(error.message);
  }
} catch (error) {
  failures.push(error.message);
}

const part = (name) => {
  const file = path.join(PARTS, `${name}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  if (!process.env.BENCH_ONLY) failures.push(`no ${name} figures (bench-results/parts/${name}.json)`);
  return undefined;
};

const git = (...a) => spawnSync('git', a, { encoding: 'utf8' }).stdout?.trim() ?? '';
const results = {
  takenAt: new Date().toISOString(),
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`,
  mode: quick ? 'quick' : 'full',
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: undefined,
    loadBefore,
    loadAfter: load(),
    mode: quick ? 'quick' : 'full',
    seconds: 0,
  },
  budgets: BUDGETS,
  bundles: existsSync(path.join(BUILD_DIR, 'chrome-mv3'))
    ? {
        ...bundleSizes(path.join(BUILD_DIR, 'chrome-mv3')),
        frames: frameTotals(path.join(BUILD_DIR, 'chrome-mv3')),
      }
    : undefined,
  keystroke: part('keystroke'),
  sync: part('sync'),
  noForm: part('no-form'),
  popup: part('popup'),
  evaluate: part('evaluate'),
  hostile: part('hostile'),
  failures,
};
results.machine.chromium = part('browser')?.version;
results.machine.seconds = Math.round((Date.now() - started) / 1000);

const table = buildTable(results);
const machine = machineLine(results.machine, results.commit);
const note = quick
  ? '\nQuick mode (CI): few samples and a smaller store; the figures only show the bench still runs.'
  : '';
const printable = `${table.text}\n\n${machine}${note}\n`;
mkdirSync(OUT, { recursive: true });
writeFileSync(
  path.join(OUT, 'latest.json'),
  `${JSON.stringify({ ...results, table: table.rows }, null, 2)}\n`,
);
writeFileSync(path.join(OUT, 'latest.md'), printable);
process.stdout.write(`\n${printable}\nWritten: bench-results/latest.json, bench-results/latest.md\n`);
if (failures.length) {
  process.stderr.write(
    `\nbench: ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}\n`,
  );
  process.exit(1);
}
