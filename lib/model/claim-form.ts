/**
 * The words of a claim form that the form reader, the autofill, the rules and the message schemas share,
 * as `as const` lists and plain functions. No zod here: the content scripts import this file by value, so
 * whatever it imports lands in every portal frame (the schemas built from these lists are in claim.ts and
 * lib/messages/schemas.ts).
 */
import type { ClaimDraft } from './claim';

/** Box 21's letters, in order: diagnosis pointer 1 is A. The CMS-1500 (02/12) has twelve slots, A-L. */
export const DIAGNOSIS_LETTERS = 'ABCDEFGHIJKL';

/** Box 21's letter for a 1-based pointer, or undefined past L (or for 0, a pointer to nothing). */
export function diagnosisLetter(pointer: number): string | undefined {
  return Number.isInteger(pointer) && pointer >= 1 ? DIAGNOSIS_LETTERS[pointer - 1] : undefined;
}

/**
 * What a ClaimDraft may hold, as the background accepts it from a portal page: a hostile page can put
 * anything in its inputs, so the content script clips to these (lib/messages/clip.ts) and the schema
 * refuses anything larger.
 */
export const CLAIM_LIMITS = { text: 200, list: 1000, row: 10_000 } as const;

/** A claim with nothing read yet. */
export function emptyClaimDraft(): ClaimDraft {
  return { patient: {}, referringProvider: {}, billingProvider: {}, diagnoses: [], lines: [] };
}

/**
 * The modifiers typed in one box, upper case: "59:XS", "59 XS", "59,xs", "59/XS", "59;XS" and "59|XS" are
 * all 59 and XS. Portals and people separate them with any of these (Office Ally's single box takes
 * "59:XS"); a modifier itself is two letters or digits, so none of these characters can be part of one.
 */
export function parseModifiers(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[\s:,;|/]+/)
    .filter(Boolean);
}

/** How a single-box date wants to be written (from its placeholder, title, maxlength or type). */
export const DATE_FORMATS = [
  'MM/DD/YYYY',
  'MMDDYYYY',
  'MM-DD-YYYY',
  'YYYY-MM-DD',
  'M/D/YYYY',
  'MM/DD/YY',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The boxes of a date split over several controls. */
export const DATE_PARTS = ['month', 'day', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What kind of control receives a value (what an autofill has to do to write it). */
export const CONTROL_KINDS = [
  /** `<input>` of a text-like type, `<textarea>`; MUI/ARIA comboboxes that are inputs (value = option label). */
  'text',
  /** `<input type=number>`. */
  'number',
  /** `<input type=date>` (value `YYYY-MM-DD`). */
  'date',
  'select',
  'checkbox',
  /** Radio buttons (fill-only choices such as box 25's SSN/EIN). */
  'radio',
  /** A select that is not a form control (Angular `mat-select`, ui-select): the value is text in the widget. */
  'widget',
  /** A `type=hidden` input, read as a fallback for claim-level fields only; never write into it. */
  'hidden',
  /** A cell of a composer's list table (read-only text). */
  'cell',
] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** What a pointer box holds: letters ("AB"), numbers ("12"), or the ICD code itself (Availity). */
export const POINTER_STYLES = ['letters', 'numbers', 'icd'] as const;
export type PointerStyle = (typeof POINTER_STYLES)[number];
