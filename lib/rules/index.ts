import type { ClaimDraft } from '../model/claim';
import type { Finding, RuleContext } from '../model/findings';
import { createCodeTables, evaluateClaimWith } from './core';
import type { CodeTables } from './types';
import { fullIcdLookup } from './tables/icd-codes';

/**
 * The rule library with its full tables (DESIGN.md contract): `evaluateClaim(claim, context)`.
 * For the popup, options, background and tests. Code that must not pull the ICD-10-CM list imports
 * `./core` (the same library with `evaluateClaimWith` and the tables it is given).
 */

export * from './core';
export { describeCpt } from './tables/cpt-descriptions';
export { ICD_CODES_TEXT, fullIcdLookup, icdStatus, isBillableIcd } from './tables/icd-codes';

let tables: CodeTables | undefined;

/** The tables `evaluateClaim` uses: the full ICD-10-CM subset and the built-in NCCI and MUE tables. */
export function defaultCodeTables(): CodeTables {
  tables ??= createCodeTables({ icdCodes: fullIcdLookup() });
  return tables;
}

export function evaluateClaim(claim: ClaimDraft, context: RuleContext): Finding[] {
  return evaluateClaimWith(claim, context, defaultCodeTables());
}
