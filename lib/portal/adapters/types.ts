import type { DatePart } from '../types';

/**
 * A portal adapter is DATA: where a known portal's claim form lives and which selectors name its fields.
 * It shortcuts the generic locator (its elements skip scoring); everything it does not name still goes
 * through the generic locator, and the generic locator alone must still read the portal (tested).
 */
export type PortalAdapter = {
  id: string;
  name: string;
  /** Addresses of the document holding the form (frame URLs included). Globs: `*` matches anything. */
  urls: string[];
  /** Where the form sits on the live site, e.g. `iframe#Iframe9` (the content script runs in that frame). */
  frame?: string;
  /**
   * A selector only this portal's claim form matches. The adapter also applies where the URL is not the
   * portal's (saved copies, local test pages), when this matches.
   */
  signature: string;
  // (The fixtures each adapter is tested on are listed in its conventions test, not shipped with it.)
  /** The portal's "add line" control. */
  addLine?: string;
  fields: AdapterField[];
};

export type AdapterField = {
  /**
   * Claim path the matched elements hold. `#` stands for the row (`lines.#.code`) or the box 21 slot
   * (`diagnoses.#`), taken from the element with `index`; `lines.*.renderingNpi` is a claim-level default.
   */
  path: string;
  selector: string;
  /**
   * Applied to the element's id, then its name: the first capture group is the row or slot number. Rows
   * are ranked, so 0-based and 1-based numbering both give row 0 for the first line.
   */
  index?: RegExp;
  /** The element is one box of a split date. */
  part?: DatePart;
  /** Also accept `type=hidden` inputs (claim-level fields a portal only keeps hidden). */
  hidden?: boolean;
  /** How many elements the selector matches in the adapter's first fixture (the conventions test checks it). */
  count: number;
};
