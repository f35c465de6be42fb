import type { Page } from 'playwright-core';
import { median, summarize } from './support/stats';

type Store = { createSession(input: unknown): Promise<{ id: string }> };
type Local = {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
};

/**
 * Saves new sessions one by one through lib/store's real code path (`createSession`: validation, the
 * cross-page write lock, one `browser.storage.local.set` of the record and its two id lists) in the
 * popup of the e2e build, which exposes the store as `__mbaStore`. Times each save from the call to its
 * promise resolving (the browser has stored it). The sessions are dated before `today`, so the open
 * popup (which lists today's sessions) has nothing to re-render: the figure is the store's.
 *
 * Beside it, the browser's own cost: `chrome.storage.local.set` of the same three keys, written raw
 * under other names (then removed), and their size as JSON: a difference between an empty and a full
 * store can then be told apart (more bytes written, our code, or the browser's database); and the
 * browser's set of one fixed 10 KB value, which changes only with the database.
 * The first `warmup` saves (lazy chunks, the store's first reads) are not counted.
 */
export async function measureSaves(
  page: Page,
  clientIds: string[],
  today: string,
  saves: number,
  warmup = 2,
) {
  await page.waitForFunction(() => '__mbaStore' in globalThis, null, { polling: 50 });
  const { store, raw, fixed, bytes } = await page.evaluate(
    async ({ clientIds, today, saves, warmup }) => {
      const api = (globalThis as unknown as { __mbaStore: Store }).__mbaStore;
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const store: number[] = [];
      const raw: number[] = [];
      const fixed: number[] = [];
      const tenKb = { text: 'x'.repeat(10_000) };
      const bytes: number[] = [];
      for (let i = 0; i < warmup + saves; i++) {
        // One session a day for each client in turn, going back from yesterday: each save lands on a
        // day and a client with the store's usual number of sessions, not on one ever-growing day.
        const clientId = clientIds[i % clientIds.length]!;
        const day = new Date(`${today}T12:00:00Z`);
        day.setUTCDate(day.getUTCDate() - 1 - i);
        const date = day.toISOString().slice(0, 10);
        let t = performance.now();
        const session = await api.createSession({
          clientId,
          date,
          minutes: 60,
          lines: [{ code: '97124', units: 4, charge: 120 }],
        });
        const took = performance.now() - t;
        const keys = [`session:${session.id}`, `idx:day:${date}`, `idx:client-sessions:${clientId}`];
        const copy = await local.get(keys);
        const renamed = Object.fromEntries(Object.entries(copy).map(([k, v]) => [`bench-copy:${k}`, v]));
        if (i >= warmup) bytes.push(JSON.stringify(copy).length);
        t = performance.now();
        await local.set(renamed);
        const rawTook = performance.now() - t;
        await local.remove(Object.keys(renamed));
        t = performance.now();
        await local.set({ 'bench-copy:10kb': tenKb });
        const fixedTook = performance.now() - t;
        await local.remove(['bench-copy:10kb']);
        if (i >= warmup) {
          store.push(took);
          raw.push(rawTook);
          fixed.push(fixedTook);
        }
        // Saves are made by a person, not in a burst: let change events settle between them.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { store, raw, fixed, bytes };
    },
    { clientIds, today, saves, warmup },
  );
  return {
    storeMs: summarize(store),
    browserSetSameKeysMs: summarize(raw),
    bytesWritten: median(bytes),
    browserSet10KbMs: summarize(fixed),
  };
}
