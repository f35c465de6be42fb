import type { ClaimDraft } from '../model/claim';
import type { Finding, RuleContext, Severity } from '../model/findings';
import { icdLookupFromText, type IcdLookup } from './helpers/icd';
import { finding } from './helpers/text';
import { prepare } from './prepare';
import { RULE_LIST } from './registry';
import { builtInMueEntries, indexMue, parseMue, type MueEntry } from './tables/mue';
import { builtInNcciEdits, indexNcci, parseNcciPtp, type NcciEdit } from './tables/ncci';
import type { CodeTables, RuleInput } from './types';

/**
 * The rule library without the big ICD-10-CM list: for code that must not pull it (the follow-up
 * view's settings resolver, the options page's NCCI loader, the background, which builds the tables
 * from the practice's NCCI file). `index.ts` is this plus the full list and `evaluateClaim`.
 */

export { RULES, RULE_LIST } from './registry';
export { payerKey, resolveSettings } from './prepare';
export type { ResolvedSettings } from './types';
export type { CodeTables, Rule, RuleSource } from './types';
export { cleanCode, cleanText } from './helpers/codes';
export { isValidNpi, npiProblem } from './helpers/npi';
export { icdLookupFromText, isIcdFormat, normaliseIcd, type IcdLookup, type IcdStatus } from './helpers/icd';
export {
  amaUnits,
  cmsDistribution,
  cmsUnits,
  isCmsSplit,
  type CodeMinutes,
  type CodeUnits,
} from './helpers/units';
export { NCCI_MODIFIERS, ncciModifierOf, type NcciModifier } from './helpers/modifiers';
export { excludedReason, isExcludedCode, isTimedCode, knownCptCodes } from './tables/cpt';
export { massageDiagnosisRanges, massageRangeOf } from './tables/massage-diagnoses';
export {
  builtInMueEntries,
  indexMue,
  parseMue,
  type MueEntry,
  type MueIndex,
  type MueParseResult,
} from './tables/mue';
export {
  builtInNcciEdits,
  indexNcci,
  parseNcciPtp,
  type NcciEdit,
  type NcciIndex,
  type NcciParseResult,
} from './tables/ncci';

export type CodeTableSources = {
  /** The ICD-10-CM code list: text (one code a line, optional `# ranges:` line) or a built lookup. */
  icdCodes?: string | IcdLookup;
  /** NCCI PTP edits: parsed rows or a file's text (this project's table or the CMS file); default built-in. */
  ncciEdits?: readonly NcciEdit[] | string;
  /** Same as `icdCodes` given as text (the name the content script's message carries). */
  icdText?: string;
  /** Same as `ncciEdits` given as a file's text. */
  ncciText?: string;
  /** Practitioner MUE values: parsed rows or a file's text (this project's table or the CMS CSV). */
  mue?: readonly MueEntry[] | string;
};

/**
 * The tables the rules read. Without an ICD list, `icd-invalid` checks the format only; without NCCI
 * edits or MUE values, the built-in tables (data/) are used. Never throws.
 */
export function createCodeTables(sources: CodeTableSources = {}): CodeTables {
  const icdCodes = sources.icdCodes ?? sources.icdText;
  const ncciEdits = sources.ncciEdits ?? sources.ncciText;
  const parsed = typeof ncciEdits === 'string' ? parseNcciPtp(ncciEdits).edits : ncciEdits;
  // A file with no usable row (wrong file picked) must not switch a check off: keep the built-in table.
  const edits = Array.isArray(parsed) && parsed.length > 0 ? parsed : builtInNcciEdits();
  const mueParsed =
    typeof sources.mue === 'string'
      ? parseMue(sources.mue, { source: 'the loaded MUE file' }).entries
      : sources.mue;
  const mue = Array.isArray(mueParsed) && mueParsed.length > 0 ? mueParsed : builtInMueEntries();
  const tables: CodeTables = { ncci: indexNcci(edits), mue: indexMue(mue) };
  if (typeof icdCodes === 'string') tables.icd = icdLookupFromText(icdCodes);
  else if (icdCodes) tables.icd = icdCodes;
  return tables;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CLIENT_CHECKS = RULE_LIST.flatMap((r) => (r.needsClient ? [r.needsClient] : []));

/**
 * Runs every rule on a claim draft. Never throws, whatever the draft and context hold: odd values are
 * settled by `prepare`, and a rule that still fails reports that it could not run (never a silent pass).
 * Findings come errors first, then warnings, then info; within a severity in RULES (display) order, then
 * as found.
 */
export function evaluateClaimWith(claim: ClaimDraft, context: RuleContext, tables: CodeTables): Finding[] {
  let input: RuleInput | undefined;
  try {
    input = { ...prepare(claim, context, tables), clientChecks: CLIENT_CHECKS };
  } catch {
    // Unreachable for data (prepare only reads); if it ever happens, every check says it did not run.
  }
  const findings: Finding[] = [];
  for (const rule of RULE_LIST) {
    try {
      if (!input) throw new Error('no input');
      findings.push(...rule.check(input));
    } catch {
      findings.push(
        finding(rule.id, {
          severity: 'info',
          message: `The "${rule.title}" check could not run on this claim, so it has not been checked.`,
          fix: 'Check this by hand before sending the claim.',
        }),
      );
    }
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
