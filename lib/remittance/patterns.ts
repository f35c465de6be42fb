/**
 * The shapes of remittance codes, shared by the page finder (content script: keep this file tiny and
 * dependency-free) and the code table lookup.
 */

export type RemitKind = 'carc' | 'rarc';
/** Claim adjustment group codes (CR, "corrections and reversals", is retired and not accepted). */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI';
export const GROUP_CODES: readonly GroupCode[] = ['CO', 'PR', 'OA', 'PI'];
export const GROUP_PATTERN = '(?:CO|PR|OA|PI)';

/** CARC numbers run from 1 to the 300s; letter codes are A0-A8, B1-B23, D1-D23, P1-P30, W1-W9, Y1-Y3. */
export const CARC_PATTERN = '(?:[1-9]\\d{0,2}|[ABDPWY]\\d{1,2})';
/** RARC: M1-M144, MA01-MA130, N1-N8xx. */
export const RARC_PATTERN = '(?:MA\\d{2,3}|M\\d{1,3}|N\\d{1,3})';
