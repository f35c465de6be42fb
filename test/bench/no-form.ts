import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { UNMATCHED_HOST } from './support/launch';
import { median, round } from './support/stats';
import { coveredMs, isOurs, sameThread, startTrace, type TraceEvent } from './support/trace';

/**
 * What the content scripts cost on pages without a claim form (DESIGN.md: zero work there), two ways:
 *
 * 1. Attribution (the figure in the table): a Chromium trace (`devtools.timeline`) of the page; every
 *    top-level slice of the renderer's main thread that runs our scripts' code (EvaluateScript of
 *    content-scripts/*.js, then every FunctionCall into them: event listeners, observer callbacks,
 *    timers) is summed, split at the end of the load (after the page settled) and over the activity
 *    that follows. Thread time (CPU), so other programs on the machine do not inflate it; wall time too.
 * 2. A cross-check without attribution: CDP `Performance.getMetrics` (TaskDuration, ScriptDuration) of
 *    the page with the content scripts, minus the same page served to a host name they do not match
 *    (the same server, mapped with --host-resolver-rules): the difference is ours, plus noise.
 */
export type NoFormScenario = {
  name: string;
  path: string;
  /** What happens on the page after it loaded. */
  activity: { kind: 'type'; selector: string; text: string; delayMs: number } | { kind: 'wait'; ms: number };
};

export const noFormScenarios = (quick: boolean): NoFormScenario[] => [
  {
    name: 'Portal page without a claim form (test/e2e/pages/no-claim-form.html), typing a search',
    path: '/pages/no-claim-form.html',
    activity: { kind: 'type', selector: '#q', text: 'claim 12345 rivera', delayMs: 100 },
  },
  {
    name: 'Portal home with a claim list that re-renders every second (test/bench/pages/portal-home.html)',
    path: '/bench/portal-home.html',
    activity: { kind: 'wait', ms: quick ? 2000 : 5000 },
  },
];

export type ScriptCost = { wallMs: number; cpuMs: number; slices: number; byScript: Record<string, number> };

export type NoFormResult = {
  page: string;
  activitySeconds: number;
  /** Our scripts from injection until the page settled (evaluation, first look for a form). */
  atLoad: ScriptCost;
  /** Our scripts during the activity after load. */
  afterLoad: ScriptCost & { cpuMsPerSecond: number };
  /** Cross-check: with minus without the extension, medians over the pairs (ms). */
  metricsDelta: { pairs: number; loadTaskMs: number; loadScriptMs: number; activityTaskMs: number };
};

const MARK_START = 'mba-bench:activity-start';
const MARK_END = 'mba-bench:activity-end';

async function runActivity(page: Page, scenario: NoFormScenario) {
  const a = scenario.activity;
  if (a.kind === 'wait') return page.waitForTimeout(a.ms);
  await page.click(a.selector);
  await page.keyboard.type(a.text, { delay: a.delayMs });
}

const activitySeconds = (s: NoFormScenario) =>
  s.activity.kind === 'wait' ? s.activity.ms / 1000 : (s.activity.text.length * s.activity.delayMs) / 1000;

async function metrics(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Loads the page, lets it settle, runs the activity; metrics at both ends (and a trace, if asked). */
async function run(context: BrowserContext, url: string, scenario: NoFormScenario, trace: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let events: TraceEvent[] = [];
  try {
    await cdp.send('Performance.enable');
    const stop = trace ? await startTrace(cdp) : null;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1000); // content scripts run at document_idle; let the page settle
    const loaded = await metrics(cdp);
    await page.evaluate((m) => console.timeStamp(m), MARK_START);
    await runActivity(page, scenario);
    await page.evaluate((m) => console.timeStamp(m), MARK_END);
    const done = await metrics(cdp);
    if (stop) events = await stop();
    return { loaded, done, events };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

function sum(events: TraceEvent[], from: number, to: number): ScriptCost {
  const covered = coveredMs(events, from, to);
  const byScript: Record<string, number> = {};
  for (const script of new Set(events.map((e) => e.args?.data?.url ?? ''))) {
    const name = script.split('/').pop() ?? '?';
    byScript[name] = round(
      coveredMs(
        events.filter((e) => e.args?.data?.url === script),
        from,
        to,
      ).cpuMs,
    );
  }
  return { wallMs: round(covered.wallMs), cpuMs: round(covered.cpuMs), slices: covered.slices, byScript };
}

function attribute(events: TraceEvent[]) {
  const mark = (message: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark(MARK_START);
  const end = mark(MARK_END);
  if (!start || !end) throw new Error('the trace has no activity marks');
  const ours = events.filter(
    (e) => sameThread(start)(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && isOurs(e),
  );
  return { atLoad: sum(ours, -Infinity, start.ts), afterLoad: sum(ours, start.ts, end.ts) };
}

export async function measureNoForm(
  context: BrowserContext,
  origin: string,
  scenario: NoFormScenario,
  pairs: number,
  warmup = true,
): Promise<NoFormResult> {
  const withUrl = origin + scenario.path;
  const withoutUrl = withUrl.replace('127.0.0.1', UNMATCHED_HOST);
  // A first load of each, not counted: the browser's caches and code caches warm up.
  if (warmup) {
    await run(context, withUrl, scenario, false);
    await run(context, withoutUrl, scenario, false);
  }

  const traced = await run(context, withUrl, scenario, true);
  const { atLoad, afterLoad } = attribute(traced.events);

  const load: number[] = [];
  const loadScript: number[] = [];
  const activity: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = await run(context, withUrl, scenario, false);
    const b = await run(context, withoutUrl, scenario, false);
    load.push(a.loaded.task - b.loaded.task);
    loadScript.push(a.loaded.script - b.loaded.script);
    activity.push(a.done.task - a.loaded.task - (b.done.task - b.loaded.task));
  }
  const seconds = activitySeconds(scenario);
  return {
    page: scenario.name,
    activitySeconds: seconds,
    atLoad,
    afterLoad: { ...afterLoad, cpuMsPerSecond: round(afterLoad.cpuMs / seconds) },
    metricsDelta: {
      pairs,
      loadTaskMs: round(median(load)),
      loadScriptMs: round(median(loadScript)),
      activityTaskMs: round(median(activity)),
    },
  };
}
