import builtInText from '../../../data/ncci-ptp-practitioner.tsv?tsv';
import { isIsoDate } from '../../dates';
import { knownCptCodes } from './cpt';

/**
 * NCCI procedure-to-procedure edits (domain.md 1.1): when both codes of a pair are billed for one patient
 * on one date, the column 2 code is denied unless a modifier may bypass the edit (indicator 1) and is on
 * the column 2 line. The table is data: the built-in rows (data/ncci-ptp-practitioner.tsv) or a quarter's
 * official CMS practitioner file the practice loads, both read by `parseNcciPtp`.
 */
export type NcciEdit = {
  column1: string;
  column2: string;
  /** The "*" flag: in existence prior to 1996. */
  priorTo1996: boolean;
  /** ISO date the edit took effect. */
  effective: string;
  /** ISO date of the last day the edit applies; null while it is in force ("*" in the file). */
  deletion: string | null;
  /** 0 = no modifier bypasses it, 1 = 59/XE/XS/XP/XU may, 9 = not applicable (deleted). */
  modifierIndicator: 0 | 1 | 9;
  rationale: string;
};

export type NcciParseResult = {
  edits: NcciEdit[];
  /** Data rows that did not parse (after the first good row), with the 1-based line number and why. */
  skipped: { line: number; text: string; reason: string }[];
  /** Rows dropped because a code is outside the codes this product knows (not an error). */
  outOfScope: number;
  /** Lines before the first data row (CMS copyright notice, column headers). */
  preamble: number;
};

export type NcciParseOptions = {
  /** Keep a row only when both codes pass; default: both codes are in data/cpt-codes.tsv. */
  inScope?: (code: string) => boolean;
};

const CODE = /^[0-9A-Z]{5}$/;

/**
 * Reads this project's table or the official CMS practitioner PTP file (ccipra-vNNNr0-f1..f4):
 * tab-separated Column 1, Column 2, prior-1996 flag, effective date YYYYMMDD, deletion date YYYYMMDD or
 * "*", modifier indicator 0/1/9, rationale; the CMS notice and (wrapped) header lines before the first
 * data row are skipped, `#` comment lines too. Never throws.
 */
export function parseNcciPtp(text: string, options: NcciParseOptions = {}): NcciParseResult {
  const scope = options.inScope ?? defaultScope();
  const result: NcciParseResult = { edits: [], skipped: [], outOfScope: 0, preamble: 0 };
  const lines = String(text ?? '')
    .replace(/^\uFEFF/, '')
    .split('\n');
  let started = false;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const parsed = parseRow(line);
    if (typeof parsed === 'string') {
      if (started) result.skipped.push({ line: index + 1, text: line.slice(0, 120), reason: parsed });
      else result.preamble += 1;
      return;
    }
    started = true;
    if (scope(parsed.column1) && scope(parsed.column2)) result.edits.push(parsed);
    else result.outOfScope += 1;
  });
  return result;
}

function parseRow(line: string): NcciEdit | string {
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length < 6) return 'fewer than 6 tab-separated columns';
  const [c1, c2, prior, eff, del, ind, ...rest] = cells as [string, string, string, string, string, string];
  const column1 = c1.toUpperCase();
  const column2 = c2.toUpperCase();
  if (!CODE.test(column1) || !CODE.test(column2)) return 'column 1 or column 2 is not a 5-character code';
  const effective = fileDate(eff);
  if (!effective) return 'effective date is not YYYYMMDD';
  const deletion = del === '*' || del === '' ? null : fileDate(del);
  if (deletion === undefined) return 'deletion date is neither YYYYMMDD nor *';
  if (ind !== '0' && ind !== '1' && ind !== '9') return 'modifier indicator is not 0, 1 or 9';
  return {
    column1,
    column2,
    priorTo1996: prior === '*',
    effective,
    deletion,
    modifierIndicator: Number(ind) as 0 | 1 | 9,
    rationale: rest.join(' ').trim(),
  };
}

function fileDate(value: string): string | undefined {
  if (!/^\d{8}$/.test(value)) return undefined;
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`;
  return isIsoDate(iso) ? iso : undefined;
}

let scopeSet: Set<string> | undefined;
function defaultScope(): (code: string) => boolean {
  scopeSet ??= new Set(knownCptCodes());
  const set = scopeSet;
  return (code) => set.has(code);
}

/** Edits by code pair, for the claim's line pairs. */
export type NcciIndex = {
  readonly edits: readonly NcciEdit[];
  /**
   * The edit between two codes (either order) in force on `date`: effective on or before it, not deleted
   * before it (the deletion date is the last day it applies), indicator not 9. Indicator 0 wins over 1.
   */
  find(codeA: string, codeB: string, date: string): NcciEdit | undefined;
};

export function indexNcci(edits: readonly NcciEdit[]): NcciIndex {
  const byPair = new Map<string, NcciEdit[]>();
  for (const edit of edits) {
    const key = pairKey(edit.column1, edit.column2);
    const list = byPair.get(key);
    if (list) list.push(edit);
    else byPair.set(key, [edit]);
  }
  return {
    edits,
    find(codeA, codeB, date) {
      const candidates = byPair.get(pairKey(codeA, codeB));
      if (!candidates) return undefined;
      let found: NcciEdit | undefined;
      for (const edit of candidates) {
        if (edit.modifierIndicator === 9 || edit.effective > date) continue;
        if (edit.deletion !== null && edit.deletion < date) continue;
        if (!found || edit.modifierIndicator < found.modifierIndicator) found = edit;
      }
      return found;
    },
  };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

let builtIn: NcciEdit[] | undefined;
/** The rows of data/ncci-ptp-practitioner.tsv. */
export function builtInNcciEdits(): NcciEdit[] {
  builtIn ??= parseNcciPtp(builtInText).edits;
  return builtIn;
}
