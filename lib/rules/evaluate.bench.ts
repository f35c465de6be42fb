import { test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { Session } from '../model/session';
import { createCodeTables, evaluateClaimWith } from './core';
import { evaluateClaim, ICD_CODES_TEXT } from '.';
import { claim, client, context, line, rx, session, visit } from './testing/builders';

// Budget (DESIGN.md): keystroke to finding under 50 ms p95 on a 50-line claim; the rules take a small
// part of it. A 50-line claim over 25 dates (97124 + 97140 each day, so NCCI pairs, units and Rx checks
// all run) for a client with 500 sessions, a chiropractor visit log and three prescriptions.
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
const coreTables = createCodeTables({ icdCodes: ICD_CODES_TEXT });

const options = { warmupIterations: 300, time: 2000 };

test('evaluateClaim: 50 lines, 500 sessions', async ({ bench }) => {
  await bench.compare(
    bench('index.ts evaluateClaim (full tables)', () => {
      evaluateClaim(big, ctx);
    }),
    bench('core.ts evaluateClaimWith (tables built from the background text)', () => {
      evaluateClaimWith(big, ctx, coreTables);
    }),
    options,
  );
});

test('building the tables (once per page)', async ({ bench }) => {
  await bench('createCodeTables({ icdCodes: text })', () => {
    createCodeTables({ icdCodes: ICD_CODES_TEXT });
  }).run();
});
