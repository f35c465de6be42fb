import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { Client, Session } from '../../lib/model';
import { UNMATCHED_HOST } from './support/launch';
import { installProbe, type ProbeState } from './support/probes';
import { median, round, summarize } from './support/stats';
import { coveredMs, isOurs, sameThread, startTrace } from './support/trace';

/**
 * Keystroke to finding on screen, measured from the page (see support/probes.ts): the time from a key's
 * `keydown` (event.timeStamp: when the browser received it) to the MutationObserver callback that sees
 * the findings in our shadow root change, and to the frame after it. Every measured keystroke changes the
 * findings: the last digit of a procedure code is deleted and typed again, which breaks and restores a
 * finding (an NCCI pair, a duplicate line), the way a biller corrects a code.
 */
export type KeystrokeScenario = {
  name: string;
  path: string;
  /** The claim form's iframe, when it is in one (Office Ally: iframe#Iframe9). */
  frame?: string;
  /** Fields filled before measuring (selector -> value), so the claim has a finding to toggle. */
  fill: [string, string][];
  /** The field typed in, and the two keys pressed in turn (each one must change the findings). */
  field: string;
  keys: [string, string];
  /** A rule that must be shown once the form is filled (the setup worked). */
  expectRule: string;
};

export type KeystrokeOptions = {
  keystrokes: number;
  warmup: number;
  gapMs: number;
  /** Keystrokes typed again under a trace, for the breakdown (0: none). */
  traced?: number;
  /** The same page and keys without the extension (a host name it does not run on): the page alone. */
  baseline?: boolean;
};

export type KeystrokeResult = {
  page: string;
  keystrokes: number;
  /** keydown -> MutationObserver callback showing the new findings. */
  toFindingMs: ReturnType<typeof summarize>;
  /** keydown -> the task after the frame that shows it (rAF + message channel). */
  toFramePaintedMs: ReturnType<typeof summarize>;
  /** Event Timing: interactions with an entry of 16 ms or more, and the longest entry. */
  eventTiming: { over16ms: number; maxDurationMs: number; entries: { name: string; duration: number }[] };
  longTasks: { count: number; maxMs: number };
  findingsShown: string;
  /** Where the time of a keystroke goes (medians over a few traced keystrokes; see `breakdown`). */
  breakdown?: Breakdown;
};

/**
 * Medians, in ms, over keystrokes typed while Chromium traced the page (not the ones timed above: the
 * trace slows the page a little). From keydown to the finding shown: the time the page's main thread
 * was busy, and what ran there: the key's events (the browser's own handling, the page's listeners and
 * ours: our form read runs inside them), our content scripts' JavaScript alone, and the page's frames
 * (style, layout, pre-paint, paint, layerize, hit tests); idle is the rest: the main thread was free,
 * waiting for the background's answer (or for a frame's turn). The parts overlap (our read is inside the
 * key's events).
 */
export type Breakdown = {
  keystrokes: number;
  totalMs: number;
  mainThreadBusyMs: number;
  keyEventsMs: number;
  ourScriptsMs: number;
  framesMs: number;
  idleMs: number;
  /** Frames painted between the key and the finding. */
  frames: number;
};

const OA = 'ctl00_phFolderContent_ucHCFA_';
const OA_LINE = `#${OA}ucHCFALineItem_ucClaimLineItem_`;

/** The two pages of DESIGN.md's budget, typed for `client` (a saved client, so every check runs). */
export function keystrokeScenarios(client: Client, sessions: Session[], today: string): KeystrokeScenario[] {
  // A date the client had a session on, so the units check compares with its minutes.
  const dates = sessions.filter((s) => s.clientId === client.id && s.date <= today).map((s) => s.date);
  const dos = dates.sort().at(-1) ?? today;
  const [year, month, day] = dos.split('-') as [string, string, string];
  const rx = client.prescriptions[0];
  const line = (row: number, code: string, units: string): [string, string][] => [
    [`${OA_LINE}FM_DATE_OF_SVC_MONTH${row}`, month],
    [`${OA_LINE}FM_DATE_OF_SVC_DAY${row}`, day],
    [`${OA_LINE}FM_DATE_OF_SVC_YEAR${row}`, year],
    [`${OA_LINE}PLACE_OF_SVC${row}`, '11'],
    [`${OA_LINE}CPT_CODE${row}`, code],
    [`${OA_LINE}UNITS${row}`, units],
    [`${OA_LINE}DOS_DIAG_CODE${row}`, 'A'],
  ];
  return [
    {
      name: 'Office Ally (real saved page, in iframe#Iframe9)',
      path: '/pages/officeally-secure.html',
      frame: '#Iframe9',
      fill: [
        [`#${OA}PRI_PATIENT_ID`, client.payer.memberId],
        [`#${OA}DIAGNOSIS_CODECMS0212_1`, rx?.diagnoses[0] ?? 'M54.50'],
        [`#${OA}REFER_PHYSICIAN_NPI`, rx?.prescriber.npi ?? '1558598797'],
        ...line(0, '97124', '3'),
        ...line(1, '97140', '1'),
      ],
      // 97140 <-> 9714 on the line paired with 97124 on the same day: the NCCI pair comes and goes.
      field: `${OA_LINE}CPT_CODE1`,
      keys: ['Backspace', '0'],
      expectRule: 'ncci-pair',
    },
    {
      name: 'Generated 50-line claim (Office Ally markup)',
      path: '/portals/generated-50-lines.html',
      fill: [
        [`#${OA}PRI_PATIENT_ID`, client.payer.memberId],
        [`#${OA}LAST_NAME`, client.lastName],
        [`#${OA}FIRST_NAME`, client.firstName],
      ],
      // Line 50 (97140 on 03/22) duplicates line 22: 97140 <-> 9714 makes and breaks the duplicate.
      field: `${OA_LINE}CPT_CODE49`,
      keys: ['Backspace', '0'],
      expectRule: 'duplicate-line',
    },
  ];
}

type Bench = { __mbaBench: ProbeState; __mbaBenchWait(count: number, timeout: number): Promise<boolean> };

async function formFrame(page: Page, selector?: string): Promise<Frame> {
  if (!selector) return page.mainFrame();
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

export async function measureKeystrokes(
  context: BrowserContext,
  origin: string,
  scenario: KeystrokeScenario,
  options: KeystrokeOptions,
): Promise<KeystrokeResult> {
  const page = await context.newPage();
  const baseline = options.baseline ?? false;
  try {
    await page.addInitScript(installProbe, baseline ? 'baseline' : 'findings');
    await page.goto((baseline ? origin.replace('127.0.0.1', UNMATCHED_HOST) : origin) + scenario.path);
    const frame = await formFrame(page, scenario.frame);
    if (!baseline)
      await frame.waitForSelector('div[data-mba-host="mba-claim-check"]', {
        state: 'attached',
        timeout: 15_000,
      });
    for (const [selector, value] of scenario.fill) await frame.fill(selector, value);
    if (!baseline)
      await frame.waitForFunction(
        (rule) => (window as unknown as Bench).__mbaBench.state.includes(`${rule}[`),
        scenario.expectRule,
        { timeout: 10_000, polling: 100 },
      );
    await page.waitForTimeout(300);
    await frame.click(scenario.field);
    await page.keyboard.press('End');

    const count = () => frame.evaluate(() => (window as unknown as Bench).__mbaBench.changes.length);
    let firstMeasuredKey = -1;
    const total = options.warmup + options.keystrokes;
    for (let k = 0; k < total; k++) {
      if (k === options.warmup)
        firstMeasuredKey = await frame.evaluate(() => (window as unknown as Bench).__mbaBench.keys.length);
      const expected = (await count()) + 1;
      await page.keyboard.press(scenario.keys[k % 2]!);
      const changed = await frame.evaluate(
        ([n, timeout]) => (window as unknown as Bench).__mbaBenchWait(n, timeout),
        [expected, 5000] as const,
      );
      if (!changed)
        throw new Error(`${scenario.name}: keystroke ${k + 1} (${scenario.keys[k % 2]}) changed no finding`);
      if (options.gapMs) await page.waitForTimeout(options.gapMs);
    }
    await page.waitForTimeout(200); // the last frames and Event Timing entries
    const breakdown = options.traced
      ? await traceBreakdown(page, frame, scenario, total, options.traced, options.gapMs, baseline)
      : undefined;
    const state = await frame.evaluate(() => (window as unknown as Bench).__mbaBench);
    const keys = state.keys
      .slice(firstMeasuredKey, firstMeasuredKey + options.keystrokes)
      .filter((k) => scenario.keys.includes(k.key));
    const toFinding: number[] = [];
    const toPainted: number[] = [];
    let windowEnd = 0;
    for (const key of keys) {
      const change = state.changes.find((c) => c.at >= key.ts);
      if (!change) throw new Error(`${scenario.name}: no change after the key at ${key.ts}`);
      toFinding.push(change.at - key.ts);
      if (change.painted !== undefined) toPainted.push(change.painted - key.ts);
      windowEnd = change.painted ?? change.at;
    }
    const windowStart = keys[0]!.ts;

    // Long tasks, from every frame (same-origin frames share the main thread), on one clock.
    const tasks = new Map<number, number>();
    for (const f of page.frames()) {
      const part = await f
        .evaluate(() => {
          const b = (window as unknown as Partial<Bench>).__mbaBench;
          return b ? { origin: b.origin, longTasks: b.longTasks } : null;
        })
        .catch(() => null);
      for (const t of part?.longTasks ?? []) {
        const absolute = part!.origin + t.start;
        if (absolute >= state.origin + windowStart && absolute <= state.origin + windowEnd)
          tasks.set(Math.round(absolute), t.duration);
      }
    }
    const events = state.events.filter((e) => e.start >= windowStart - 1 && e.start <= windowEnd);
    const interactions = new Set(events.filter((e) => e.interactionId).map((e) => e.interactionId));
    return {
      page: scenario.name,
      keystrokes: keys.length,
      toFindingMs: summarize(toFinding),
      toFramePaintedMs: summarize(toPainted),
      eventTiming: {
        over16ms: interactions.size,
        maxDurationMs: round(Math.max(0, ...events.map((e) => e.duration))),
        entries: events.map((e) => ({ name: e.name, duration: round(e.duration) })),
      },
      longTasks: { count: tasks.size, maxMs: round(Math.max(0, ...tasks.values())) },
      findingsShown: state.state,
      ...(breakdown ? { breakdown } : {}),
    };
  } finally {
    await page.close();
  }
}

const FRAME_WORK = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'UpdateLayer',
]);

/** Types `count` more keystrokes while tracing the page, and splits each one's time (see Breakdown). */
async function traceBreakdown(
  page: Page,
  frame: Frame,
  scenario: KeystrokeScenario,
  typed: number,
  count: number,
  gapMs: number,
  baseline: boolean,
): Promise<Breakdown | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await frame.evaluate(() => {
      const b = (window as unknown as Bench).__mbaBench;
      return { keys: b.keys.length, changes: b.changes.length };
    });
    const stop = await startTrace(cdp);
    for (let k = 0; k < count; k++) {
      await page.keyboard.press(scenario.keys[(typed + k) % 2]!);
      await frame.evaluate(([n, timeout]) => (window as unknown as Bench).__mbaBenchWait(n, timeout), [
        before.changes + k + 1,
        5000,
      ] as const);
      await page.waitForTimeout(Math.max(gapMs, 100));
    }
    const events = await stop();
    const state = await frame.evaluate(() => (window as unknown as Bench).__mbaBench);
    const keys = state.keys.slice(before.keys).filter((k) => scenario.keys.includes(k.key));
    const downs = events
      .filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
      .sort((a, b) => a.ts - b.ts);
    if (downs.length !== keys.length || keys.length === 0) return undefined;
    const main = events.filter(sameThread(downs[0]!));
    const named = (names: Set<string>) => main.filter((e) => names.has(e.name));
    const taskName = main.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
    const tasks = main.filter((e) => e.name === taskName);
    const ours = main.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isOurs(e));
    const parts: Record<Exclude<keyof Breakdown, 'keystrokes'>, number[]> = {
      totalMs: [],
      mainThreadBusyMs: [],
      ourScriptsMs: [],
      keyEventsMs: [],
      framesMs: [],
      idleMs: [],
      frames: [],
    };
    keys.forEach((key, i) => {
      const down = downs[i]!;
      const change = state.changes.find((c) => c.at >= key.ts);
      if (!change) return;
      // The page's clock and the trace's, lined up on the keydown the page listener saw. Without the
      // extension (baseline), up to the frame that shows the key; with it, up to the finding shown.
      const until = baseline ? (change.painted ?? change.at) : change.at;
      const to = down.ts + (until - key.at) * 1000;
      const from = down.ts - (key.at - key.ts) * 1000;
      const busy = coveredMs(tasks, from, to).wallMs;
      parts.totalMs.push((to - from) / 1000);
      parts.mainThreadBusyMs.push(busy);
      parts.ourScriptsMs.push(coveredMs(ours, from, to).wallMs);
      parts.keyEventsMs.push(
        coveredMs(
          main.filter((e) => e.name === 'EventDispatch'),
          from,
          to,
        ).wallMs,
      );
      parts.framesMs.push(coveredMs(named(FRAME_WORK), from, to).wallMs);
      parts.idleMs.push((to - from) / 1000 - busy);
      parts.frames.push(coveredMs(named(new Set(['Paint'])), from, to).slices);
    });
    return {
      keystrokes: parts.totalMs.length,
      ...(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(median(v), 1)])) as Omit<
        Breakdown,
        'keystrokes'
      >),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
