/**
 * Qualify: from the collected controls to a LocatedForm. Runs once per form (and again when rows are
 * added); reading on every keystroke is read.ts and scores nothing.
 *
 * 1. A quick check rejects pages without a claim form before any scoring (a few attribute tests).
 * 2. Adapter selectors pre-qualify the elements they name; every other control is scored (roles.ts).
 * 3. CPT/HCPCS boxes anchor the service lines. A line field gets its row from the number in its name
 *    (ranked like the anchors' numbers, so 0- and 1-based names agree), else from the DOM: the largest
 *    ancestor that holds exactly one anchor is that anchor's row. When name and DOM disagree the DOM wins
 *    (the number was a slot: `Modfr1`). A "diagnosis" box inside a line row is that line's pointer
 *    (Office Ally's DOS_DIAG_CODE0); elsewhere it is box 21.
 * 4. Fields for the same path are merged: split dates, modifier and pointer slots, pointer checkboxes.
 */
import { ADAPTERS } from './adapters';
import { adapterHints, pickAdapter, type AdapterHint } from './adapters/apply';
import type { PortalAdapter } from './adapters/types';
import {
  collectControls,
  controlKind,
  countControls,
  makeVisibility,
  parentOf,
  queryDeep,
  type Control,
} from './collect';
import { datePart, looksLikeDate, saysPointer, scoreRoles, type Role } from './roles';
import { headerGrid, SignalReader, type RawTexts, type Signals } from './signals';
import { nameIndex, textTokens, type NameIndex } from './tokens';
import { checkboxPointer } from './values';
import type {
  ContextKey,
  ControlKind,
  FillKey,
  DatePart,
  FieldFormat,
  FieldLayout,
  FieldTarget,
  LineKey,
  ListTable,
  LocatedField,
  LocatedForm,
  LocateOptions,
} from './types';

const LINE_KEYS = new Set<string>([
  'from',
  'to',
  'placeOfService',
  'code',
  'modifiers',
  'units',
  'charge',
  'pointers',
  'renderingNpi',
]);
const DATE_ROLES = new Set<string>([
  'from',
  'to',
  'patient.birthDate',
  'fill.injuryDate',
  'fill.accidentDate',
]);

type Cand = {
  el: Element;
  kind: ControlKind;
  order: number;
  role: Role;
  score: number;
  source: 'adapter' | 'generic';
  part?: DatePart;
  lineIdx?: NameIndex;
  dxIdx?: NameIndex;
  adapterIndex?: number;
  explicitPtr: boolean;
  /** A claim-level default (adapter `lines.*.x`). */
  lineDefault?: boolean;
  hidden: boolean;
  row?: number;
  /** 2: row from the name or the adapter; 1: from the DOM; 0: none. */
  strength: number;
};

/** Cheap test run before anything else: does this root look like it could hold a claim form? */
export function mightHoldClaimForm(root: Document | Element): boolean {
  const inputs = root.getElementsByTagName('input');
  const count = inputs.length + root.getElementsByTagName('select').length;
  // Signals only a claim form carries: a procedure code, a diagnosis, an NPI, a modifier. Dates of
  // service, units and charges alone are not enough: claim lists and payment screens have those too, and
  // running the full locator on every refresh of such a list is work the page gets nothing for.
  const ATTR = /cpt|hcpc|proc|diag|icd|\bdx|npi|modif/i;
  if (count >= 3) {
    const all = root.querySelectorAll('input, select, textarea, mat-select');
    const n = Math.min(all.length, 1500);
    for (let i = 0; i < n; i++) {
      const el = all[i]!;
      const text = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('formcontrolname') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
      if (ATTR.test(text)) return true;
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy && LABEL.test(labelledText(el, labelledBy))) return true;
    }
    const labels = root.querySelectorAll('label, th, mat-label, legend');
    const m = Math.min(labels.length, 300);
    for (let i = 0; i < m; i++) {
      if (LABEL.test((labels[i]!.textContent ?? '').slice(0, 100))) return true;
    }
  }
  // Forms built from web components keep their inputs in shadow roots the selectors above cannot see.
  const all = root.querySelectorAll('*');
  const n = Math.min(all.length, 30000);
  for (let i = 0; i < n; i++) {
    const shadow = all[i]!.shadowRoot;
    if (shadow && shadowHolds(shadow, 0)) return true;
  }
  return false;
}

/** Label words only a claim form's fields carry (see mightHoldClaimForm). */
const LABEL = /cpt|hcpcs|procedure|diagnosis|icd|service code/i;

function labelledText(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .slice(0, 3)
    .map((id) => doc.getElementById(id)?.textContent?.slice(0, 100) ?? '')
    .join(' ');
}

function shadowHolds(shadow: ShadowRoot, depth: number): boolean {
  if (shadow.querySelector('input, select, textarea')) return true;
  if (depth > 4) return false;
  for (const el of Array.from(shadow.querySelectorAll('*'))) {
    if (el.shadowRoot && shadowHolds(el.shadowRoot, depth + 1)) return true;
  }
  return false;
}

function pageUrl(root: Document | Element): string {
  const doc = (root as Document).nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  try {
    return doc?.location?.href ?? doc?.URL ?? '';
  } catch {
    return '';
  }
}

export function locate(root: Document | Element, options: LocateOptions = {}): LocatedForm | null {
  if (!mightHoldClaimForm(root)) return null;
  const adapters = options.adapters ?? ADAPTERS;
  const adapter = adapters.length ? pickAdapter(root, options.url ?? pageUrl(root), adapters) : undefined;
  const isVisible = makeVisibility();
  const reader = new SignalReader();
  const { controls, shadows } = collectControls(root);
  const orderOf = new Map<Element, number>();
  for (const c of controls) orderOf.set(c.el, c.order);

  const cands: Cand[] = [];
  const claimed = new Set<Element>();
  if (adapter) {
    for (const hint of safe(() => adapterHints(root, adapter), [])) {
      const cand = fromHint(hint, orderOf, isVisible);
      if (!cand) continue;
      claimed.add(hint.el);
      cands.push(cand);
    }
  }
  const memo = new Map<string, Decision>();
  for (const control of controls) {
    if (claimed.has(control.el)) continue;
    const cand = safe(() => scoreControl(control, reader, isVisible, memo), null);
    if (cand) cands.push(cand);
  }
  return safe(() => assemble(root, shadows, cands, adapter, isVisible), null);
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function fromHint(
  hint: AdapterHint,
  orderOf: Map<Element, number>,
  isVisible: (el: Element) => boolean,
): Cand | null {
  const kind = controlKind(hint.el) ?? (isRadio(hint.el) ? 'radio' : null);
  if (!kind) return null;
  if (!hint.hidden && !isVisible(hint.el)) return null;
  const t = hint.target;
  const role: Role = t.kind === 'diagnosis' ? 'diagnosis' : t.kind === 'fill' ? `fill.${t.key}` : t.key;
  return {
    el: hint.el,
    kind,
    order: orderOf.get(hint.el) ?? Number.MAX_SAFE_INTEGER,
    role,
    score: 10,
    source: 'adapter',
    explicitPtr: t.kind === 'line' && t.key === 'pointers',
    hidden: hint.hidden,
    strength: 2,
    ...(hint.part ? { part: hint.part } : {}),
    ...(hint.index !== undefined ? { adapterIndex: hint.index } : {}),
    ...(t.kind === 'line-default' ? { lineDefault: true } : {}),
  };
}

/** What scoring decided for a control (shared by the controls of one numbered series, see `seriesKey`). */
type Decision = { role: Role; score: number; explicitPtr: boolean; part?: DatePart } | null;

/**
 * Controls of one numbered series (`CPT_CODE0`..`CPT_CODE49`, `txt_procCode1..10`) whose texts differ in
 * nothing but the digits of their names are scored once: the same words give the same role. Labels, hints
 * and headers are compared as they are (a box number there, "17b" against "24J", keeps them apart), and
 * the row and slot numbers are still read from each control's own name.
 */
function seriesKey(kind: string, t: RawTexts, el: Element): string | undefined {
  if (!/\d/.test(t.names)) return undefined;
  return [
    kind,
    t.names.replace(/\d+/g, '#'),
    t.label,
    t.hint,
    t.header,
    t.hintRaw,
    el.getAttribute('maxlength'),
  ].join('\u0000');
}

function scoreControl(
  control: Control,
  reader: SignalReader,
  isVisible: (el: Element) => boolean,
  memo: Map<string, Decision>,
): Cand | null {
  const { el, kind } = control;
  const hidden = kind === 'hidden';
  if (!hidden && !isVisible(el)) return null;
  const texts = reader.texts(el);
  const key = seriesKey(kind, texts, el);
  let decision = key === undefined ? undefined : memo.get(key);
  if (decision === undefined) {
    decision = decide(el, kind, reader.read(el, texts), reader);
    if (key !== undefined) memo.set(key, decision);
  }
  if (!decision) return null;
  const { role } = decision;
  return {
    el,
    kind,
    order: control.order,
    role,
    score: decision.score,
    source: 'generic',
    // Only line and box 21 fields need the numbers in their names.
    ...(LINE_KEYS.has(role) || role === 'diagnosis' ? { lineIdx: nameIndex(texts.indexSource, false) } : {}),
    ...(role === 'diagnosis' ? { dxIdx: nameIndex(texts.indexSource, true) } : {}),
    explicitPtr: decision.explicitPtr,
    hidden,
    strength: 0,
    ...(decision.part ? { part: decision.part } : {}),
  };
}

function decide(el: Element, kind: ControlKind, first: Signals, reader: SignalReader): Decision {
  let signals = first;
  let scored = scoreRoles(signals, kind);
  // The text nearby decides when the control's own words do not, name people or providers (box 17's
  // `OrderLast0212`), or leave two roles close.
  if (!scored || scored.role.includes('.') || scored.runnerUp > scored.score * 0.6) {
    signals = reader.withNear(el, signals);
    scored = scoreRoles(signals, kind);
  }
  if (!scored) return null;
  let role = scored.role;
  const dateish =
    kind === 'date' || looksLikeDate(signals) || /^(8|10)$/.test(el.getAttribute('maxlength') ?? '');
  if ((role === 'from' || role === 'to') && !dateish && !hasDateWord(signals)) return null;
  if (role === 'diagnosis' && kind === 'checkbox') role = 'pointers';
  const part = DATE_ROLES.has(role) && kind !== 'date' ? datePart(signals) : undefined;
  return { role, score: scored.score, explicitPtr: saysPointer(signals), ...(part ? { part } : {}) };
}

function hasDateWord(signals: Signals): boolean {
  const re = /^(DATE|DOS|DT|SVC|SERVICE|MONTH|DAY|YEAR|MM|DD|YYYY)$/;
  return signals.name.some((t) => re.test(t)) || signals.label.some((t) => re.test(t));
}

/** Rank of each distinct value (ascending): the first line is row 0 whatever the numbering. */
function rankMap(values: number[]): Map<number, number> | null {
  if (new Set(values).size !== values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return new Map(sorted.map((v, i) => [v, i]));
}

function assemble(
  root: Document | Element,
  shadows: ShadowRoot[],
  cands: Cand[],
  adapter: PortalAdapter | undefined,
  isVisible: (el: Element) => boolean,
): LocatedForm | null {
  const anchors = cands.filter((c) => c.role === 'code' && !c.hidden).sort((a, b) => a.order - b.order);
  if (anchors.length === 0) return null;
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

  // DOM rows: every ancestor of an anchor knows how many anchors it holds.
  const scope = new Map<Element, { count: number; row: number }>();
  for (const a of anchors) {
    for (let p = parentOf(a.el); p; p = parentOf(p)) {
      const entry = scope.get(p);
      if (entry) entry.count++;
      else scope.set(p, { count: 1, row: a.row! });
    }
  }
  const domRow = (el: Element): number | undefined => {
    for (let p = parentOf(el); p; p = parentOf(p)) {
      const entry = scope.get(p);
      if (entry) return entry.count === 1 ? entry.row : undefined;
    }
    return undefined;
  };

  const lineCands: Cand[] = [];
  const dxCands: Cand[] = [];
  const contextCands: Cand[] = [];
  const defaultCands: Cand[] = [];
  for (const c of cands) {
    if (c.hidden && !isContextRole(c.role)) continue;
    if (c.lineDefault) {
      defaultCands.push(c);
      continue;
    }
    if (isContextRole(c.role)) {
      contextCands.push(c);
      continue;
    }
    if (c.role === 'code' && c.row !== undefined) {
      lineCands.push(c);
      continue;
    }
    const dom = domRow(c.el);
    if (c.role === 'diagnosis') {
      // A diagnosis box in a line row is the line's pointer (Office Ally's DOS_DIAG_CODE0); so is one whose
      // name ends in a slot and a line number (`input-diagnosis-1-0`). `Diag_1_21` is box 21, slot 1.
      const lineNumber = c.lineIdx?.strong === true && nameRanks?.has(c.lineIdx.value!) === true;
      const inLine = c.source === 'generic' && (c.explicitPtr || lineNumber || (multi && dom !== undefined));
      if (!inLine) {
        dxCands.push(c);
        continue;
      }
      c.role = 'pointers';
    }
    placeLine(c, dom, multi, adapterRanks, nameRanks);
    if (c.row !== undefined) lineCands.push(c);
    else if ((c.role === 'placeOfService' || c.role === 'renderingNpi') && c.score >= 3) defaultCands.push(c);
  }

  const fields: LocatedField[] = [];
  // Lines.
  const byRowKey = new Map<string, Cand[]>();
  for (const c of lineCands) {
    const key = `${c.row}|${c.role}`;
    const list = byRowKey.get(key);
    if (list) list.push(c);
    else byRowKey.set(key, [c]);
  }
  for (const [key, list] of byRowKey) {
    const [rowText, role] = key.split('|') as [string, LineKey];
    const row = Number(rowText);
    // A weaker claimant of a single-value path may be the claim-level value (Availity's claim POS).
    const field = mergeLineField(list, role, (loser) => {
      if ((role === 'placeOfService' || role === 'renderingNpi') && loser.strength < 2)
        defaultCands.push(loser);
    });
    if (field)
      fields.push({ ...field, path: `lines.${row}.${role}`, target: { kind: 'line', row, key: role } });
  }
  // Claim-level defaults: the best per key, only when not already a line field.
  const lineEls = new Set(fields.flatMap((f) => f.elements));
  for (const key of ['placeOfService', 'renderingNpi'] as const) {
    const best = pickBest(defaultCands.filter((c) => c.role === key && !lineEls.has(c.el)));
    if (best) fields.push(single(best, `lines.*.${key}`, { kind: 'line-default', key }));
  }
  // Box 21.
  fields.push(...diagnosisFields(dxCands));
  // Claim-level fields: visible first, hidden inputs only as a fallback.
  const byContext = new Map<ContextKey, Cand[]>();
  for (const c of contextCands) {
    const k = c.role as ContextKey;
    const list = byContext.get(k);
    if (list) list.push(c);
    else byContext.set(k, [c]);
  }
  for (const [key, list] of byContext) {
    // An adapter's choice first, then what a person can see; hidden inputs only as a fallback.
    const named = list.filter((c) => c.source === 'adapter');
    const visible = list.filter((c) => !c.hidden);
    const pool = named.length ? named : visible.length ? visible : list;
    const target: FieldTarget = key.startsWith('fill.')
      ? { kind: 'fill', key: key.slice(5) as FillKey }
      : { kind: 'context', key };
    if (DATE_ROLES.has(key)) {
      const merged = mergeDate(pool);
      if (merged) fields.push({ ...merged, path: key, target });
    } else if (pool[0]!.kind === 'radio') {
      fields.push(
        choice(
          pool.map((c) => c.el),
          key,
          target,
          pool[0]!.source,
        ),
      );
    } else {
      const best = pickBest(pool);
      if (best) fields.push(single(best, key, target));
    }
  }
  // Box 25's SSN/EIN radios (fill only), when no adapter named them: radios are not collected or scored.
  if (!byContext.has('fill.taxIdKind' as ContextKey)) {
    const radios = safe(() => taxKindRadios(queryDeep(root, shadows, 'input[type="radio"]'), isVisible), []);
    if (radios.length > 1)
      fields.push(choice(radios, 'fill.taxIdKind', { kind: 'fill', key: 'taxIdKind' }, 'generic'));
  }

  const lineFields = fields.filter((f) => f.target.kind === 'line');
  const hasOtherLineField = lineFields.some((f) => f.target.kind === 'line' && f.target.key !== 'code');
  const hasDx = fields.some((f) => f.target.kind === 'diagnosis');
  if (!hasOtherLineField && !hasDx) return null;

  const addLine =
    (adapter?.addLine
      ? safe(() => firstVisible(root.querySelectorAll(adapter.addLine!), isVisible), undefined)
      : undefined) ?? findAddLine(queryDeep(root, shadows, BUTTONS), isVisible);
  const anchor = anchors[0]!;
  const composer =
    anchors.length === 1 &&
    anchor.source === 'generic' &&
    anchor.lineIdx?.value === undefined &&
    addLine !== undefined;
  let listTable: ListTable | undefined;
  if (composer) {
    listTable = findListTable(queryDeep(root, shadows, 'table'), anchor.el, isVisible);
    for (const f of fields) {
      if (f.target.kind !== 'line') continue;
      const key = f.target.key;
      f.target = { kind: 'composer', key };
      f.path = `lines.composer.${key}`;
    }
  }
  const rows = composer ? [] : [...new Set(anchors.map((a) => a.row!))].sort((a, b) => a - b);
  const container = commonAncestor(fields.flatMap((f) => f.elements)) ?? rootElement(root);
  return {
    root,
    container,
    fields,
    rows,
    ...(addLine ? { addLine } : {}),
    composer,
    ...(listTable ? { listTable } : {}),
    ...(adapter ? { adapter: adapter.id } : {}),
    controlCount: countControls(container),
  };
}

function isRadio(el: Element): boolean {
  return el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';
}

/** One choice of radio buttons: their values in order (`S`, `E`). */
function choice(
  els: Element[],
  path: string,
  target: FieldTarget,
  source: LocatedField['source'],
): LocatedField {
  const layout: FieldLayout = { kind: 'choice', values: els.map((e) => e.getAttribute('value') ?? '') };
  return { path, target, elements: els, layout, format: formatOf(els, target, layout), source, score: 10 };
}

const TAX_KIND = /(^|[^a-z])(ssn|ein)([^a-z]|$)|tax_?id_?(ind|type|kind)/i;

/** The first group (by name) of 2-3 visible radios whose name says SSN/EIN. */
function taxKindRadios(radios: Element[], isVisible: (el: Element) => boolean): Element[] {
  const groups = new Map<string, Element[]>();
  for (const r of radios.slice(0, 300)) {
    const name = r.getAttribute('name') ?? '';
    if (!TAX_KIND.test(`${name} ${r.id}`) || !isVisible(r)) continue;
    const list = groups.get(name);
    if (list) list.push(r);
    else groups.set(name, [r]);
  }
  for (const list of groups.values()) if (list.length >= 2 && list.length <= 3) return list;
  return [];
}

function isContextRole(role: Role): boolean {
  return role.includes('.');
}

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

function pickBest(list: Cand[]): Cand | undefined {
  let best: Cand | undefined;
  for (const c of list) {
    if (
      !best ||
      c.strength > best.strength ||
      (c.strength === best.strength &&
        (c.score > best.score || (c.score === best.score && c.order < best.order)))
    )
      best = c;
  }
  return best;
}

function single(c: Cand, path: string, target: FieldTarget): LocatedField {
  return {
    path,
    target,
    elements: [c.el],
    layout: { kind: 'single' },
    format: formatOf([c.el], target),
    source: c.source,
    score: c.score,
  };
}

type FieldBody = Omit<LocatedField, 'path' | 'target'>;

function mergeLineField(list: Cand[], role: LineKey, onLoser: (c: Cand) => void): FieldBody | null {
  const target: FieldTarget = { kind: 'line', row: 0, key: role };
  if (role === 'from' || role === 'to') return mergeDate(list);
  if (role === 'modifiers' || role === 'pointers') {
    const sorted = [...list].sort((a, b) => a.order - b.order);
    const source = sorted.some((c) => c.source === 'adapter') ? 'adapter' : 'generic';
    const score = Math.max(...sorted.map((c) => c.score));
    const boxes = sorted.filter((c) => c.kind === 'checkbox');
    if (role === 'pointers' && boxes.length) {
      const values = boxes.map(
        (c, i) =>
          checkboxPointer(c.el.getAttribute('value') ?? '', c.el.getAttribute('name') ?? c.el.id) ?? i + 1,
      );
      const elements = boxes.map((c) => c.el);
      const layout: FieldLayout = { kind: 'checkboxes', values };
      return { elements, layout, format: formatOf(elements, target, layout), source, score };
    }
    const elements = sorted.filter((c) => c.kind !== 'checkbox').map((c) => c.el);
    const layout: FieldLayout = elements.length > 1 ? { kind: 'slots' } : { kind: 'single' };
    return { elements, layout, format: formatOf(elements, target, layout), source, score };
  }
  const best = pickBest(list);
  if (!best) return null;
  for (const c of list) if (c !== best) onLoser(c);
  return {
    elements: [best.el],
    layout: { kind: 'single' },
    format: formatOf([best.el], target),
    source: best.source,
    score: best.score,
  };
}

/** One date from several candidates: split boxes (month/day/year) or the best single box. */
function mergeDate(list: Cand[]): FieldBody | null {
  const parts = new Map<DatePart, Cand>();
  for (const c of list) {
    if (!c.part) continue;
    const have = parts.get(c.part);
    if (!have || c.strength > have.strength || (c.strength === have.strength && c.score > have.score))
      parts.set(c.part, c);
  }
  const singles = list.filter((c) => !c.part);
  // Three unnamed boxes of 2, 2 and 4 characters in a row are month, day, year.
  if (parts.size === 0 && singles.length === 3) {
    const s = [...singles].sort((a, b) => a.order - b.order);
    const lens = s.map((c) => c.el.getAttribute('maxlength'));
    if (lens[0] === '2' && lens[1] === '2' && (lens[2] === '4' || lens[2] === '2')) {
      parts.set('month', s[0]!).set('day', s[1]!).set('year', s[2]!);
    }
  }
  const bestSingle = pickBest(singles.filter((c) => ![...parts.values()].includes(c)));
  const partScore = Math.max(0, ...[...parts.values()].map((c) => c.score));
  if (
    parts.size >= 2 ||
    (parts.size === 1 && !bestSingle) ||
    (parts.size > 0 && bestSingle && partScore >= bestSingle.score)
  ) {
    const ordered = [...parts.entries()].sort((a, b) => a[1].order - b[1].order);
    const elements = ordered.map(([, c]) => c.el);
    const layout: FieldLayout = { kind: 'date-parts', parts: ordered.map(([p]) => p) };
    const source = ordered.some(([, c]) => c.source === 'adapter') ? 'adapter' : 'generic';
    return { elements, layout, format: formatOf(elements, undefined, layout), source, score: partScore };
  }
  if (!bestSingle) return null;
  return {
    elements: [bestSingle.el],
    layout: { kind: 'single' },
    format: formatOf([bestSingle.el], undefined, undefined, true),
    source: bestSingle.source,
    score: bestSingle.score,
  };
}

function diagnosisFields(list: Cand[]): LocatedField[] {
  const fromAdapter = list.filter((c) => c.source === 'adapter');
  const pool = (fromAdapter.length ? fromAdapter : list).sort((a, b) => a.order - b.order);
  if (pool.length === 0) return [];
  let index: (c: Cand, i: number) => number | undefined;
  const values = pool.map((c) => c.adapterIndex ?? c.dxIdx?.value);
  const letters = pool.map((c) => c.dxIdx?.letter);
  if (values.every((v) => v !== undefined) && new Set(values).size === values.length) {
    const base = Math.min(...(values as number[])) === 1 ? 1 : 0;
    index = (_c, i) => values[i]! - base;
  } else if (letters.every((v) => v !== undefined) && new Set(letters).size === letters.length) {
    index = (_c, i) => letters[i];
  } else {
    index = (_c, i) => i;
  }
  const out: LocatedField[] = [];
  const taken = new Set<number>();
  pool.forEach((c, i) => {
    const k = index(c, i);
    if (k === undefined || k < 0 || k > 25 || taken.has(k)) return;
    taken.add(k);
    out.push(single(c, `diagnoses.${k}`, { kind: 'diagnosis', index: k }));
  });
  return out;
}

/** What a field expects when written (for the autofill). */
function formatOf(
  elements: Element[],
  target?: FieldTarget,
  layout?: FieldLayout,
  singleDate = false,
): FieldFormat {
  const el = elements[0]!;
  const kind =
    el.localName === 'td' || el.localName === 'th'
      ? 'cell'
      : (controlKind(el) ?? (isRadio(el) ? 'radio' : 'text'));
  const format: FieldFormat = { control: kind };
  const max = Number(el.getAttribute('maxlength') ?? 0);
  if (max > 0 && max < 1000) format.maxLength = max;
  if (
    kind === 'hidden' ||
    kind === 'cell' ||
    elements.every(
      (e) =>
        e.hasAttribute('disabled') ||
        e.hasAttribute('readonly') ||
        e.getAttribute('aria-disabled') === 'true',
    )
  )
    format.readOnly = true;
  if (kind === 'text' && (el.getAttribute('role') === 'combobox' || el.hasAttribute('aria-autocomplete')))
    format.combobox = true;
  if (kind === 'select') {
    const options = Array.from((el as HTMLSelectElement).options ?? []).slice(0, 100);
    format.options = options.map((o) => ({
      value: o.value,
      label: (o.textContent ?? '').trim().slice(0, 80),
    }));
  }
  if (singleDate) {
    const hint = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('title') ?? ''}`.toUpperCase();
    format.date =
      kind === 'date'
        ? 'YYYY-MM-DD'
        : /MMDDYYYY/.test(hint) || max === 8
          ? 'MMDDYYYY'
          : /MM-DD-YYYY/.test(hint)
            ? 'MM-DD-YYYY'
            : /YYYY-MM-DD/.test(hint)
              ? 'YYYY-MM-DD'
              : /MM\/DD\/YY(?!YY)/.test(hint)
                ? 'MM/DD/YY'
                : 'MM/DD/YYYY';
  }
  if (layout?.kind === 'date-parts') {
    const i = layout.parts.indexOf('year');
    const yearEl = i >= 0 ? elements[i] : undefined;
    format.yearDigits = yearEl?.getAttribute('maxlength') === '2' ? 2 : 4;
  }
  if (target?.kind === 'line' && (target.key === 'modifiers' || target.key === 'pointers')) {
    if (!layout || layout.kind === 'single') format.multiple = true;
    if (target.key === 'pointers') {
      const words = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      format.pointers =
        el.getAttribute('type') === 'checkbox'
          ? 'numbers'
          : /icd|code/i.test(words) && !(max > 0 && max <= 4)
            ? 'icd'
            : layout?.kind === 'slots' || /\b(1-4|1-12|number)/i.test(words)
              ? 'numbers'
              : 'letters';
    }
  }
  return format;
}

function firstVisible(list: NodeListOf<Element>, isVisible: (el: Element) => boolean): Element | undefined {
  for (const el of Array.from(list)) if (isVisible(el)) return el;
  return undefined;
}

const ADD_LINE =
  /\badd\b.{0,12}\b(line|row|service|detail|procedure|charge)s?\b|\[\s*\+\s*\]|add-?row|addline|add-?line|\+\s*line/i;

const BUTTONS = 'button, input[type="button"], input[type="submit"], a, [role="button"]';

function findAddLine(buttons: Element[], isVisible: (el: Element) => boolean): Element | undefined {
  const n = Math.min(buttons.length, 500);
  for (let i = 0; i < n; i++) {
    const el = buttons[i]!;
    const words = `${el.getAttribute('value') ?? ''} ${(el.textContent ?? '').slice(0, 60)} ${el.getAttribute('aria-label') ?? ''} ${el.id} ${el.getAttribute('name') ?? ''}`;
    if (ADD_LINE.test(words) && isVisible(el)) return el;
  }
  return undefined;
}

/** A composer's list of added lines: a visible table, not holding the composer, whose header names line fields. */
function findListTable(
  tables: Element[],
  composerAnchor: Element,
  isVisible: (el: Element) => boolean,
): ListTable | undefined {
  let best: ListTable | undefined;
  let bestCount = 0;
  for (const table of tables.slice(0, 50)) {
    if (table.contains(composerAnchor) || !isVisible(table)) continue;
    const grid = headerGrid(table);
    if (grid.length === 0) continue;
    const width = Math.max(...grid.map((r) => r.length));
    const columns: Partial<Record<LineKey, number>> = {};
    for (let col = 0; col < width; col++) {
      const words = grid.map((r) => r[col] ?? '').join(' ');
      const scored = scoreRoles(headerSignals(words), 'text');
      const role = scored?.role;
      if (role && LINE_KEYS.has(role) && columns[role as LineKey] === undefined)
        columns[role as LineKey] = col;
    }
    const count = Object.keys(columns).length;
    if (columns.code !== undefined && count >= 2 && count > bestCount) {
      best = { table, columns };
      bestCount = count;
    }
  }
  return best;
}

function headerSignals(text: string): Signals {
  return {
    name: [],
    label: textTokens(text),
    hint: [],
    header: [],
    near: [],
    nearRead: true,
    stopAtRow: false,
    hintRaw: '',
    indexSource: '',
  };
}

function rootElement(root: Document | Element): Element {
  return (root as Document).nodeType === 9 ? (root as Document).documentElement : (root as Element);
}

/** The lowest element holding all of `els`, crossing shadow roots to their hosts. */
function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0] ?? null;
  // Most fields sit in the light DOM under the current answer: one native `contains` each. Only a field
  // outside it walks up (crossing shadow roots) to the nearest ancestor that also holds the answer.
  for (let i = 1; i < els.length && common; i++) {
    const el = els[i]!;
    if (common.contains(el)) continue;
    const mine = new Set<Element>();
    for (let p: Element | null = el; p; p = parentOf(p)) mine.add(p);
    while (common && !mine.has(common)) common = parentOf(common);
  }
  return common;
}
