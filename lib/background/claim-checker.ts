import type { ClaimDraft, Finding, Settings } from '../model';
import { localToday } from '../dates';
import { evaluateClaimWith, type CodeTables } from '../rules/core';
import { defaultCodeTables } from '../rules';
import { isRecordsLockedError, type ClaimContext } from '../store';

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
  /** The records were locked: checked without them (a `records-locked` finding says so). */
  locked?: true;
  /** Lines past MAX_CHECKED_LINES, not checked (the panel says so); absent when all were. */
  unchecked?: number;
  /** Not run: the frame sent a newer claim while this one waited (see `isCurrent`). */
  superseded?: true;
};

/**
 * The most service lines one check evaluates. An electronic claim (837P, loop 2400) holds at most 50
 * service lines, so a longer one cannot be sent as one claim anyway; the bound keeps a hostile page's
 * 400-line claim from holding the background (shared by every tab) for seconds.
 */
export const MAX_CHECKED_LINES = 50;

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
    /**
     * `isCurrent` is asked once the records are read, right before the rules run: false (the frame has
     * sent a newer claim since) skips the evaluation, whose answer nobody would show.
     */
    async check(
      draft: ClaimDraft,
      pickedClientId?: string,
      isCurrent: () => boolean = () => true,
    ): Promise<ClaimCheck> {
      const key = `${identityKey(draft.patient)}|${pickedClientId ?? ''}`;
      let context = contexts.get(key);
      // Locked records are never cached: the first check after an unlock reads them.
      if (!context) {
        if (contexts.size > 20) contexts.clear(); // a handful of claims at a time; never grow without bound
        const getPicked = deps.getPickedClient;
        context = deps
          .getClaimContext(draft.patient)
          .then(async (ctx) =>
            ctx.client || !pickedClientId || !getPicked
              ? ctx
              : { ...ctx, ...(await getPicked(pickedClientId)) },
          )
          // Once per patient, not once per keystroke.
          .then(withoutNames);
        contexts.set(key, context);
        context.catch(() => contexts.delete(key));
      }
      const [ctx, codeTables] = await Promise.all([
        context.catch((error: unknown) => {
          if (isRecordsLockedError(error)) return LOCKED;
          throw error;
        }),
        tables(),
      ]);
      if (!isCurrent()) return { findings: [], matched: Boolean(ctx.client), superseded: true };
      const lines = draft.lines.slice(0, MAX_CHECKED_LINES);
      const unchecked = draft.lines.length - lines.length;
      const findings = evaluateClaimWith({ ...draft, lines }, { today: today(), ...ctx }, codeTables);
      // Locked records change what every other finding means (the record checks did not run): the panel
      // lists that note first, not under the errors.
      if (ctx === LOCKED)
        findings.sort((a, b) => Number(b.rule === 'records-locked') - Number(a.rule === 'records-locked'));
      return {
        findings,
        matched: Boolean(ctx.client),
        ...(ctx === LOCKED ? { locked: true as const } : {}),
        ...(unchecked > 0 ? { unchecked } : {}),
      };
    },
    /** Records changed somewhere: forget cached contexts. */
    invalidate() {
      contexts.clear();
    },
  };
}

/** What a check reads while the records are locked: nothing of the practice's (the rules' defaults). */
const LOCKED: ClaimContext & { recordsLocked: true } = {
  sessions: [],
  settings: {} as Settings,
  recordsLocked: true,
};

/**
 * The records as the findings for a portal page may use them: without the client's name, the prescribers'
 * names or the payer's claim numbers. The findings are drawn in the portal's own document, where a page
 * script can read any text (`window.find`, selection); so they say "this client" and "the prescriber",
 * and the popup's checklist, drawn in our own page, names them. What the rules compare (NPIs, dates,
 * diagnoses, codes) is kept.
 */
export function withoutNames(ctx: ClaimContext): ClaimContext {
  const { client } = ctx;
  return {
    ...ctx,
    ...(client
      ? {
          client: {
            ...client,
            firstName: '',
            lastName: '',
            prescriptions: client.prescriptions.map((rx) => ({
              ...rx,
              prescriber: { ...rx.prescriber, firstName: '', lastName: '' },
            })),
          },
        }
      : {}),
    sessions: ctx.sessions.map((s) => ({ ...s, payerClaimNumber: '' })),
  };
}
