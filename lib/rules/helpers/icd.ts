/**
 * ICD-10-CM codes: normalisation, the format check (domain.md 5.2) and the billable-code lookup built
 * from a code list (one code a line, dotted or undotted, any case; an optional `# ranges:` line).
 */

const DOTTED = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/**
 * Upper case, dot after the third character: "m545" -> "M54.5", "M54.50" stays, "r52" -> "R52".
 * Spaces are dropped. A dot anywhere but after the third character is left in place, so a mistyped
 * "M5.45" fails the format check instead of being silently "repaired".
 */
export function normaliseIcd(code: unknown): string {
  if (typeof code !== 'string') return '';
  const upper = code.replace(/\s+/g, '').toUpperCase();
  const dot = upper.indexOf('.');
  if (dot !== -1 && (dot !== 3 || upper.indexOf('.', dot + 1) !== -1)) return upper;
  const bare = upper.replace('.', '');
  // Only what has the shape of a code gets its dot; anything else is kept as typed, so a message can
  // quote it back ("1234" is not turned into "123.4").
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(bare)) return upper;
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/** True when `code` (any case, dotted or not) has the shape of an ICD-10-CM code: 3 to 7 characters. */
export function isIcdFormat(code: unknown): boolean {
  return DOTTED.test(normaliseIcd(code));
}

export type IcdStatus = 'billable' | 'not-billable' | 'outside';

export type IcdLookup = {
  /** Codes in the list. */
  readonly size: number;
  /**
   * `billable` when the list holds the code; `not-billable` when the code falls inside the list's ranges
   * but the list does not hold it (a category header such as M54.5, or no such code); `outside` when
   * the list cannot tell (only the format can be checked).
   */
  status(code: string): IcdStatus;
  /** Billable codes under a category ("M54.5" -> ["M54.50", "M54.51", "M54.59"]), dotted, at most `limit`. */
  childrenOf(code: string, limit?: number): string[];
};

/**
 * Builds the lookup from a code list as one string (what the background sends the content script):
 * codes one a line, dotted or undotted, any case; a header line "code" and `#` lines are ignored except
 * `# ranges: M00-M99 G43-G44 S13 S29.0 ...`, which says which codes the list covers. Without that line,
 * the list covers the three-character categories it contains.
 */
export function icdLookupFromText(text: string): IcdLookup {
  const codes: string[] = [];
  let rangesLine = '';
  for (const raw of String(text ?? '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      if (/^#\s*ranges:/i.test(line)) rangesLine = line.replace(/^#\s*ranges:/i, '');
      continue;
    }
    const code = undotted(line.split('\t', 1)[0]!);
    if (/^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/.test(code)) codes.push(code);
  }
  let sorted = true;
  for (let i = 1; i < codes.length && sorted; i++) sorted = codes[i - 1]! < codes[i]!;
  if (!sorted) codes.sort();
  const set = new Set(codes);
  const inRanges = rangesLine ? rangeTest(rangesLine) : categoryTest(codes);

  return {
    size: set.size,
    status(code) {
      const bare = undotted(code);
      if (set.has(bare)) return 'billable';
      return inRanges(bare) ? 'not-billable' : 'outside';
    },
    childrenOf(code, limit = 8) {
      const prefix = undotted(code);
      const out: string[] = [];
      for (let i = lowerBound(codes, prefix); i < codes.length && out.length < limit; i++) {
        const c = codes[i]!;
        if (!c.startsWith(prefix)) break;
        if (c !== prefix) out.push(normaliseIcd(c));
      }
      return out;
    },
  };
}

function undotted(code: string): string {
  return code.replace(/[\s.]+/g, '').toUpperCase();
}

/** "M00-M99 G43-G44 S13 S29.0": a range of three-character categories, or a prefix. */
function rangeTest(spec: string): (code: string) => boolean {
  const spans: [string, string][] = [];
  const prefixes: string[] = [];
  for (const token of spec.split(/[\s,]+/)) {
    if (!token) continue;
    const [lo, hi] = token.split('-').map(undotted) as [string, string | undefined];
    if (hi) spans.push([lo.slice(0, 3), hi.slice(0, 3)]);
    else prefixes.push(lo);
  }
  return (code) => {
    const category = code.slice(0, 3);
    if (category.length < 3) return false;
    for (const [lo, hi] of spans) if (category >= lo && category <= hi) return true;
    for (const p of prefixes) if (code.startsWith(p)) return true;
    return false;
  };
}

function categoryTest(codes: readonly string[]): (code: string) => boolean {
  const categories = new Set(codes.map((c) => c.slice(0, 3)));
  return (code) => categories.has(code.slice(0, 3));
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
