import type { Client, Practice, Session, Settings } from '../model';

/**
 * The messages the background accepts, named by who sends them (Dark Reader's convention). Types only:
 * the content script imports this file without pulling zod; the background validates every message
 * against the schemas in `schemas.ts` before acting on it.
 */

/** The patient fields of a claim form that identify a saved client. */
export type PatientIdentity = {
  lastName?: string;
  firstName?: string;
  birthDate?: string;
  memberId?: string;
};

/** Content script -> background. */
export type ContentToBackground =
  { type: 'claim-context'; patient: PatientIdentity } | { type: 'code-tables' };

/** What the background answers, by request type. */
export type ContentResponses = {
  'claim-context': ClaimContextReply;
  'code-tables': CodeTablesReply;
};

export type ClaimContextReply = {
  /** The saved client matching the patient, if any, with only that client's sessions. */
  client?: Client;
  sessions: Session[];
  practice?: Practice;
  settings: Settings;
};

export type CodeTablesReply = {
  /** Billable ICD-10-CM codes of the shipped subset, one per line. */
  icdCodes: string;
  /** NCCI edits the practice loaded from a CMS quarterly file, as that file's text; absent: the shipped table. */
  ncciText?: string;
};

export type MessageType = ContentToBackground['type'];
