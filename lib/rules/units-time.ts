import type { Finding } from '../model/findings';
import { amaUnits, cmsDistribution, cmsUnits, isCmsSplit } from './helpers/units';
import { cap, fieldOf, finding, joinList, lineRef, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { isTimedCode } from './tables/cpt';
import {
  withMeta,
  type Line,
  type ResolvedSettings,
  type Rule,
  type RuleInput,
  type RuleCheck,
} from './types';

const SCALE = '8-22 min = 1 unit, 23-37 = 2, 38-52 = 3';

/**
 * Units against minutes. Without a session: a timed code with 0 units, an untimed code with more than 1,
 * units that are not a whole number. With the client's session on that date (matched by date, whatever
 * its status): CMS rule, the day's total timed minutes decide the total timed units; AMA rule, per code
 * where the session lines record their own minutes, else as CMS (DESIGN.md).
 */
export const unitsTimeCheck: RuleCheck = {
  id: 'units-time',
  title: "Units the minutes don't support",
  needsClient: "units against the session's minutes",
  check(input) {
    const out: Finding[] = [];
    for (const line of input.lines) lineChecks(line, out);
    // A line already flagged for its units is fixed first; comparing its date's minutes would repeat it.
    const flagged = new Set(out.flatMap((f) => f.lines));
    if (input.client) minutesChecks(input, flagged, out);
    return out;
  },
};

export const unitsTime: Rule = /* @__PURE__ */ withMeta(unitsTimeCheck, {
  severities: ['warning', 'info'],
  sources: [SOURCES.cms8Minute, SOURCES.amaMidpoint, SOURCES.aotaTimed, SOURCES.hns97124, SOURCES.x12Carc],
  doesNotCheck:
    "Whether the logged minutes were one-on-one (only constant-attendance minutes count), minutes of untimed services, medically unlikely edits (MUE) per code, or which unit rule the payer's contract uses (set it per payer in Options).",
});

function lineChecks(line: Line, out: Finding[]): void {
  if (!line.code || line.units === undefined) return;
  const units = line.units;
  const timed = isTimedCode(line.code);
  const ref = cap(lineRef(line));
  const field = [fieldOf(line, 'units')];
  if (!Number.isFinite(units) || units < 0 || !Number.isInteger(units)) {
    out.push(
      finding(
        'units-time',
        'warning',
        `${ref}: "${units}" is not a whole number of units (box 24G).`,
        timed ? `Enter whole units from the minutes (${SCALE}).` : 'Enter 1.',
        [line.row],
        field,
      ),
    );
  } else if (timed === true && units === 0) {
    out.push(
      finding(
        'units-time',
        'warning',
        `${ref}: ${line.code} is billed per 15 minutes but has 0 units; the line pays nothing or is rejected.`,
        `Enter the units the minutes support (${SCALE}), or remove the line if it took under 8 minutes.`,
        [line.row],
        field,
      ),
    );
  } else if (timed === false && units > 1) {
    out.push(
      finding(
        'units-time',
        'warning',
        `${ref}: ${line.code} is untimed, one unit per session; ${units} units are cut to 1 or denied (CARC 151).`,
        'Bill 1 unit.',
        [line.row],
        field,
      ),
    );
  }
}

function minutesChecks(
  { client, linesByDate, sessionsByDate, settings }: RuleInput,
  flagged: ReadonlySet<number>,
  out: Finding[],
): void {
  const unchecked: Line[] = [];
  for (const [date, group] of linesByDate) {
    const timedLines = group.filter((l) => l.code && isTimedCode(l.code) === true);
    if (timedLines.length === 0 || timedLines.some((l) => flagged.has(l.row))) continue;
    const sessions = sessionsByDate.get(date) ?? [];
    const sessionLines = sessions.flatMap((s) => s.lines).filter((l) => isTimedCode(l.code) === true);
    // Per-code minutes only when every timed line of the session recorded its own.
    const perCode = sessionLines.length > 0 && sessionLines.every((l) => l.minutes !== undefined);
    const minutes = new Map<string, number>();
    for (const l of perCode ? sessionLines : []) minutes.set(l.code, (minutes.get(l.code) ?? 0) + l.minutes!);
    const total = perCode ? sum(minutes.values()) : sum(sessions.map((s) => s.minutes));
    if (sessions.length === 0 || (!perCode && total <= 0)) {
      unchecked.push(...timedLines);
      continue;
    }
    const billed = new Map<string, number>();
    for (const l of timedLines) {
      billed.set(
        l.code!,
        (billed.get(l.code!) ?? 0) + (Number.isInteger(l.units) && l.units! > 0 ? l.units! : 0),
      );
    }
    const rows = timedLines.map((l) => l.row);
    const report = (message: string, fix: string) =>
      out.push(
        finding(
          'units-time',
          'warning',
          message,
          fix,
          rows,
          timedLines.map((l) => fieldOf(l, 'units')),
        ),
      );

    if (settings.unitRule === 'ama-midpoint' && perCode) {
      const expected = new Map(
        [...new Set([...billed.keys(), ...minutes.keys()])].map((c) => [c, amaUnits(minutes.get(c) ?? 0)]),
      );
      const wrong = [...expected].filter(([c, u]) => (billed.get(c) ?? 0) !== u);
      if (wrong.length === 0) continue;
      report(
        `${date}: under ${unitRuleName(settings, perCode)} each code earns a unit past 7.5 minutes: ${wrong.map(([c, u]) => `${c} ${minutes.get(c) ?? 0} min supports ${u}, billed ${billed.get(c) ?? 0}`).join('; ')}. ${DENIED}`,
        `Bill ${units(expected) || 'no timed units'} for ${date}, or correct the session minutes.`,
      );
      continue;
    }

    const expectedTotal = cmsUnits(total);
    const billedTotal = sum(billed.values());
    const services = [...minutes].map(([code, m]) => ({ code, minutes: m }));
    const splitOk =
      billedTotal === expectedTotal &&
      (!perCode || settings.unitRule !== 'cms-8-minute' || isCmsSplit(services, billed));
    if (splitOk) continue;
    // Only now build the words: most dates pass.
    const split = perCode ? units(new Map(cmsDistribution(services).map((s) => [s.code, s.units]))) : '';
    const splitText = split ? ` (${split})` : '';
    const ruleName = unitRuleName(settings, perCode);
    if (billedTotal !== expectedTotal) {
      const over = billedTotal > expectedTotal;
      report(
        `${date}: ${units(billed)} is ${plural(billedTotal, 'timed unit')}, but the session logged ${total} timed minutes, which support ${expectedTotal} under ${ruleName} (${SCALE}). ${over ? DENIED : 'A unit may be going unbilled.'}`,
        over
          ? expectedTotal === 0
            ? "Under 8 timed minutes can't be billed: remove these units, or correct the session minutes."
            : `Bill ${plural(expectedTotal, 'timed unit')} for ${date}${splitText}, or correct the session minutes.`
          : `Bill ${plural(expectedTotal, 'timed unit')}${splitText} if the notes document ${total} minutes; otherwise correct the session minutes.`,
      );
    } else {
      report(
        `${date}: ${units(billed)} splits the ${expectedTotal} units differently from the minutes per code (${[...minutes].map(([c, m]) => `${c} ${m} min`).join(', ')}); ${ruleName} gives ${split}: a unit per full 15 minutes, the rest to the most minutes left over.`,
        `Bill ${split}.`,
      );
    }
  }
  if (unchecked.length > 0) {
    const rows = unchecked.map((l) => l.row);
    out.push(
      finding(
        'units-time',
        'info',
        `No session with minutes is logged for ${client!.name} on ${joinList([...new Set(unchecked.map((l) => l.dos!))])}, so the units on ${linesPhrase(rows)} were not checked against minutes.`,
        'Log the session and its minutes in the popup.',
        rows,
        unchecked.map((l) => fieldOf(l, 'units')),
      ),
    );
  }
}

const DENIED = 'Payers deny or take back unsupported units (CARC 151).';

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** "97124 x2, 97140 x1" (codes with 0 units left out). */
function units(byCode: ReadonlyMap<string, number>): string {
  return [...byCode]
    .filter(([, u]) => u > 0)
    .map(([c, u]) => `${c} x${u}`)
    .join(', ');
}

function unitRuleName(settings: ResolvedSettings, perCode: boolean): string {
  const name =
    settings.unitRule === 'ama-midpoint'
      ? perCode
        ? 'the AMA/CPT midpoint rule'
        : "the AMA/CPT midpoint rule, counted on the session's total minutes since the log has no minutes per code"
      : 'the CMS 8-minute rule';
  return settings.unitRuleSource === 'payer' ? `${name} (${settings.payerName}'s payer rule)` : name;
}
