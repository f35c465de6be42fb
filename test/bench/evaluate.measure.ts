import { expect, test } from 'vitest';
import type { ServiceLine } from '../../lib/model/claim';
import type { Session } from '../../lib/model/session';
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
