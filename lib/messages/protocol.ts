import type { ClaimDraft, Finding } from '../model';

/**
 * The messages the background accepts, named by who sends them (Dark Reader's convention). Types only:
 * the content script imports this file without pulling zod; the background validates every message
 * against the schemas in `schemas.ts` before acting on it.
 */

/** Content script -> background. */
export type ContentToBackground = { type: 'check-claim'; draft: ClaimDraft } | { type: 'remittance-codes' };

/** What the background answers, by request type. */
export type ContentResponses = {
  'check-claim': CheckClaimReply;
  'remittance-codes': RemittanceCodesReply;
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
