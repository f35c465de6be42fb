/**
 * Read: a LocatedForm -> ClaimDraft, on every keystroke. No scoring, no queries over the page: only the
 * located elements' values (plus the rows of a composer's list table). Each field is read on its own; a
 * field that breaks (removed, replaced) is skipped, never fatal.
 */
import type { ClaimDraft, ServiceLine } from '../model/claim';
import { emptyClaimDraft } from '../model/claim-form';
import { countControls } from './collect';
import { tableRows } from './signals';
import type { ContextKey, LineKey, ListTable, LocatedField, LocatedForm, ReadResult } from './types';
import {
  checkboxPointer,
  clean,
  joinDateParts,
  normalizeIcd,
  parseCode,
  parseDate,
  parseModifierBox,
  parseCharge,
  parseNpi,
  parsePointers,
  parsePos,
  parseTaxId,
  parseText,
  parseUnits,
} from './values';

const RAW_MAX = 300;
const WIDGET_VALUE =
  '.mat-select-value-text, .mat-mdc-select-value-text, .ui-select-match-text, .select2-selection__rendered';

/** What the control shows, as text: input value, selected option value, widget text, cell text. */
export function rawValue(el: Element): string {
  switch (el.localName) {
    case 'input': {
      const input = el as HTMLInputElement;
      const type = (input.getAttribute('type') ?? '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') return input.checked ? (input.value ?? 'on') : '';
      return (input.value ?? '').slice(0, RAW_MAX);
    }
    case 'textarea':
      return ((el as HTMLTextAreaElement).value ?? '').slice(0, RAW_MAX);
    case 'select': {
      const select = el as HTMLSelectElement;
      const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      return (option?.value ?? '').slice(0, RAW_MAX);
    }
    case 'td':
    case 'th':
      return (el.textContent ?? '').slice(0, RAW_MAX);
    default: {
      const shown = el.querySelector(WIDGET_VALUE);
      if (shown) return (shown.textContent ?? '').slice(0, RAW_MAX);
      if (el.localName === 'mat-select' || el.classList.contains('ui-select-container')) return '';
      // ARIA comboboxes made of divs (MUI Select) show the chosen label as their text.
      return (el.getAttribute('aria-valuetext') ?? el.textContent ?? '')
        .replace(/\u200b/g, '')
        .slice(0, RAW_MAX);
    }
  }
}

function raw(field: LocatedField, i = 0): string {
  const el = field.elements[i];
  return el ? rawValue(el) : '';
}

/** All raw text of a field (to tell whether anything was typed in it). */
function anyTyped(field: LocatedField): boolean {
  return field.elements.some((el) => clean(rawValue(el), 8) !== '');
}

function readDate(field: LocatedField): string | undefined {
  if (field.layout.kind === 'date-parts') {
    const parts = { month: '', day: '', year: '' };
    field.layout.parts.forEach((p, i) => (parts[p] = raw(field, i)));
    return joinDateParts(parts.month, parts.day, parts.year);
  }
  return parseDate(raw(field));
}

function readPointers(field: LocatedField, diagnoses: readonly string[]): number[] {
  const layout = field.layout;
  if (layout.kind === 'checkboxes') {
    const out: number[] = [];
    field.elements.forEach((el, i) => {
      if ((el as HTMLInputElement).checked) out.push(layout.values[i] ?? i + 1);
    });
    return out;
  }
  const out: number[] = [];
  for (const el of field.elements) {
    if ((el.getAttribute('type') ?? '').toLowerCase() === 'checkbox') {
      if ((el as HTMLInputElement).checked)
        out.push(checkboxPointer(el.getAttribute('value') ?? '', el.getAttribute('name') ?? '') ?? 0);
      continue;
    }
    out.push(...parsePointers(rawValue(el), diagnoses));
  }
  return out;
}

function readModifiers(field: LocatedField): string[] {
  const out: string[] = [];
  for (const el of field.elements) out.push(...parseModifierBox(rawValue(el)));
  return out;
}

const TYPED_KEYS: LineKey[] = ['code', 'from', 'to', 'modifiers', 'units', 'charge', 'pointers'];

/**
 * One service line from its fields, or null when nothing was typed in it. Place of service and the
 * rendering NPI do not make a row "typed": portals pre-fill them (UHC puts POS 11 on line 1, Office Ally
 * copies the stored rendering NPI), and a biller does not expect warnings about a line they never touched.
 */
function readLine(
  row: number,
  fields: Partial<Record<LineKey, LocatedField>>,
  diagnoses: readonly string[],
): ServiceLine | null {
  let typed = false;
  for (const key of TYPED_KEYS) {
    const f = fields[key];
    if (f && attempt(() => anyTyped(f), false)) {
      typed = true;
      break;
    }
  }
  if (!typed) return null;
  const line: ServiceLine = { row, modifiers: [], pointers: [] };
  const set = <K extends keyof ServiceLine>(key: K, value: ServiceLine[K] | undefined) => {
    if (value !== undefined) line[key] = value;
  };
  for (const [key, f] of Object.entries(fields) as [LineKey, LocatedField][]) {
    attempt(() => {
      switch (key) {
        case 'from':
        case 'to':
          set(key, readDate(f));
          break;
        case 'code':
          set('code', parseCode(raw(f)));
          break;
        case 'placeOfService':
          set('placeOfService', parsePos(raw(f)));
          break;
        case 'modifiers':
          line.modifiers = readModifiers(f);
          break;
        case 'units':
          set('units', parseUnits(raw(f)));
          break;
        case 'charge':
          set('charge', parseCharge(raw(f)));
          break;
        case 'pointers':
          line.pointers = readPointers(f, diagnoses);
          break;
        case 'renderingNpi':
          set('renderingNpi', parseNpi(raw(f)));
          break;
      }
    }, undefined);
  }
  return line;
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function readContext(key: ContextKey, field: LocatedField): string | undefined {
  switch (key) {
    case 'patient.birthDate':
      return readDate(field);
    case 'referringProvider.npi':
    case 'billingProvider.npi':
      return parseNpi(raw(field));
    case 'billingProvider.taxId':
      return parseTaxId(raw(field));
    default:
      return parseText(raw(field));
  }
}

function setContext(draft: ClaimDraft, key: ContextKey, value: string) {
  const [group, name] = key.split('.') as [keyof ClaimDraft, string];
  (draft[group] as Record<string, string>)[name] = value;
}

export function read(form: LocatedForm): ReadResult {
  const draft = emptyClaimDraft();
  const elementsByPath = new Map<string, Element[]>();
  let stale = false;
  const dx: string[] = [];
  const rows = new Map<number, Partial<Record<LineKey, LocatedField>>>();
  const defaults: Partial<Record<LineKey, LocatedField>> = {};
  const composer: Partial<Record<LineKey, LocatedField>> = {};

  for (const field of form.fields) {
    if (!stale) for (const el of field.elements) if (!el.isConnected) stale = true;
    const t = field.target;
    switch (t.kind) {
      case 'context': {
        elementsByPath.set(field.path, field.elements);
        const value = attempt(() => readContext(t.key, field), undefined);
        if (value !== undefined) setContext(draft, t.key, value);
        break;
      }
      case 'diagnosis':
        elementsByPath.set(field.path, field.elements);
        dx[t.index] = attempt(() => normalizeIcd(raw(field)), undefined) ?? '';
        break;
      case 'line': {
        let fields = rows.get(t.row);
        if (!fields) rows.set(t.row, (fields = {}));
        fields[t.key] = field;
        break;
      }
      case 'line-default':
        defaults[t.key] = field;
        break;
      case 'composer':
        composer[t.key] = field;
        break;
    }
  }
  // Box 21 in order; "" for an empty box before a filled one; trailing empties dropped.
  let last = dx.length - 1;
  while (last >= 0 && !dx[last]) last--;
  for (let i = 0; i <= last; i++) draft.diagnoses.push(dx[i] ?? '');

  const addLine = (row: number, fields: Partial<Record<LineKey, LocatedField>>) => {
    for (const [key, f] of Object.entries(fields) as [LineKey, LocatedField][])
      elementsByPath.set(f.target.kind === 'line' && f.path ? f.path : `lines.${row}.${key}`, f.elements);
    const line = readLine(row, fields, draft.diagnoses);
    if (!line) return;
    for (const key of ['placeOfService', 'renderingNpi'] as const) {
      const fallback = defaults[key];
      if (!fallback) continue;
      if (!fields[key]) elementsByPath.set(`lines.${row}.${key}`, fallback.elements);
      if (line[key] === undefined) {
        const value = attempt(
          () => (key === 'placeOfService' ? parsePos(raw(fallback)) : parseNpi(raw(fallback))),
          undefined,
        );
        if (value !== undefined) line[key] = value;
      }
    }
    draft.lines.push(line);
  };

  if (form.composer) {
    let next = 0;
    if (form.listTable) {
      for (const cells of attempt(() => listRows(form.listTable!), [])) {
        addLine(next++, cells);
      }
    }
    addLine(next, composer);
  } else {
    for (const row of [...rows.keys()].sort((a, b) => a - b)) addLine(row, rows.get(row)!);
  }
  for (const [key, f] of Object.entries(defaults)) elementsByPath.set(`lines.*.${key}`, f.elements);

  if (!stale)
    stale = attempt(
      () => !form.container.isConnected || countControls(form.container) !== form.controlCount,
      true,
    );
  return { draft, elementsByPath, stale };
}

/** The composer's added lines, each as read-only "fields" over its cells. */
export function listRows(list: ListTable): Partial<Record<LineKey, LocatedField>>[] {
  const out: Partial<Record<LineKey, LocatedField>>[] = [];
  {
    for (const tr of tableRows(list.table).slice(0, 500)) {
      if (tr.parentElement?.localName === 'thead' || tr.querySelector('th')) continue;
      const byCol: Element[] = [];
      let col = 0;
      for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
        if (c.localName !== 'td') continue;
        const span = Math.max(1, Math.min(50, Number(c.getAttribute('colspan') ?? 1) || 1));
        for (let k = 0; k < span; k++) byCol[col + k] = c;
        col += span;
      }
      const fields: Partial<Record<LineKey, LocatedField>> = {};
      let any = false;
      for (const [key, index] of Object.entries(list.columns) as [LineKey, number][]) {
        const cell = byCol[index];
        // A cell spanning the whole row is a message ("No lines added"), not a line.
        if (!cell || Number(cell.getAttribute('colspan') ?? 1) > 2) continue;
        fields[key] = {
          path: '',
          target: { kind: 'line', row: 0, key },
          elements: [cell],
          layout: { kind: 'single' },
          format: { control: 'cell', readOnly: true },
          source: 'generic',
          score: 0,
        };
        if (clean(cell.textContent, 4)) any = true;
      }
      if (any) out.push(fields);
    }
  }
  return out;
}
