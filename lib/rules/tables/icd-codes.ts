import icdCodesText from '../../../data/icd10cm-massage-subset.tsv?codes';
import { icdLookupFromText, normaliseIcd, type IcdLookup } from '../helpers/icd';

/**
 * The full ICD-10-CM subset (data/icd10cm-massage-subset.tsv), codes only: 84 KB of text, 27 KB
 * gzipped. Not for the content script: the background imports this and sends `ICD_CODES_TEXT` to it.
 */

/** The code list as one string: a `# ranges:` line, then undotted codes one a line. */
export const ICD_CODES_TEXT: string = icdCodesText;

let lookup: IcdLookup | undefined;
/** The lookup over the full subset, built on first use (about 11,400 codes). */
export function fullIcdLookup(): IcdLookup {
  lookup ??= icdLookupFromText(icdCodesText);
  return lookup;
}

/**
 * True when the shipped ICD-10-CM list holds the code (dotted or undotted, any case). False for a
 * category header (M54.5) and for codes outside the list's ranges, which it cannot vouch for: use
 * `icdStatus` to tell those apart.
 */
export function isBillableIcd(code: string): boolean {
  return fullIcdLookup().status(normaliseIcd(code)) === 'billable';
}

/** 'billable', 'not-billable' (inside the list's ranges, absent) or 'outside' (format check only). */
export function icdStatus(code: string) {
  return fullIcdLookup().status(normaliseIcd(code));
}
