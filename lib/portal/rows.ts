/**
 * Rows: which service line each line field belongs to. CPT/HCPCS boxes anchor the lines; a line field
 * gets its row from the number in its name (ranked like the anchors' numbers, so 0- and 1-based names
 * agree), else from the DOM: the largest ancestor that holds exactly one anchor is that anchor's row.
 * When name and DOM disagree the DOM wins (the number was a slot: `Modfr1`). A "diagnosis" box inside a
 * line row is that line's pointer (Office Ally's DOS_DIAG_CODE0); elsewhere it is box 21.
 */
import { isContextRole, type Cand } from './candidates';
import { parentOf } from './collect';

/** Rank of each distinct value (ascending): the first line is row 0 whatever the numbering. */
export function rankMap(values: number[]): Map<number, number> | null {
  if (new Set(values).size !== values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return new Map(sorted.map((v, i) => [v, i]));
}

/** The candidates sorted by what they hold: line fields with their row, box 21, claim-level, defaults. */
export type Placed = {
  anchors: Cand[];
  lineCands: Cand[];
  dxCands: Cand[];
  contextCands: Cand[];
  defaultCands: Cand[];
};

/**
 * Gives every line candidate its row. `anchors` are the visible code boxes in document order (at least
 * one); the rest is sorted into box 21, claim-level fields and claim-level line defaults.
 */
export function placeRows(cands: Cand[], anchors: Cand[]): Placed {
  const multi = anchors.length > 1;
  // Anchor rows: adapter numbers, else name numbers, else document order.
  const adapterRanks = anchors.every((a) => a.adapterIndex !== undefined)
    ? rankMap(anchors.map((a) => a.adapterIndex!))
    : null;
  const nameValues = anchors.map((a) => a.lineIdx?.value ?? a.adapterIndex);
  const nameRanks = nameValues.every((v) => v !== undefined) ? rankMap(nameValues as number[]) : null;
  anchors.forEach((a, i) => {
    a.row = adapterRanks ? adapterRanks.get(a.adapterIndex!) : nameRanks ? nameRanks.get(nameValues[i]!) : i;
    a.strength = 2;
  });
  const domRow = domRows(anchors);

  const placed: Placed = { anchors, lineCands: [], dxCands: [], contextCands: [], defaultCands: [] };
  for (const c of cands) {
    if (c.hidden && !isContextRole(c.role)) continue;
    if (c.lineDefault) {
      placed.defaultCands.push(c);
      continue;
    }
    if (isContextRole(c.role)) {
      placed.contextCands.push(c);
      continue;
    }
    if (c.role === 'code' && c.row !== undefined) {
      placed.lineCands.push(c);
      continue;
    }
    const dom = domRow(c.el);
    if (c.role === 'diagnosis') {
      // A diagnosis box in a line row is the line's pointer (Office Ally's DOS_DIAG_CODE0); so is one whose
      // name ends in a slot and a line number (`input-diagnosis-1-0`). `Diag_1_21` is box 21, slot 1.
      const lineNumber = c.lineIdx?.strong === true && nameRanks?.has(c.lineIdx.value!) === true;
      const inLine = c.source === 'generic' && (c.explicitPtr || lineNumber || (multi && dom !== undefined));
      if (!inLine) {
        placed.dxCands.push(c);
        continue;
      }
      c.role = 'pointers';
    }
    placeLine(c, dom, multi, adapterRanks, nameRanks);
    if (c.row !== undefined) placed.lineCands.push(c);
    else if ((c.role === 'placeOfService' || c.role === 'renderingNpi') && c.score >= 3)
      placed.defaultCands.push(c);
  }
  return placed;
}

/** DOM rows: every ancestor of an anchor knows how many anchors it holds; one anchor means its row. */
export function domRows(anchors: Cand[]): (el: Element) => number | undefined {
  const scope = new Map<Element, { count: number; row: number }>();
  for (const a of anchors) {
    for (let p = parentOf(a.el); p; p = parentOf(p)) {
      const entry = scope.get(p);
      if (entry) entry.count++;
      else scope.set(p, { count: 1, row: a.row! });
    }
  }
  return (el: Element) => {
    for (let p = parentOf(el); p; p = parentOf(p)) {
      const entry = scope.get(p);
      if (entry) return entry.count === 1 ? entry.row : undefined;
    }
    return undefined;
  };
}

/** A line field's row: the number in its name when the DOM agrees (or says nothing), else the DOM row. */
function placeLine(
  c: Cand,
  dom: number | undefined,
  multi: boolean,
  adapterRanks: Map<number, number> | null,
  nameRanks: Map<number, number> | null,
) {
  const named =
    c.adapterIndex !== undefined
      ? (adapterRanks?.get(c.adapterIndex) ?? nameRanks?.get(c.adapterIndex))
      : c.lineIdx?.value !== undefined
        ? nameRanks?.get(c.lineIdx.value)
        : undefined;
  if (named !== undefined && (!multi || dom === undefined || dom === named)) {
    c.row = named;
    c.strength = 2;
  } else if (dom !== undefined) {
    c.row = dom;
    c.strength = 1;
  }
}
