/** Test helpers for the reader's unit tests: constant test markup as a document, and bare candidates. */
import type { Cand } from '../candidates';
import type { Role } from '../roles';

/** Test markup (constant strings only) as its own document. */
export function html(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

/** A generic candidate for `el` with the given role (what candidates.ts would have scored). */
export function cand(el: Element, role: Role, extra: Partial<Cand> = {}): Cand {
  return {
    el,
    kind: 'text',
    order: 0,
    role,
    score: 3,
    source: 'generic',
    explicitPtr: false,
    hidden: false,
    strength: 0,
    ...extra,
  };
}
