import builtInText from '../../../data/mue-practitioner.tsv?tsv';
import { knownCptCodes } from './cpt';

/**
 * Medically Unlikely Edits, practitioner table (domain.md 2): the most units of one code a provider
 * reports for one patient on one date. The table is data: the built-in rows (data/mue-practitioner.tsv)
 * or a quarter's CMS file (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv) read by `parseMue`.
 */
export type MueEntry = {
  code: string;
  /** Units allowed. */
  mue: number;
  /** 1 = per claim line; 2 = per date, absolute (policy); 3 = per date, clinical (appealable). */
  mai: 1 | 2 | 3;
  rationale: string;
  /** Where the value comes from ("CMS practitioner MUE table quoted 2017-09-20", a file name). */
  source: string;
};

export type MueParseResult = {
  entries: MueEntry[];
  /** Data rows that did not parse (after the header), with the 1-based record number and why. */
  skipped: { record: number; reason: string }[];
  /** Rows for codes outside the codes this product knows (not an error). */
  outOfScope: number;
};

export type MueIndex = {
  readonly entries: readonly MueEntry[];
  get(code: string): MueEntry | undefined;
};

/**
 * Reads this project's table (tab-separated: code, mue, mai, rationale, quoted) or the CMS practitioner
 * CSV: a quoted, multi-line AMA notice before the header row `HCPCS/CPT Code, Practitioner Services MUE
 * Values, MUE Adjudication Indicator, MUE Rationale`, the indicator written "3 Date of Service Edit:
 * Clinical". Keeps the codes in scope (data/cpt-codes.tsv). Never throws.
 */
export function parseMue(
  text: string,
  options: { source?: string; inScope?: (code: string) => boolean } = {},
): MueParseResult {
  const scope = options.inScope ?? defaultScope();
  const body = String(text ?? '').replace(/^\uFEFF/, '');
  const records = body.includes('\t') ? tsvRecords(body) : csvRecords(body);
  const result: MueParseResult = { entries: [], skipped: [], outOfScope: 0 };
  let header: number | undefined;
  records.forEach((cells, index) => {
    if (header === undefined) {
      if (isHeader(cells)) header = index;
      return;
    }
    if (cells.every((c) => !c.trim())) return;
    const entry = parseRow(cells, options.source ?? 'the CMS practitioner MUE table');
    if (typeof entry === 'string') {
      result.skipped.push({ record: index + 1, reason: entry });
      return;
    }
    if (scope(entry.code)) result.entries.push(entry);
    else result.outOfScope += 1;
  });
  return result;
}

function isHeader(cells: string[]): boolean {
  const first = (cells[0] ?? '').replace(/\s+/g, ' ').toLowerCase();
  return (first.includes('hcpcs') || first === 'code') && cells.length >= 3;
}

function parseRow(cells: string[], source: string): MueEntry | string {
  const [rawCode, rawMue, rawMai, rationale = '', quoted = ''] = cells.map((c) => c.trim());
  const code = (rawCode ?? '').toUpperCase();
  if (!/^[0-9A-Z]{5}$/.test(code)) return 'the code is not a 5-character HCPCS/CPT code';
  if (!/^\d{1,4}$/.test(rawMue ?? '')) return 'the MUE value is not a whole number';
  const mai = Number(/^([123])/.exec(rawMai ?? '')?.[1]);
  if (mai !== 1 && mai !== 2 && mai !== 3) return 'the adjudication indicator is not 1, 2 or 3';
  return {
    code,
    mue: Number(rawMue),
    mai,
    rationale,
    source: quoted ? `${source} quoted ${quoted}` : source,
  };
}

function tsvRecords(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || cells.length) {
    cells.push(cell);
    records.push(cells);
  }
  return records;
}

let scopeSet: Set<string> | undefined;
function defaultScope(): (code: string) => boolean {
  scopeSet ??= new Set(knownCptCodes());
  const set = scopeSet;
  return (code) => set.has(code);
}

export function indexMue(entries: readonly MueEntry[]): MueIndex {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return { entries, get: (code) => byCode.get(code) };
}

let builtIn: MueEntry[] | undefined;
/** The rows of data/mue-practitioner.tsv. */
export function builtInMueEntries(): MueEntry[] {
  builtIn ??= parseMue(builtInText, { source: 'the CMS practitioner MUE table' }).entries;
  return builtIn;
}
