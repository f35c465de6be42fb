import type { BrowserContext, Page } from 'playwright-core';
import type { Client } from '../../lib/model';
import { buildSearchIndex, searchClients } from '../../lib/store/search';
// eslint-disable-next-line house/no-import-rename -- clashes with the statistics' `summarize` below
import { sortClients, summarize as summarizeClient } from '../../lib/store/summary';
import { installProbe, type ProbeState } from './support/probes';
import { round, summarize } from './support/stats';

type Bench = { __mbaBench: ProbeState; __mbaBenchWait(count: number, timeout: number): Promise<boolean> };

export type PopupLoad = {
  opens: number;
  /** Navigation start -> the first task after the frame that shows the client list (support/probes.ts). */
  interactiveMs: ReturnType<typeof summarize>;
  /** Navigation start -> the client list's first row in the DOM. */
  listedMs: ReturnType<typeof summarize>;
  /** The popup's own `mba:interactive` mark (its first render with the list), for comparison. */
  appMarkMs: ReturnType<typeof summarize>;
  /** The popup's `mba:main` mark: its script's first line (after the HTML, its chunks and their evaluation). */
  scriptStartMs: ReturnType<typeof summarize>;
  /** Long tasks from navigation start to one second after interactive, over every opening. */
  longTasks: { count: number; maxMs: number };
  all: number[];
};

/** Opens the popup (as a tab of the popup's size) `opens` times; the first opening is counted too. */
export async function measurePopupLoad(
  context: BrowserContext,
  popupUrl: string,
  opens: number,
): Promise<{ result: PopupLoad; lastPage: Page }> {
  const interactive: number[] = [];
  const listed: number[] = [];
  const appMark: number[] = [];
  const scriptStart: number[] = [];
  const tasks: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < opens; i++) {
    if (page) await page.close();
    page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.addInitScript(installProbe, 'popup');
    await page.goto(popupUrl);
    await page.waitForFunction(() => (window as unknown as Bench).__mbaBench?.marks.interactive, null, {
      polling: 100,
      timeout: 30_000,
    });
    await page.waitForTimeout(1000); // long tasks right after (the detail views load once the list is up)
    const s = await page.evaluate(() => {
      const b = (window as unknown as Bench).__mbaBench;
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
        marks: b.marks,
        longTasks: b.longTasks,
        appMark: mark('mba:interactive'),
        scriptStart: mark('mba:main'),
      };
    });
    interactive.push(s.marks.interactive!);
    listed.push(s.marks.listed!);
    appMark.push(s.appMark);
    scriptStart.push(s.scriptStart);
    for (const t of s.longTasks) if (t.start <= s.marks.interactive! + 1000) tasks.push(t.duration);
  }
  return {
    result: {
      opens,
      interactiveMs: summarize(interactive),
      listedMs: summarize(listed),
      appMarkMs: summarize(appMark),
      scriptStartMs: summarize(scriptStart),
      longTasks: { count: tasks.length, maxMs: round(Math.max(0, ...tasks)) },
      all: interactive.map((x) => round(x, 1)),
    },
    lastPage: page!,
  };
}

export type SearchResultFigures = {
  keystrokes: number;
  /** keydown -> the MutationObserver callback that sees the list change. */
  toListMs: ReturnType<typeof summarize>;
  /** keydown -> the task after the frame that shows it. */
  toFramePaintedMs: ReturnType<typeof summarize>;
  /** The popup's own `mba:search` measures (input handler to list committed), for comparison. */
  appMeasureMs: ReturnType<typeof summarize>;
  eventTiming: { over16ms: number; maxDurationMs: number };
  longTasks: { count: number; maxMs: number };
  /** Keystrokes expected to change the list that did not (the prediction below was wrong). */
  missed: number;
};

/** What people type into the search: names, a member id prefix, a birth date, with corrections. */
const TYPED = ['garcia m', 'smith', 'maria', 'xyz1', 'nguyen', '1979-0', 'lee', 'w12', "o'brien", 'jose'];

/**
 * Types into the popup's search and times every keystroke that changes the list. Which keystrokes
 * change it is worked out beforehand with the popup's own search code over the same clients (a
 * keystroke that changes nothing, like a second letter that matches the same people, is typed but not
 * timed: it has nothing to show).
 */
export async function measureSearch(page: Page, clients: Client[], keystrokes: number, gapMs: number) {
  const index = buildSearchIndex(sortClients(clients.map(summarizeClient)));
  const shown = (query: string) => {
    if (query.trim() === '') return 'home';
    const { matches, total } = searchClients(index, query, 50);
    return `${total}:${matches.map((m) => m.id).join(',')}`;
  };
  const plan: { key: string; changes: boolean }[] = [];
  let query = '';
  for (let r = 0; plan.filter((p) => p.changes).length < keystrokes; r++) {
    const word = TYPED[r % TYPED.length]!;
    const steps = [...word.split(''), ...word.split('').map(() => 'Backspace')];
    for (const key of steps) {
      const next = key === 'Backspace' ? query.slice(0, -1) : query + key;
      plan.push({ key, changes: shown(next) !== shown(query) });
      query = next;
    }
  }

  await page.evaluate(() => performance.clearMeasures('mba:search'));
  await page.click('#client-search');
  const start = await page.evaluate(() => (window as unknown as Bench).__mbaBench.keys.length);
  const timed: number[] = [];
  let missed = 0;
  for (const step of plan) {
    const before = await page.evaluate(() => (window as unknown as Bench).__mbaBench.changes.length);
    const keyIndex = await page.evaluate(() => (window as unknown as Bench).__mbaBench.keys.length);
    await page.keyboard.press(step.key === ' ' ? 'Space' : step.key);
    if (step.changes) {
      const ok = await page.evaluate(([n, t]) => (window as unknown as Bench).__mbaBenchWait(n, t), [
        before + 1,
        2000,
      ] as const);
      if (ok) timed.push(keyIndex);
      else missed++;
    }
    if (gapMs) await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(200);
  const s = await page.evaluate(() => {
    const b = (window as unknown as Bench).__mbaBench;
    return { ...b, app: performance.getEntriesByName('mba:search').map((e) => e.duration) };
  });
  const toList: number[] = [];
  const toPainted: number[] = [];
  for (const i of timed) {
    const key = s.keys[i]!;
    const change = s.changes.find((c) => c.at >= key.ts)!;
    toList.push(change.at - key.ts);
    if (change.painted !== undefined) toPainted.push(change.painted - key.ts);
  }
  const windowStart = s.keys[start]?.ts ?? 0;
  const events = s.events.filter((e) => e.start >= windowStart - 1);
  const tasks = s.longTasks.filter((t) => t.start >= windowStart - 1);
  const result: SearchResultFigures = {
    keystrokes: toList.length,
    toListMs: summarize(toList),
    toFramePaintedMs: summarize(toPainted),
    appMeasureMs: summarize(s.app),
    eventTiming: {
      over16ms: new Set(events.filter((e) => e.interactionId).map((e) => e.interactionId)).size,
      maxDurationMs: round(Math.max(0, ...events.map((e) => e.duration))),
    },
    longTasks: { count: tasks.length, maxMs: round(Math.max(0, ...tasks.map((t) => t.duration))) },
    missed,
  };
  return result;
}
