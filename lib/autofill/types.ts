/**
 * The plain data the autofill passes between its steps (Bitwarden's split): the content script COLLECTS
 * the located form's fields with what they hold now (`FormInfo`), the background PLANS which value goes
 * into which element, formatted for that box (`FillPlan`), and the content script FILLS and can undo.
 * Types only: the content script imports this file without pulling anything else.
 */

/** What the content script collects (`FieldInfo`, `FormInfo`): inferred from the message's schema. */
export type { FieldInfo, FormInfo } from '../messages/schemas';

/** One write: element `e` of the field gets value `v`, or is checked / unchecked (`c`). */
export type Write = { e: number; v?: string; c?: boolean };

export type PlannedField = {
  /** Index of the field in `FormInfo.fields`. */
  f: number;
  /** What a person calls the box ("Line 2 units", "Member ID"). */
  label: string;
  /** What it shows now and what it would show (for the old -> new prompt). */
  old: string;
  new: string;
  /** The box holds a different value: filled only if the person agrees. */
  conflict: boolean;
  writes: Write[];
};

/** A box we have a value for but do not fill, and why ("read-only", "pick it in the portal's list"). */
export type Skipped = { label: string; why: string };

/** A client to choose from: as little as tells people apart (name and birth year). */
export type ClientChoice = { id: string; label: string };
export type SessionChoice = { id: string; label: string };

export type FillPlan = {
  status: 'ok';
  client: ClientChoice;
  sessions: SessionChoice[];
  /** The session whose lines are planned, if any. */
  sessionId?: string;
  /** Rows to add through the portal's "add line" control before filling (then plan again). */
  addRows: number;
  fields: PlannedField[];
  skipped: Skipped[];
};

export type AutofillPlanReply =
  | FillPlan
  /** No saved client matches the patient on the form: let the person pick one. */
  | { status: 'pick-client' }
  /** Not allowed here (a frame of another origin that is not enabled), or nothing to fill with. */
  | { status: 'blocked'; reason: string };

/**
 * `limited`: this frame searched too often in a short time; nothing was looked up. `locked`: the records
 * are locked (the picker says to unlock them in the popup).
 */
export type AutofillClientsReply = { clients: ClientChoice[]; limited?: true; locked?: true };
