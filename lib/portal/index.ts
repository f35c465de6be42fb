/**
 * The form reader (DESIGN.md "Reading portal forms"). Three calls:
 * - `locateClaimForm(root)`: finds and qualifies the claim form once (null on pages without one; cheap);
 * - `readLocatedForm(form)`: the ClaimDraft and the path -> element map, on every keystroke (no scoring);
 * - `readClaimForm(root)`: both in one go (the DESIGN.md contract).
 * See README.md for how the locator scores and how to add a portal adapter.
 */
import type { ClaimDraft } from '../model/claim';
import { emptyClaimDraft } from '../model/claim-form';
import { locate } from './locate';
import { listRows, read } from './read';
import type { LocatedField, LocatedForm, LocateOptions, ReadResult } from './types';

export type * from './types';
export type { PortalAdapter, AdapterField } from './adapters/types';

/** The claim form in `root` (a document or an element), or null when it holds none. Never throws. */
export function locateClaimForm(root: Document | Element, options?: LocateOptions): LocatedForm | null {
  try {
    return locate(root, options);
  } catch {
    return null;
  }
}

/** Reads a located form: the ClaimDraft, where each claim path lives, and whether to locate again. */
export function readLocatedForm(form: LocatedForm): ReadResult {
  try {
    return read(form);
  } catch {
    return { draft: emptyClaimDraft(), elementsByPath: new Map(), stale: true };
  }
}

/** The ClaimDraft of the form in `root`; an empty draft when there is no claim form. Never throws. */
export function readClaimForm(root: Document | Element, options?: LocateOptions): ClaimDraft {
  const form = locateClaimForm(root, options);
  return form ? readLocatedForm(form).draft : emptyClaimDraft();
}

/**
 * The located field for a claim path, for writing into it (autofill): `lines.3.code`, `diagnoses.0`,
 * `patient.memberId`. A line without its own place of service or rendering NPI gets the claim-level
 * field; on a composer form, `lines.N.x` with N past the list is the composer's field.
 */
export function fieldForPath(form: LocatedForm, path: string): LocatedField | undefined {
  const exact = form.fields.find((f) => f.path === path);
  if (exact) return exact;
  const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return undefined;
  const key = m[2]!;
  if (form.composer) {
    // Lines already in the list are table cells (read-only); the next row is the composer.
    const listed = form.listTable ? listRows(form.listTable).length : 0;
    if (Number(m[1]) !== listed) return undefined;
    return form.fields.find((f) => f.target.kind === 'composer' && f.target.key === key);
  }
  return form.fields.find((f) => f.path === `lines.*.${key}`);
}
