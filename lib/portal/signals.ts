/**
 * The text signals around one control, as word lists: its own names, its labels, its hints, its column
 * header and the text just before it. qualify.ts scores roles from these; nothing here decides anything.
 */
import { nameTokens, textTokens } from './tokens';

export type Signals = {
  /** name, formcontrolname, id, ng-model (generated ids such as `mat-input-5` left out). */
  name: string[];
  /** `<label for>` / wrapping label, aria-label, aria-labelledby, Angular `mat-label`. */
  label: string[];
  /** placeholder and title. */
  hint: string[];
  /** The column header above the control's cell (colspans and rowspans counted). */
  header: string[];
  /** Text just before the control ("Last:", "17b. NPI", "1a. INSURED'S I.D. NUMBER"); see `withNear`. */
  near: string[];
  nearRead: boolean;
  /** In a table with headers, the text of other rows is another column's header, not this box's label. */
  stopAtRow: boolean;
  /** placeholder + title + class, raw, for date-format hints. */
  hintRaw: string;
  /** The string rows and slots are read from (name, else formcontrolname, else id). */
  indexSource: string;
};

/** A control's own texts before tokenising (see `SignalReader.texts`). */
export type RawTexts = {
  /** name, formcontrolname, id (when not the name again), ng-model, space separated. */
  names: string;
  label: string;
  hint: string;
  header: string;
  hintRaw: string;
  indexSource: string;
};

const GENERATED_ID =
  /^(mat-(input|select|option|date-range-input)-|mui-|:r|react-select-|ember|ext-gen|cdk-|ng-|input_)\S*\d/i;

export function usableId(el: Element): string {
  const id = el.id;
  return id && !GENERATED_ID.test(id) ? id : '';
}

export function indexSourceOf(el: Element): string {
  return el.getAttribute('name') || el.getAttribute('formcontrolname') || usableId(el) || '';
}

export class SignalReader {
  private headerCache = new Map<Element, string[][]>();
  private labels = new LabelIndex();

  /** The control's own texts, untokenised (cheap: what `read` tokenises, and the locator's memo key). */
  texts(el: Element): RawTexts {
    const name = el.getAttribute('name');
    const id = usableId(el);
    // WebForms ids repeat the name with `_` for `$`: tokenise once.
    const names = [
      name,
      el.getAttribute('formcontrolname'),
      id && (!name || !sameName(id, name)) ? id : null,
      el.getAttribute('ng-model'),
    ];
    const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? '';
    const title = el.getAttribute('title') ?? '';
    return {
      names: names.filter(Boolean).join(' '),
      label: labelText(el, this.labels),
      hint: `${placeholder} ${title}`,
      header: this.columnHeader(el),
      hintRaw: `${placeholder} ${title} ${el.getAttribute('class') ?? ''}`,
      indexSource: indexSourceOf(el),
    };
  }

  read(el: Element, texts: RawTexts = this.texts(el)): Signals {
    return {
      name: texts.names ? texts.names.split(' ').flatMap(nameTokens) : [],
      label: textTokens(texts.label),
      hint: textTokens(texts.hint),
      header: textTokens(texts.header),
      // Read on demand (withNear): most controls are decided by their own names and labels.
      near: [],
      nearRead: false,
      stopAtRow: texts.header.trim() !== '',
      hintRaw: texts.hintRaw,
      indexSource: texts.indexSource,
    };
  }

  /** The signals with the text nearby read (walking the DOM backwards costs more than the rest). */
  withNear(el: Element, signals: Signals): Signals {
    if (signals.nearRead) return signals;
    return { ...signals, near: unique(textTokens(nearbyText(el, signals.stopAtRow))), nearRead: true };
  }

  /** The header text of the control's column, for controls in table cells. */
  columnHeader(el: Element): string {
    const cell = el.closest('td, th');
    const row = cell?.parentElement;
    const table = cell?.closest('table');
    if (!cell || !row || !table || row.localName !== 'tr') return '';
    let grid = this.headerCache.get(table);
    if (!grid) {
      grid = headerGrid(table);
      this.headerCache.set(table, grid);
    }
    if (grid.length === 0) return '';
    let col = 0;
    for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) col += span(c, 'colspan');
    return grid.map((r) => r[col] ?? '').join(' ');
  }
}

/** Same letters and digits in the same places, any separators (`ctl00$a$B` and `ctl00_a_B`). */
function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && (isWordChar(x) || isWordChar(y))) return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function unique(words: string[]): string[] {
  return words.length > 1 ? [...new Set(words)] : words;
}

function text(node: Node | null | undefined, max = 200): string {
  return (node?.textContent ?? '').slice(0, max);
}

/** Label texts by the id they are `for`, per document or shadow root (built once per locate). */
export class LabelIndex {
  private byRoot = new Map<Node, Map<string, string>>();

  forId(el: Element): string {
    if (!el.id) return '';
    const root = el.getRootNode();
    let map = this.byRoot.get(root);
    if (!map) {
      map = new Map();
      const labels = (root as Document | ShadowRoot).querySelectorAll?.('label[for]') ?? [];
      for (const label of Array.from(labels)) {
        const id = label.getAttribute('for')!;
        map.set(id, `${map.get(id) ?? ''} ${text(label)}`);
      }
      this.byRoot.set(root, map);
    }
    return map.get(el.id) ?? '';
  }
}

export function labelText(el: Element, index: LabelIndex = new LabelIndex()): string {
  const parts: string[] = [index.forId(el)];
  const wrapping = el.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) parts.push(text(wrapping));
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria.slice(0, 200));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const id of labelledBy.split(/\s+/).slice(0, 4)) {
      const ref = id && root.querySelector?.(`[id="${cssString(id)}"]`);
      if (ref && ref !== el) parts.push(text(ref));
    }
  }
  const field = el.closest('mat-form-field, .mat-form-field, .mat-mdc-form-field');
  const matLabel = field?.querySelector('mat-label');
  if (matLabel) parts.push(text(matLabel));
  return parts.join(' ');
}

function cssString(s: string): string {
  return s.slice(0, 200).replace(/["\\]/g, '\\$&');
}

function span(cell: Element, attr: 'colspan' | 'rowspan'): number {
  const n = Number(cell.getAttribute(attr) ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
}

/**
 * Header rows of a table as a grid of texts by column: `thead` rows, else the leading rows (up to 4) before
 * the first row holding a form control. Colspans and rowspans fill every column they cover.
 */
export function headerGrid(table: Element): string[][] {
  const sections = tableRows(table);
  let rows = sections.filter((r) => r.parentElement?.localName === 'thead');
  if (rows.length === 0) {
    for (const r of sections.slice(0, 5)) {
      if (r.querySelector('input, select, textarea, mat-select')) break;
      rows.push(r);
    }
    if (rows.length === Math.min(sections.length, 5)) rows = rows.slice(0, 4);
  }
  const grid: string[][] = [];
  rows.slice(0, 4).forEach((r, ri) => {
    const line = (grid[ri] ??= []);
    let col = 0;
    for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName !== 'th' && c.localName !== 'td') continue;
      while (line[col] !== undefined) col++;
      const label = text(c, 80).replace(/\s+/g, ' ').trim();
      const cols = span(c, 'colspan');
      const rowsDown = Math.min(span(c, 'rowspan'), 4 - ri);
      for (let dr = 0; dr < rowsDown; dr++) {
        const target = (grid[ri + dr] ??= []);
        for (let dc = 0; dc < cols; dc++) target[col + dc] = dr === 0 ? label : '';
      }
      col += cols;
    }
  });
  return grid;
}

/** The table's own rows (thead, tbody, tfoot or direct), not those of nested tables. */
export function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'tr') out.push(child);
    else if (/^(thead|tbody|tfoot)$/.test(child.localName))
      for (let r = child.firstElementChild; r; r = r.nextElementSibling)
        if (r.localName === 'tr') out.push(r);
  }
  return out;
}

const SKIP_TEXT_IN = /^(script|style|select|option|optgroup|template|noscript|textarea|button)$/;
const CONTROL_TAG = /^(input|select|textarea|mat-select)$/;
const BLOCK =
  /^(td|th|tr|li|p|div|fieldset|section|form|label|dd|dt|table|tbody|thead|legend|mat-form-field)$/;

/**
 * The text right before a control in reading order: collected backwards until a block (an enclosing one
 * or a preceding one) ends after some text was found, another control follows found text, or enough was
 * read. Controls met before any text (the month box before the day box) are stepped over, at most four.
 * `stopAtRow`: do not leave the control's table row.
 */
export function nearbyText(el: Element, stopAtRow = false): string {
  const doc = el.ownerDocument;
  if (!doc) return '';
  const scope = el.getRootNode();
  const walker = doc.createTreeWalker(scope, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  walker.currentNode = el;
  let out = '';
  let skipped = 0;
  for (let steps = 0; steps < 80; steps++) {
    const node = walker.previousNode();
    if (!node) break;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && (SKIP_TEXT_IN.test(parent.localName) || isInlineHidden(parent))) continue;
      const data = (node as Text).data;
      if (data.trim()) {
        out = `${data.slice(-120)} ${out}`;
        if (out.length > 120) break;
      }
      continue;
    }
    const e = node as Element;
    if (e.contains(el)) {
      // Leaving an ancestor: stop at a block once something was read.
      if ((out.trim() && BLOCK.test(e.localName)) || (stopAtRow && e.localName === 'tr')) break;
      continue;
    }
    if (CONTROL_TAG.test(e.localName) && e.getAttribute('type') !== 'hidden') {
      if (out.trim() || ++skipped > 4) break;
    } else if (out.trim() && BLOCK.test(e.localName)) break; // a whole preceding block was read
  }
  return out.replace(/\s+/g, ' ').trim();
}

function isInlineHidden(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && style.display === 'none';
}
