import type { ClaimDraft, Finding } from '../model';
import { localToday } from '../dates';
import { evaluateClaimWith, type CodeTables } from '../rules/core';
import { defaultCodeTables } from '../rules';
import type { ClaimContext } from '../store';

/**
 * Checks the claims content scripts read, in the background: the rule library and its big tables stay out
 * of the 30 KB content script, and the client's records never reach the portal's renderer process. The
 * matched client's context is cached per patient identity and dropped when any record changes, so a
 * keystroke costs one evaluation, not a storage read.
 */
export type ClaimCheck = {
  findings: Finding[];
  /** Whether a saved client matched the patient (the panel says which checks ran). */
  matched: boolean;
};

export function createClaimChecker(deps: {
  getClaimContext(patient: ClaimDraft['patient']): Promise<ClaimContext>;
  /** The code tables to check with (may load them: the practice's NCCI quarter is in storage). */
  tables?: () => CodeTables | Promise<CodeTables>;
  today?: () => string;
}) {
  const contexts = new Map<string, Promise<ClaimContext>>();
  const tables = deps.tables ?? defaultCodeTables;
  const today = deps.today ?? (() => localToday());

  const identityKey = (p: ClaimDraft['patient']) =>
    JSON.stringify([p.memberId ?? '', p.lastName ?? '', p.firstName ?? '', p.birthDate ?? '']);

  return {
    async check(draft: ClaimDraft): Promise<ClaimCheck> {
      const key = identityKey(draft.patient);
      let context = contexts.get(key);
      if (!context) {
        if (contexts.size > 20) contexts.clear(); // a handful of claims at a time; never grow without bound
        context = deps.getClaimContext(draft.patient);
        contexts.set(key, context);
        context.catch(() => contexts.delete(key));
      }
      const [ctx, codeTables] = await Promise.all([context, tables()]);
      const findings = evaluateClaimWith(draft, { today: today(), ...ctx }, codeTables);
      return { findings, matched: Boolean(ctx.client) };
    },
    /** Records changed somewhere: forget cached contexts. */
    invalidate() {
      contexts.clear();
    },
  };
}
