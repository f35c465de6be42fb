import type { Finding, FindingOutcome, RuleId, Severity } from '../../model/findings';
import type { Line } from '../types';

/** "line 2": rows are 0-based in the form, people count from 1. */
export function rowLabel(row: number): string {
  return `line ${row + 1}`;
}

/** "line 2 (97140)". */
export function lineRef(line: Line): string {
  return line.code ? `${rowLabel(line.row)} (${line.code})` : rowLabel(line.row);
}

/** "line 1", "lines 1 and 3", "lines 1, 2 and 4". */
export function linesPhrase(rows: readonly number[]): string {
  const labels = [...new Set(rows)].sort((a, b) => a - b).map((r) => String(r + 1));
  return labels.length === 1 ? `line ${labels[0]}` : `lines ${joinList(labels)}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The claim path of a line's field: "lines.3.units" (the number is the line's row). */
export function fieldOf(line: Line, name: string): string {
  return `lines.${line.row}.${name}`;
}

/** What a rule says about one problem (see `Finding` in lib/model for each field). */
export type FindingSpec = {
  severity: Severity;
  /** Required on errors and warnings: whether the payer rejects the claim or may deny it. */
  outcome?: FindingOutcome;
  message: string;
  fix?: string;
  /** The CMS-1500 boxes the fix changes ("24D"). */
  boxes?: readonly string[];
  why?: string;
  lines?: readonly number[];
  fields?: readonly string[];
};

/**
 * A finding with its rows sorted and its rows and fields without repeats, its message and fix starting
 * with a capital (a message may start with a name the records lack: "this client saw…").
 */
export function finding(rule: RuleId, spec: FindingSpec): Finding {
  const f: Finding = {
    rule,
    severity: spec.severity,
    message: cap(spec.message),
    lines: sortedUnique(spec.lines ?? []),
    fields: unique(spec.fields ?? []),
  };
  if (spec.fix) f.fix = cap(spec.fix);
  if (spec.outcome) f.outcome = spec.outcome;
  if (spec.boxes?.length) f.boxes = [...new Set(spec.boxes)];
  if (spec.why) f.why = spec.why;
  return f;
}

/** "line 2" -> "Line 2". */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sortedUnique(rows: readonly number[]): number[] {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i - 1]! >= rows[i]!) return [...new Set(rows)].sort((a, b) => a - b);
  }
  return rows.slice();
}

function unique(fields: readonly string[]): string[] {
  return fields.length < 2 ? fields.slice() : [...new Set(fields)];
}
