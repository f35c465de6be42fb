import type { Finding } from '../model/findings';
import { amaUnits, cmsDistribution, cmsUnits, isCmsSplit } from './helpers/units';
import { cap, fieldOf, finding, joinList, lineRef, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { isTimedCode } from './tables/cpt';
import { defineRule, type Line, type ResolvedSettings, type RuleInput } from './types';

const SCALE = '8-22 min = 1 unit, 23-37 = 2, 38-52 = 3';

/**
 * Units against minutes. Without a session: a timed code with 0 units, an untimed code with more than 1,
 * units that are not a whole number. With the client's session on that date (matched by date, whatever
 * its status): CMS rule, the day's total timed minutes decide the total timed units; AMA rule, per code
 * where the session lines record their own minutes, else as CMS (DESIGN.md).
 */
export const unitsTime = defineRule({
  id: 'units-time',
  title: "Units the minutes don't support",
  checks:
    "Without a session: a timed code with 0 units, an untimed code with more than 1, units that are not a whole number. With the client's session(s) on that date (any status): CMS rule (default) compares the day's timed units with floor((minutes + 7) / 15) of the timed minutes, and, when the session lines record minutes per code, the split across codes; AMA midpoint rule compares each code with its own minutes (when recorded per code; otherwise as CMS). `settings.payerRules` may switch the rule per payer. No session with minutes on a date: one info finding saying the units were not checked. Timed codes are the 15-minute codes of data/timed-codes.tsv (97124, 97140, 97110, 97112, 97116, 97530, 97113, 97032-97036).",
  severities: ['warning', 'info'],
  sources: [
    SOURCES.cms8Minute,
    SOURCES.amaMidpoint,
    SOURCES.aotaTimed,
    SOURCES.hns97124,
    SOURCES.lcdTimedProcedures,
    SOURCES.lcdTimedModalities,
    SOURCES.x12Carc,
  ],
  doesNotCheck:
    "Whether the logged minutes were one-on-one (only constant-attendance minutes count), minutes of untimed services, CMS's daily unit limits per code (units-exceed-mue), or which unit rule the payer's contract uses (set it per payer in Options).",
  needsClient: "units against the session's minutes",
  check(input) {
    const out: Finding[] = [];
    for (const line of input.lines) lineChecks(line, out);
    // A line already flagged for its units is fixed first; comparing its date's minutes would repeat it.
    const flagged = new Set(out.flatMap((f) => f.lines));
    if (input.client) minutesChecks(input, flagged, out);
    return out;
  },
});

function lineChecks(line: Line, out: Finding[]): void {
  if (!line.code || line.units === undefined) return;
  const units = line.units;
  const timed = isTimedCode(line.code);
  const ref = cap(lineRef(line));
  const field = [fieldOf(line, 'units')];
  if (!Number.isFinite(units) || units < 0 || !Number.isInteger(units)) {
    out.push(
      finding('units-time', {
        severity: 'warning',
        outcome: 'rejected',
        message: `${ref}: "${units}" is not a whole number of units (box 24G); the payer rejects the line.`,
        fix: timed ? `In box 24G, enter whole units from the minutes (${SCALE}).` : 'Enter 1 in box 24G.',
        boxes: ['24G'],
        lines: [line.row],
        fields: field,
      }),
    );
  } else if (timed === true && units === 0) {
    out.push(
      finding('units-time', {
        severity: 'warning',
        outcome: 'rejected',
        message: `${ref}: ${line.code} is billed per 15 minutes but has 0 units; the payer rejects the line or pays nothing.`,
        fix: `In box 24G, enter the units the minutes support (${SCALE}), or remove the line if it took under 8 minutes.`,
        boxes: ['24G'],
        lines: [line.row],
        fields: field,
      }),
    );
  } else if (timed === false && units > 1) {
    out.push(
      finding('units-time', {
        severity: 'warning',
        outcome: 'may-deny',
        message: `${ref}: ${line.code} is untimed, one unit per session; payers cut ${units} units to 1 or deny the line.`,
        fix: 'Bill 1 unit in box 24G.',
        boxes: ['24G'],
        why: 'Untimed (service-based) codes are one unit a session whatever the minutes; CARC 151: the information does not support this many services.',
        lines: [line.row],
        fields: field,
      }),
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
    const report = (message: string, fix: string, over = true) =>
      out.push(
        finding('units-time', {
          severity: 'warning',
          ...(over ? { outcome: 'may-deny' as const } : {}),
          message,
          fix,
          boxes: ['24G'],
          why: `${unitRuleName(settings, perCode)}: ${SCALE}; CARC 151 when the minutes do not support the units.`,
          lines: rows,
          fields: timedLines.map((l) => fieldOf(l, 'units')),
        }),
      );

    if (settings.unitRule === 'ama-midpoint' && perCode) {
      const expected = new Map(
        [...new Set([...billed.keys(), ...minutes.keys()])].map((c) => [c, amaUnits(minutes.get(c) ?? 0)]),
      );
      const wrong = [...expected].filter(([c, u]) => (billed.get(c) ?? 0) !== u);
      if (wrong.length === 0) continue;
      report(
        `${date}: under ${unitRuleName(settings, perCode)} each code earns a unit past 7.5 minutes: ${wrong.map(([c, u]) => `${c} ${minutes.get(c) ?? 0} min supports ${u}, billed ${billed.get(c) ?? 0}`).join('; ')}. ${DENIED}`,
        `Bill ${units(expected) || 'no timed units'} for ${date} in box 24G, or correct the session minutes.`,
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
            ? "Under 8 timed minutes can't be billed: remove these units (box 24G), or correct the session minutes."
            : `Bill ${plural(expectedTotal, 'timed unit')} for ${date}${splitText} in box 24G, or correct the session minutes.`
          : `Bill ${plural(expectedTotal, 'timed unit')}${splitText} in box 24G if the notes document ${total} minutes; otherwise correct the session minutes.`,
        over,
      );
    } else {
      report(
        `${date}: ${units(billed)} splits the ${expectedTotal} units differently from the minutes per code (${[...minutes].map(([c, m]) => `${c} ${m} min`).join(', ')}); ${ruleName} gives ${split}: a unit per full 15 minutes, the rest to the most minutes left over. Payers may deny the units an audit finds unsupported.`,
        `Bill ${split} in box 24G.`,
      );
    }
  }
  if (unchecked.length > 0) {
    const rows = unchecked.map((l) => l.row);
    out.push(
      finding('units-time', {
        severity: 'info',
        message: `No session with minutes is logged for ${client!.name} on ${joinList([...new Set(unchecked.map((l) => l.dos!))])}, so the units on ${linesPhrase(rows)} were not checked against minutes.`,
        fix: 'Log the session and its minutes in the popup.',
        lines: rows,
        fields: unchecked.map((l) => fieldOf(l, 'units')),
      }),
    );
  }
}

const DENIED = 'Payers may deny or take back the units the minutes do not support (CARC 151).';

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
