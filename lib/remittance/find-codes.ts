import { CARC_PATTERN, GROUP_PATTERN, RARC_PATTERN, type GroupCode, type RemitKind } from './patterns';

/**
 * Finds the claim adjustment reason codes (CARC) and remark codes (RARC) an EOB, ERA or claim-status
 * page shows: "CO-97", "CO 97", "PR-1", "Reason code: 236", "CARC 16 / RARC N290", and the cells of a
 * column headed "Reason Code", "Adj Reason", "CARC", "Remark"... A bare number counts only where a label
 * or a column header says it is a code, so amounts ("$97.00"), CPT codes (97124), dates and ids are
 * never taken for one. Ships in the content script: no zod, no preact, no table of meanings here.
 */

export type FoundCode = {
  kind: RemitKind;
  /** "97", "B15", "N290" (without the group). */
  code: string;
  /** The group code written with it ("CO-97"), or given by the row's "Group" column. */
  group?: GroupCode;
  /** The code as the page wrote it: "CO-97", "CO 97", "236". */
  text: string;
  /** The text node the code sits in, and where in it (to highlight or scroll to it). */
  node: Text;
  start: number;
  end: number;
  /** The element holding that text node. */
  element: Element;
};

type Mode = 'carc' | 'rarc';

const LABEL_CARC =
  'CARCs?|(?:claim\\s+)?adj(?:ustment|\\.)?\\s*(?:reason|rsn)(?:\\s*(?:codes?|cds?))?|(?:adjustment\\s+)?reason\\s*(?:codes?|cds?)|denial\\s*(?:reason\\s*)?codes?|rsn\\s*cds?';
const LABEL_RARC = 'RARCs?|remark\\s*(?:codes?|cds?)|remarks?';
const LABEL_TAIL = '\\s*(?:\\(s\\))?\\s*[:#=]?\\s*';
/** A label in running text; the codes follow it. */
const LABEL = new RegExp(`(?<![\\w-])(?:(${LABEL_CARC})|(${LABEL_RARC}))(?![a-z])${LABEL_TAIL}`, 'gi');
/** Text that ends with a label: the codes are in the next element ("Reason code: <b>236</b>"). */
const LABEL_AT_END = new RegExp(`(?<![\\w-])(?:(${LABEL_CARC})|(${LABEL_RARC}))(?![a-z])${LABEL_TAIL}$`, 'i');

/**
 * Not more of a number, word, amount, date, time or phone number: "97.00", "97124", "80%", "10/02/2026",
 * "10:30", "787-555-0100" are not codes.
 */
const END = '(?![\\w%$]|[.,:-]\\d|\\/\\d{1,2}\\/)';
/** Between a group code and its reason: "CO-97", "CO 97", "CO/97", "CO97", and the 835's "CAS*CO*97". */
const GROUP_JOIN = '\\s*[-:/*]?\\s*';
/** One code at a position: an optional group, then the code. */
const TOKEN = new RegExp(`(?:(${GROUP_PATTERN})${GROUP_JOIN})?(${RARC_PATTERN}|${CARC_PATTERN})${END}`, 'y');
/** A group-prefixed code anywhere in text: "CO-97", "PR 2", "OA-18". */
const GROUPED = new RegExp(`(?<![\\w-])${GROUP_PATTERN}${GROUP_JOIN}(?:${CARC_PATTERN})${END}`, 'g');
const RARC_ONLY = new RegExp(`^${RARC_PATTERN}$`);
/** Between codes of a list: a punctuation separator (any code may follow) or plain space (a distinct code only). */
const SEPARATOR = /\s*(?:[,;/&+|]|\band\b|\bwith\b)\s*/y;
const SPACE = /\s+/y;

const CARC_HEADER =
  /^(?:claim\s+)?(?:adj(?:ustment|\.)?\s*)?(?:reason|rsn)\s*(?:codes?|cds?)$|^carcs?(?:\s*codes?)?$|^adj(?:ustment|\.)?\s*(?:reason|rsn)$|^(?:group|grp)\s*\/\s*(?:reason|rsn)(?:\s*(?:codes?|cds?))?$|^adj(?:ustment|\.)?\s*codes?$|^denial\s*(?:reason\s*)?codes?$/;
/** A column headed just "Reason" may hold words and numbers: its cells count only when they are all codes. */
const LOOSE_CARC_HEADER = /^(?:reason|rsn|adjustments?|adj\.?)$/;
const RARC_HEADER = /^(?:remark|rmk|rarc)s?(?:\s*(?:codes?|cds?))?$|^remittance\s+remark\s+codes?$/;
const GROUP_HEADER = /^(?:claim\s+)?(?:adj(?:ustment)?\s+)?(?:group|grp)(?:\s*(?:codes?|cds?))?$/;

type Column = 'carc' | 'carc-strict' | 'rarc' | 'group';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD']);

/** Every code occurrence under `root`, in document order. */
export function findRemittanceCodes(root: Document | Element): FoundCode[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return [];
  const columns = new WeakMap<Element, Map<number, Column>>();
  const out: FoundCode[] = [];
  const walker = doc.createTreeWalker(start, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const element = node.parentElement;
    if (!element || !/\d/.test(node.data) || skipped(element)) continue;
    const found = new Map<number, FoundCode>();
    const add = (token: Token) => {
      if (found.has(token.start)) return;
      const code: FoundCode = {
        kind: token.kind,
        code: token.code,
        text: node!.data.slice(token.start, token.end),
        node: node!,
        start: token.start,
        end: token.end,
        element,
      };
      if (token.group) code.group = token.group;
      found.set(token.start, code);
    };

    // 1. The node is the value of a labelled field or of a code column: read a list from its start.
    const context = cellContext(element, columns) ?? labelContext(node);
    if (context) {
      const lead = node.data.length - node.data.trimStart().length;
      const tokens = readList(node.data, lead, context === 'rarc' ? 'rarc' : 'carc');
      const strict = context === 'carc-strict';
      if (!strict || node.data.slice(tokens.at(-1)?.end ?? lead).trim() === '') tokens.forEach(add);
    }
    // 2. Labels in running text: "Reason code: 236", "CARC 16 / RARC N290".
    for (const m of node.data.matchAll(LABEL)) {
      readList(node.data, m.index + m[0].length, m[1] ? 'carc' : 'rarc').forEach(add);
    }
    // 3. Group-prefixed codes anywhere, with the remark codes written after them ("CO-16 + N290").
    for (const m of node.data.matchAll(GROUPED)) readList(node.data, m.index, 'grouped').forEach(add);

    const row = element.closest('tr');
    const rowGroup = row ? groupOfRow(row, columns) : undefined;
    for (const code of [...found.values()].sort((a, b) => a.start - b.start)) {
      if (rowGroup && code.kind === 'carc' && !code.group) code.group = rowGroup;
      out.push(code);
    }
  }
  return out;
}

/** One entry per distinct code (group, code, kind), the first occurrence of each, in page order. */
export function uniqueCodes(found: readonly FoundCode[]): FoundCode[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.kind}:${f.group ?? ''}:${f.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Token = { kind: RemitKind; code: string; group?: GroupCode; start: number; end: number };

/**
 * The codes of a list starting at `from`. In a CARC context a bare number is a CARC; in a RARC context
 * only remark-shaped codes count; after a group-prefixed code ('grouped') only codes that cannot be an
 * ordinary number follow ("CO-16 N290", not "CO-45 2 units").
 */
function readList(text: string, from: number, mode: Mode | 'grouped'): Token[] {
  const tokens: Token[] = [];
  let at = from;
  let afterPunctuation = true;
  for (;;) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) break;
    const [, group, code] = m as unknown as [string, string | undefined, string];
    const rarc = RARC_ONLY.test(code);
    const distinct = Boolean(group) || rarc || /^[A-Z]/.test(code);
    const first = tokens.length === 0;
    const ok =
      mode === 'grouped'
        ? first
          ? Boolean(group) && !rarc
          : distinct
        : mode === 'rarc'
          ? rarc || (Boolean(group) && !rarc)
          : afterPunctuation || distinct;
    if (!ok) break;
    const token: Token = { kind: rarc ? 'rarc' : 'carc', code, start: m.index, end: m.index + m[0].length };
    if (group && !rarc) token.group = group as GroupCode;
    tokens.push(token);
    at = token.end;
    SEPARATOR.lastIndex = at;
    const sep = SEPARATOR.exec(text);
    if (sep && sep[0].length) {
      at += sep[0].length;
      afterPunctuation = mode !== 'grouped';
      continue;
    }
    SPACE.lastIndex = at;
    const space = SPACE.exec(text);
    if (!space) break;
    at += space[0].length;
    afterPunctuation = false;
  }
  return tokens;
}

function skipped(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (SKIP.has(el.tagName) || el.hasAttribute('data-mba-panel')) return true;
  }
  return false;
}

/** The kind of column a table cell is in, from its header ("Reason Code" → carc). */
function cellContext(element: Element, cache: WeakMap<Element, Map<number, Column>>): Column | undefined {
  const cell = element.closest('td');
  if (!cell) return undefined;
  const kind = columnsOf(cell, cache).get(columnIndex(cell));
  return kind === 'group' ? undefined : kind;
}

function groupOfRow(row: Element, cache: WeakMap<Element, Map<number, Column>>) {
  const cells = cellsOf(row);
  if (!cells[0]) return undefined;
  const columns = columnsOf(cells[0], cache);
  for (const cell of cells) {
    if (columns.get(columnIndex(cell)) !== 'group') continue;
    const text = cell.textContent?.trim() ?? '';
    if (/^(?:CO|PR|OA|PI)$/.test(text)) return text as GroupCode;
  }
  return undefined;
}

function columnsOf(cell: Element, cache: WeakMap<Element, Map<number, Column>>): Map<number, Column> {
  const table = cell.closest('table');
  if (!table) return new Map();
  let columns = cache.get(table);
  if (columns) return columns;
  columns = new Map();
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
  const headerRow =
    rows.filter((r) => r.parentElement?.tagName === 'THEAD').at(-1) ??
    rows.find((r) => {
      const cells = cellsOf(r);
      return cells.length > 1 && cells.every((c) => c.tagName === 'TH');
    });
  for (const th of headerRow ? cellsOf(headerRow) : []) {
    const text = (th.textContent ?? '')
      .toLowerCase()
      .replace(/\(s\)|[:#]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const kind: Column | undefined = CARC_HEADER.test(text)
      ? 'carc'
      : LOOSE_CARC_HEADER.test(text)
        ? 'carc-strict'
        : RARC_HEADER.test(text)
          ? 'rarc'
          : GROUP_HEADER.test(text)
            ? 'group'
            : undefined;
    if (kind) columns.set(columnIndex(th), kind);
  }
  cache.set(table, columns);
  return columns;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** The column a cell starts in, counting the spans of the cells before it. */
function columnIndex(cell: Element): number {
  let index = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') index += Number(c.getAttribute('colspan')) || 1;
  }
  return index;
}

/**
 * A label just before the node's text: "Reason code: <b>236</b>", `<dt>Reason code</dt><dd>236</dd>`,
 * `<th>Remark</th><td>N290</td>`. Climbs while the node is the first thing in its container.
 */
function labelContext(node: Text): Mode | undefined {
  let current: Node = node;
  for (let depth = 0; depth < 4 && current.parentNode; depth++) {
    let prev = current.previousSibling;
    while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
    if (prev) {
      const m = LABEL_AT_END.exec(prev.textContent?.trim() ?? '');
      return m ? (m[1] ? 'carc' : 'rarc') : undefined;
    }
    current = current.parentNode;
    if (
      current.nodeType !== 1 ||
      /^(?:TR|TABLE|TBODY|BODY|FORM|SECTION|MAIN|UL|OL|DL)$/.test((current as Element).tagName)
    )
      return undefined;
  }
  return undefined;
}
