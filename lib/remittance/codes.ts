import table from '../../data/carc-rarc.tsv?tsv';
import { createCodeBook, type CodeInfo, type Explanation, type ParsedCode, type RemitKind } from './codebook';

/**
 * What a remittance code means and the usual fix on a massage claim, from `data/carc-rarc.tsv` (source
 * and date in its comment lines), bundled: for the follow-up page, the popup and the background. The
 * table is about 2.8 KB gzipped; a content script that must stay small can ask the background for
 * `CARC_RARC_TEXT` and call `createCodeBook(text)` from `codebook.ts` instead.
 */

export * from './codebook';

/** The table's text without its comment lines (what the background would send a content script). */
export const CARC_RARC_TEXT: string = table;

const book = createCodeBook(table);

export function lookupCode(kind: 'group' | RemitKind, code: string): CodeInfo | undefined {
  return book.lookup(kind, code);
}

export function listedCodes(kind: 'group' | RemitKind): CodeInfo[] {
  return book.listed(kind);
}

export function explainCode(code: ParsedCode): Explanation {
  return book.explain(code);
}
