import type { Finding } from '../model/findings';
import type { AutofillPlanReply } from '../autofill/types';
import type {
  AutofillRequest,
  CheckerRequest,
  FillFrameAct,
  FillFrameRequest,
  PartLoadRequest,
} from './schemas';

/**
 * The messages the background accepts, named by who sends them (Dark Reader's convention). Types only:
 * the requests are inferred from the schemas in `schemas.ts` (imported type-only, so the content script
 * does not pull zod), which the background validates every message against before acting on it.
 */

export type { AutofillRequest, CheckerRequest, FillFrameAct, FillFrameRequest, PartLoadRequest };

/** Content script -> background. */
export type ContentToBackground = CheckerRequest | AutofillRequest | PartLoadRequest;

/**
 * Background -> content script: the keyboard command or the context menu asked for a fill; a person
 * pressed something in this frame's fill frame (lib/background/fill-frames.ts).
 */
export type BackgroundToContent =
  | { type: 'autofill-trigger' }
  /** What the findings rest on changed (records locked, unlocked or saved): read the form and check again. */
  | { type: 'recheck' }
  | { type: 'fill-frame-act'; act: FillFrameAct; point?: { x: number; y: number } }
  | { type: 'fill-frame-size'; height: number };

/** What the background answers, by request type. */
export type ContentResponses = {
  'check-claim': CheckClaimReply;
  'remittance-codes': RemittanceCodesReply;
  'autofill-plan': AutofillPlanReply;
  'fill-frame-open': { token: string } | { refused: string };
};

/** The CARC/RARC table (data/carc-rarc.tsv) as text, for the remittance explainer. */
export type RemittanceCodesReply = { table: string };

export type CheckClaimReply = {
  findings: Finding[];
  /** Whether a saved client matched the patient on the form. */
  matched: boolean;
  /** The records are locked: checked without them (the findings hold one `records-locked`). */
  locked?: true;
  /** Lines past the checked limit (MAX_CHECKED_LINES), left unchecked; absent when every line was checked. */
  unchecked?: number;
  /** A newer check from the same frame came in first: this one was not run, and its answer means nothing. */
  superseded?: true;
};

/** A refusal: the message was not accepted (unknown sender or type, malformed). */
export type Refusal = { refused: string };

export type MessageType = ContentToBackground['type'];
