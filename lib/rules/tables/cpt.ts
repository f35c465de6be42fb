import excludedText from '../../../data/excluded-codes.tsv?tsv';
import timedText from '../../../data/timed-codes.tsv?tsv';
import { tsvRows } from './tsv';

/**
 * The small CPT/HCPCS tables the checks read (data/excluded-codes.tsv, data/timed-codes.tsv): codes
 * outside a massage therapist's scope with the reason, timed and untimed codes. Small enough for the
 * content script; the descriptions (data/cpt-codes.tsv) are in cpt-descriptions.ts.
 */

const EXCLUDED = new Map(tsvRows(excludedText).map(([code, reason]) => [code!, reason ?? '']));
const TIMED = new Map(tsvRows(timedText).map(([code, timed]) => [code!, timed === 'yes']));

/** Codes 97010 is bundled under (Medicare status B): never paid separately. */
export const BUNDLED_CODES: ReadonlySet<string> = new Set(['97010']);

/**
 * Every code in scope: the codes the timed table classifies, the same set as data/cpt-codes.tsv (a test
 * keeps them equal). `parseNcciPtp` filters the CMS file to these.
 */
export function knownCptCodes(): string[] {
  return [...TIMED.keys()];
}

/** True for a code outside a massage therapist's scope (97110, 97112, 98940...). */
export function isExcludedCode(code: string): boolean {
  return EXCLUDED.has(code.trim().toUpperCase());
}

/** Why a code is outside a massage therapist's scope ("therapeutic exercise, a physical ... service"). */
export function excludedReason(code: string): string | undefined {
  return EXCLUDED.get(code.trim().toUpperCase());
}

/** True for a timed code (billed per 15 minutes), false for an untimed one, undefined when unknown. */
export function isTimedCode(code: string): boolean | undefined {
  // Codes from the prepared claim are already upper case: look them up without a new string.
  return TIMED.get(code) ?? TIMED.get(String(code).trim().toUpperCase());
}
