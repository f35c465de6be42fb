import type { CDPSession } from 'playwright-core';

/** A Chromium trace event (the fields used here). Times in microseconds. */
export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the slice. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; message?: string; type?: string; functionName?: string };
    fileName?: string;
  };
};

/** Starts a `devtools.timeline` trace through a page's CDP session; the returned function stops it. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  // `toplevel` adds the scheduler's task slices (busy vs idle main thread).
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** Our content scripts' code, as trace events name it (the probe, probe.js, sits at the root). */
export const OUR_SCRIPTS = /^chrome-extension:\/\/[^/]+\/(content-scripts\/|probe\.js)/;

export const isOurs = (e: TraceEvent) => OUR_SCRIPTS.test(e.args?.data?.url ?? '');

/**
 * The time covered by complete ('X') slices, counting a slice nested in one already counted once, and
 * clipping to [from, to] (µs). Returns milliseconds: wall time, and thread time where the trace has it.
 */
export function coveredMs(events: readonly TraceEvent[], from = -Infinity, to = Infinity) {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  let until = -Infinity;
  let wall = 0;
  let cpu = 0;
  let slices = 0;
  for (const e of sorted) {
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + e.dur!, to);
    if (end <= start || e.ts < until) continue;
    until = e.ts + e.dur!;
    const share = (end - start) / e.dur! || 0;
    wall += end - start;
    cpu += (e.tdur ?? e.dur!) * share;
    slices++;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000, slices };
}

/** The renderer main thread an event ran on, to select its siblings. */
export const sameThread = (a: TraceEvent) => (b: TraceEvent) => b.pid === a.pid && b.tid === a.tid;
