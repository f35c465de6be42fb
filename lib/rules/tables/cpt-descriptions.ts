import cptText from '../../../data/cpt-codes.tsv?tsv';
import { tsvRows } from './tsv';

/** Plain descriptions of the codes in scope (data/cpt-codes.tsv), for the superbill and the popup. */
const DESCRIPTIONS = new Map(tsvRows(cptText).map(([code, text]) => [code!, text ?? '']));

/** "Massage therapy, each 15 minutes" for "97124"; undefined for a code not in the table. */
export function describeCpt(code: string): string | undefined {
  return DESCRIPTIONS.get(String(code).trim().toUpperCase());
}
