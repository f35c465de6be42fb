import type { ClaimDraft, Finding } from '../model';
import type { AutofillClientsReply, AutofillPlanReply, FormInfo } from '../autofill/types';

/**
 * The messages the background accepts, named by who sends them (Dark Reader's convention). Types only:
 * the content script imports this file without pulling zod; the background validates every message
 * against the schemas in `schemas.ts` before acting on it.
 */

/** Content script -> background. */
export type ContentToBackground =
  { type: 'check-claim'; draft: ClaimDraft } | { type: 'remittance-codes' } | AutofillRequest;

/**
 * Autofill (lib/autofill): plan a fill of the located form (the client matched on the form, or the one
 * picked; the default or the picked session), and find clients by name for the picker.
 */
export type AutofillRequest =
  | { type: 'autofill-plan'; form: FormInfo; clientId?: string; sessionId?: string }
  | { type: 'autofill-clients'; query: string }
  /** Load the autofill script into the asking frame (on the first fill). */
  | { type: 'autofill-load' };

/** Background -> content script: the keyboard command or the context menu asked for a fill. */
export type BackgroundToContent = { type: 'autofill-trigger' };

/** What the background answers, by request type. */
export type ContentResponses = {
  'check-claim': CheckClaimReply;
  'remittance-codes': RemittanceCodesReply;
  'autofill-plan': AutofillPlanReply;
  'autofill-clients': AutofillClientsReply;
};

/** The CARC/RARC table (data/carc-rarc.tsv) as text, for the remittance explainer. */
export type RemittanceCodesReply = { table: string };

export type CheckClaimReply = {
  findings: Finding[];
  /** Whether a saved client matched the patient on the form. */
  matched: boolean;
};

/** A refusal: the message was not accepted (unknown sender or type, malformed). */
export type Refusal = { refused: string };

export type MessageType = ContentToBackground['type'];
