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
  /**
   * The records of a client picked in a frame's autofill panel: they stand for the patient when the form
   * names nobody the records know (UHC's 2016 page keeps the patient in hidden inputs).
   */
  getPickedClient?(clientId: string): Promise<Pick<ClaimContext, 'client' | 'sessions'>>;
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
    async check(draft: ClaimDraft, pickedClientId?: string): Promise<ClaimCheck> {
      const key = `${identityKey(draft.patient)}|${pickedClientId ?? ''}`;
      let context = contexts.get(key);
      if (!context) {
        if (contexts.size > 20) contexts.clear(); // a handful of claims at a time; never grow without bound
        const getPicked = deps.getPickedClient;
        context = deps
          .getClaimContext(draft.patient)
          .then(async (ctx) =>
            ctx.client || !pickedClientId || !getPicked
              ? ctx
              : { ...ctx, ...(await getPicked(pickedClientId)) },
          );
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
