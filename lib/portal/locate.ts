/**
 * Qualify: from the collected controls to a LocatedForm. Runs once per form (and again when rows are
 * added or a located box is hidden or shown); reading on every keystroke is read.ts and scores nothing.
 * Each step is its own module:
 *
 * 1. quick-check.ts rejects pages without a claim form before any scoring (a few attribute tests).
 * 2. candidates.ts: adapter selectors pre-qualify the elements they name; every other control is scored
 *    (roles.ts, from the signals of signals.ts).
 * 3. rows.ts: CPT/HCPCS boxes anchor the service lines; every line field gets its row.
 * 4. merge.ts and dates.ts: the candidates of one claim path become one field (split dates, modifier and
 *    pointer slots, pointer checkboxes); format.ts says how each is written.
 * 5. composer.ts: the "add line" button and a composer form's list of added lines.
 */
import { ADAPTERS } from './adapters';
import { adapterHints, pickAdapter } from './adapters/apply';
import type { PortalAdapter } from './adapters/types';
import { fromHint, pickBest, scoreControl, type Cand, type Decision } from './candidates';
import { collectControls, countControls, makeVisibility, parentOf, queryDeep } from './collect';
import { BUTTONS, findAddLine, findListTable, firstVisible } from './composer';
import { choice, contextFields, diagnosisFields, lineFields, single, taxKindRadios } from './merge';
import { mightHoldClaimForm } from './quick-check';
import { placeRows } from './rows';
import { SignalReader } from './signals';
import type { ListTable, LocatedField, LocatedForm, LocateOptions } from './types';

export { mightHoldClaimForm } from './quick-check';

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

function assemble(
  root: Document | Element,
  shadows: ShadowRoot[],
  cands: Cand[],
  adapter: PortalAdapter | undefined,
  isVisible: (el: Element) => boolean,
): LocatedForm | null {
  const anchors = cands.filter((c) => c.role === 'code' && !c.hidden).sort((a, b) => a.order - b.order);
  if (anchors.length === 0) return null;
  const placed = placeRows(cands, anchors);

  const fields: LocatedField[] = lineFields(placed.lineCands, placed.defaultCands);
  // Claim-level defaults: the best per key, only when not already a line field.
  const lineEls = new Set(fields.flatMap((f) => f.elements));
  for (const key of ['placeOfService', 'renderingNpi'] as const) {
    const best = pickBest(placed.defaultCands.filter((c) => c.role === key && !lineEls.has(c.el)));
    if (best) fields.push(single(best, `lines.*.${key}`, { kind: 'line-default', key }));
  }
  fields.push(...diagnosisFields(placed.dxCands));
  fields.push(...contextFields(placed.contextCands));
  // Box 25's SSN/EIN radios (fill only), when no adapter named them: radios are not collected or scored.
  if (!placed.contextCands.some((c) => c.role === 'fill.taxIdKind')) {
    const radios = safe(() => taxKindRadios(queryDeep(root, shadows, 'input[type="radio"]'), isVisible), []);
    if (radios.length > 1)
      fields.push(choice(radios, 'fill.taxIdKind', { kind: 'fill', key: 'taxIdKind' }, 'generic'));
  }

  const hasOtherLineField = fields.some((f) => f.target.kind === 'line' && f.target.key !== 'code');
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

function rootElement(root: Document | Element): Element {
  return (root as Document).nodeType === 9 ? (root as Document).documentElement : (root as Element);
}

/** The lowest element holding all of `els`, crossing shadow roots to their hosts. */
export function commonAncestor(els: Element[]): Element | null {
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
