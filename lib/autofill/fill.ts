/**
 * Fill (content script): write planned values into the page the way a person's typing arrives, so React,
 * Angular, Vue and plain pages all register them: the element's native value setter (React's value
 * tracker sits on the element itself and must not see the write), then bubbling `input` and `change`,
 * then `blur`/`focusout` for portals that format on blur. Checkboxes and radios are clicked. Every
 * element's prior state is kept for Undo. A write is checked after the page had a turn; one that did not
 * hold is tried once more.
 *
 * Right before writing, each element is checked again: still on the page, enabled, not read-only, and
 * visible to a person (visible.ts): a field with any box nobody could see is left alone and reported. Nothing here submits, and nothing but form controls is touched.
 */
import type { LocatedForm } from '../portal/types';
import type { PlannedField, Write } from './types';
import { visibleToAPerson } from './visible';

/** One element's state before the fill, and what the fill put there. */
export type Change = { el: HTMLInputElement; before: string | boolean; wrote: string | boolean };

/** `hidden`: fields left alone because a box of theirs is one a person cannot see (visible.ts). */
export type FillOutcome = { changes: Change[]; filled: string[]; failed: string[]; hidden: string[] };

const isToggle = (el: Element) => /^(checkbox|radio)$/i.test(el.getAttribute('type') ?? '');

function writable(el: Element): el is HTMLInputElement {
  const input = el as HTMLInputElement;
  return !(!el.isConnected || input.disabled || input.readOnly);
}

function fire(el: Element, type: string, bubbles = true) {
  const View = (el.ownerDocument.defaultView ?? globalThis) as unknown as { Event: typeof Event };
  el.dispatchEvent(new View.Event(type, { bubbles, composed: true }));
}

/** The value setter of the element's prototype chain (not an own property a framework put there). */
function setNative(el: HTMLInputElement, value: string) {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const set = Object.getOwnPropertyDescriptor(p, 'value')?.set;
    if (set) return set.call(el, value);
  }
  el.value = value;
}

export function current(el: HTMLInputElement): string | boolean {
  return isToggle(el) ? el.checked : el.value;
}

/** Holds `to`, allowing for a portal's own formatting on blur ("841234567" shown as "84-1234567"). */
export function holds(el: HTMLInputElement, to: string | boolean): boolean {
  const now = current(el);
  if (typeof to === 'boolean' || typeof now === 'boolean') return now === to;
  const bare = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return now === to || bare(now) === bare(to);
}

/** Puts `to` into the element with the events a person's input makes. */
export function put(el: HTMLInputElement, to: string | boolean) {
  if (typeof to === 'boolean') {
    if (el.checked !== to) el.click();
    if (el.checked !== to) {
      // A page that swallowed the click: set it and announce it.
      el.checked = to;
      fire(el, 'input');
      fire(el, 'change');
    }
    return;
  }
  setNative(el, to);
  fire(el, 'input');
  fire(el, 'change');
  fire(el, 'blur', false);
  fire(el, 'focusout');
}

export const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Applies the planned fields' writes; `changes` is what Undo needs. */
export async function applyFill(form: LocatedForm, planned: readonly PlannedField[]): Promise<FillOutcome> {
  const changes: Change[] = [];
  const filled: string[] = [];
  const failed: string[] = [];
  const hidden: string[] = [];
  const pending: { el: HTMLInputElement; to: string | boolean; label: string }[] = [];
  for (const field of planned) {
    const els = form.fields[field.f]?.elements ?? [];
    const todo: [HTMLInputElement, string | boolean][] = [];
    let blocked: 'failed' | 'hidden' | null = null;
    for (const w of field.writes as Write[]) {
      const el = els[w.e] as HTMLInputElement | undefined;
      const to = w.c ?? w.v;
      if (!el || to === undefined || current(el) === to) continue; // nothing to change here
      // A radio's other choices may be styled away behind a label; the one written must be visible.
      if ((el.getAttribute('type') ?? '').toLowerCase() === 'hidden' || !visibleToAPerson(el))
        blocked = 'hidden';
      else if (!writable(el)) blocked = 'failed';
      if (blocked) break;
      todo.push([el, to]);
    }
    if (blocked) {
      (blocked === 'hidden' ? hidden : failed).push(field.label);
      continue;
    }
    for (const [el, to] of todo) {
      changes.push({ el, before: current(el), wrote: to });
      put(el, to);
      pending.push({ el, to, label: field.label });
    }
    filled.push(field.label);
  }
  // Verify once the page had a turn (frameworks re-render), try once more, verify again.
  for (let attempt = 0; attempt < 2; attempt++) {
    await turn();
    const wrong = pending.filter((p) => !holds(p.el, p.to));
    if (attempt === 0) for (const p of wrong) put(p.el, p.to);
    else
      for (const p of wrong)
        if (!failed.includes(p.label)) {
          failed.push(p.label);
          filled.splice(filled.indexOf(p.label), 1);
        }
  }
  return { changes, filled, failed, hidden };
}
