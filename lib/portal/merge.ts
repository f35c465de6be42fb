/**
 * Merge: the candidates of one claim path become one LocatedField. The best score wins a single-value
 * path (a name or adapter row beats a DOM row); modifier and pointer slots join in document order;
 * pointer checkboxes carry the diagnosis each stands for; box 21 slots come from names or order.
 */
import { DATE_ROLES, pickBest, type Cand, type FieldBody } from './candidates';
import { mergeDate } from './dates';
import { formatOf } from './format';
import type { ContextKey, FieldLayout, FieldTarget, FillKey, LineKey, LocatedField } from './types';
import { checkboxPointer } from './values';

/** One choice of radio buttons: their values in order (`S`, `E`). */
export function choice(
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
export function taxKindRadios(radios: Element[], isVisible: (el: Element) => boolean): Element[] {
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

export function single(c: Cand, path: string, target: FieldTarget): LocatedField {
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

export function mergeLineField(list: Cand[], role: LineKey, onLoser: (c: Cand) => void): FieldBody | null {
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

export function diagnosisFields(list: Cand[]): LocatedField[] {
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

/**
 * Box 24: one field per row and role. A weaker claimant of a single-value path may be the claim-level
 * value (Availity's claim POS): it joins `defaults`.
 */
export function lineFields(lineCands: Cand[], defaults: Cand[]): LocatedField[] {
  const fields: LocatedField[] = [];
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
    const field = mergeLineField(list, role, (loser) => {
      if ((role === 'placeOfService' || role === 'renderingNpi') && loser.strength < 2) defaults.push(loser);
    });
    if (field)
      fields.push({ ...field, path: `lines.${row}.${role}`, target: { kind: 'line', row, key: role } });
  }
  return fields;
}

/** Claim-level fields: an adapter's choice first, then what a person can see; hidden inputs only as a fallback. */
export function contextFields(contextCands: Cand[]): LocatedField[] {
  const fields: LocatedField[] = [];
  const byContext = new Map<ContextKey, Cand[]>();
  for (const c of contextCands) {
    const k = c.role as ContextKey;
    const list = byContext.get(k);
    if (list) list.push(c);
    else byContext.set(k, [c]);
  }
  for (const [key, list] of byContext) {
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
  return fields;
}
