import type { ClaimDraft } from '../model/claim';
import type { Finding, RuleContext } from '../model/findings';
import { createCodeTables, evaluateClaimWith } from './core';
import type { CodeTables } from './types';
import { fullIcdLookup } from './tables/icd-codes';

/**
 * The rule library with its full tables (DESIGN.md contract): `evaluateClaim(claim, context)`.
 * For the popup, options, background and tests. The content script imports `./core` instead and
 * passes the ICD code list it gets from the background (see core.ts).
 */

export * from './core';
export { RULES } from './registry';
export { describeCpt } from './tables/cpt-descriptions';
export { ICD_CODES_TEXT, fullIcdLookup, icdStatus, isBillableIcd } from './tables/icd-codes';

let tables: CodeTables | undefined;

/** The tables `evaluateClaim` uses: the full ICD-10-CM subset and the built-in NCCI edits. */
export function defaultCodeTables(): CodeTables {
  tables ??= createCodeTables({ icdCodes: fullIcdLookup() });
  return tables;
}

export function evaluateClaim(claim: ClaimDraft, context: RuleContext): Finding[] {
  return evaluateClaimWith(claim, context, defaultCodeTables());
}
