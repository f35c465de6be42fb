import { expect, test } from 'vitest';
import type { ServiceLine } from '../../lib/model/claim';
import type { Session } from '../../lib/model/session';
import { SettingsSchema } from '../../lib/model';
import { createClaimChecker } from '../../lib/background/claim-checker';
import { evaluateClaim } from '../../lib/rules';
import { claim, client, context, line, rx, session, visit } from '../../lib/rules/testing/builders';
import { QUICK, writePart } from './support/results';
import { mean, round, summarize } from './support/stats';

// evaluateClaim throughput on the claim of lib/rules/evaluate.bench.ts: 50 lines over 25 dates (97124
// + 97140 each day, so NCCI pairs, units and Rx checks all run) for a client with 500 sessions, three
// prescriptions and a chiropractor visit log. The background runs this on every keystroke.
const dates = Array.from(
  { length: 25 },
  (_, i) => `2026-0${1 + Math.floor(i / 12)}-${String(1 + (i % 12) * 2).padStart(2, '0')}`,
);
const lines: ServiceLine[] = dates.flatMap((from, i) => [
  line({ row: 2 * i, from, code: '97124', units: 2, pointers: [1] }),
  line({ row: 2 * i + 1, from, code: '97140', units: 1, modifiers: i % 2 ? ['XS'] : [], pointers: [2] }),
]);
const sessions: Session[] = Array.from({ length: 500 }, (_, i) => {
  const day = new Date(Date.UTC(2024, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
  return session({
    id: `s${i}`,
    date: day,
    minutes: 38,
    status: i % 7 ? 'paid' : 'done',
    lines: [
      { code: '97124', minutes: 30 },
      { code: '97140', minutes: 8 },
    ],
  });
});
const big = claim({ diagnoses: ['M54.50', 'M62.830', 'S13.4XXD'], lines });
const ctx = context({
  client: client({
    prescriptions: [
      rx({ id: 'a', writtenOn: '2025-06-01', expiresOn: '2025-12-31' }),
      rx({ id: 'b', writtenOn: '2026-01-01', visitsAuthorized: 40 }),
      rx({ id: 'c' }),
    ],
    otherVisits: dates.filter((_, i) => i % 5 === 0).map((date, i) => visit({ id: `v${i}`, date })),
  }),
  sessions,
});

test('evaluateClaim: 50 lines, a client with 500 sessions', () => {
  const warmup = 300; // the JIT settles
  const budgetMs = QUICK ? 1000 : 3000;
  let findings = 0;
  for (let i = 0; i < warmup; i++) findings = evaluateClaim(big, ctx).length;
  expect(findings).toBeGreaterThan(0);
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    const t = performance.now();
    evaluateClaim(big, ctx);
    times.push(performance.now() - t);
  }
  const elapsed = performance.now() - start;
  writePart('evaluate', {
    claimLines: big.lines.length,
    sessions: sessions.length,
    findings,
    iterations: times.length,
    opsPerSecond: round(times.length / (elapsed / 1000), 0),
    meanMs: round(mean(times), 3),
    perCallMs: summarize(times),
  });
});

// A hostile page's claim: 400 rows of 97124/97140 on one date. The background checks at most 50 lines
// (lib/background/claim-checker.ts), so one check must stay inside a frame (16 ms) and cannot hold back
// another tab's; side by side, the same rows given to the rules whole (what the background did before).
test('hostile claim: 400 rows on one date, through the background checker', async () => {
  const hostile = claim({
    lines: Array.from({ length: 400 }, (_, row) =>
      line({ row, code: row % 2 ? '97140' : '97124', units: 1, pointers: [1] }),
    ),
  });
  const checker = createClaimChecker({
    getClaimContext: async () => ({ sessions: [], settings: SettingsSchema.parse({}) }),
    today: () => '2026-03-31',
  });
  const budgetMs = QUICK ? 500 : 2000;
  const time = async (run: () => unknown, minimum: number) => {
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    const start = performance.now();
    while (performance.now() - start < budgetMs || times.length < minimum) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    return times;
  };
  const capped = await time(() => checker.check(hostile), 20);
  const whole = await time(() => evaluateClaim(hostile, ctx), 3);
  const result = await checker.check(hostile);
  writePart('hostile', {
    rows: hostile.lines.length,
    checkedLines: hostile.lines.length - (result.unchecked ?? 0),
    findings: result.findings.length,
    wholeFindings: evaluateClaim(hostile, ctx).length,
    checkerMs: summarize(capped),
    wholeMs: summarize(whole),
  });
});
