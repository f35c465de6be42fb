/**
 * Candidates: one control with the role its words (or an adapter) give it, before rows and merging.
 * Scoring is roles.ts; this file decides which signals are read (the text nearby only when the control's
 * own words leave it open) and carries what later steps need (name numbers, date part, pointer words).
 */
import type { AdapterHint } from './adapters/apply';
import { controlKind, type Control } from './collect';
import { datePart, looksLikeDate, saysPointer, scoreRoles, type Role } from './roles';
import type { RawTexts, SignalReader, Signals } from './signals';
import { nameIndex, type NameIndex } from './tokens';
import type { ControlKind, DatePart, LocatedField } from './types';

/** Box 24 fields (the roles that live on service lines). */
export const LINE_KEYS = new Set<string>([
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
/** Roles whose value is a date (and may be split into month, day and year boxes). */
export const DATE_ROLES = new Set<string>([
  'from',
  'to',
  'patient.birthDate',
  'fill.injuryDate',
  'fill.accidentDate',
]);

/** Claim-level roles are dotted (`patient.memberId`, `fill.taxonomy`); line roles and `diagnosis` are not. */
export function isContextRole(role: Role): boolean {
  return role.includes('.');
}

export function isRadio(el: Element): boolean {
  return el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';
}

export type Cand = {
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

/** A control an adapter named: its role is given, it skips scoring. */
export function fromHint(
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
export type Decision = { role: Role; score: number; explicitPtr: boolean; part?: DatePart } | null;

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

/** A scored control, or null when nothing reaches a role (or a person cannot see it). */
export function scoreControl(
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

/** A located field before its path is known. */
export type FieldBody = Omit<LocatedField, 'path' | 'target'>;

/** The strongest row source first, then the higher score, then the earlier control. */
export function pickBest(list: Cand[]): Cand | undefined {
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
