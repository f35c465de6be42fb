import { test } from 'vitest';
import { buildSearchIndex, searchClients } from './search';
import { sortClients, summarize } from './summary';
import { generateRecords } from './testing/generate';

// `npx vitest bench lib/store/search.bench.ts`: the popup's search with 2,000 clients (budget: a
// keystroke under 16 ms, list rendering included; the scan itself is a small part of that).
const { clients } = generateRecords({ clients: 2000, sessions: 0, today: '2026-11-26' });
const summaries = sortClients(clients.map(summarize));
const index = buildSearchIndex(summaries);
const typed = ['g', 'ga', 'gar', 'garc', 'garcia', 'garcia m', 'xyz0', '03/1', '1979-0'];

test('client search, 2,000 clients', async ({ bench }) => {
  await bench.compare(
    bench('build the index', () => {
      buildSearchIndex(summaries);
    }),
    bench('nine keystrokes (scan and first 50 each)', () => {
      for (const q of typed) searchClients(index, q, 50);
    }),
    bench('sort the list', () => {
      sortClients(clients.map(summarize));
    }),
  );
});
