import type { Client } from './client';
import type { Practice } from './practice';
import type { Session } from './session';
import type { Settings } from './settings';

/** Every rule id of DESIGN.md's table. Tests outside the project rely on these strings. */
export const RULE_IDS = [
  'ncci-pair',
  'excluded-code',
  'bundled-code',
  'rx-missing',
  'rx-expired',
  'rx-visits-exhausted',
  'same-day-provider',
  'units-time',
  'dos-invalid',
  'timely-filing',
  'npi-invalid',
  'icd-invalid',
  'pointer-invalid',
  'duplicate-line',
  'eligibility-unverified',
  'client-unmatched',
  'duplicate-claim',
  'injury-info-missing',
  'units-exceed-mue',
  'dx-procedure-mismatch',
  'payer-modifier-missing',
  'payer-not-covered',
  'payer-visit-limit',
  'records-locked',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * What the payer will do with the claim as it stands: `rejected`, returned unprocessed (a front-end
 * rejection: fix it and send it again); `denied`, processed and refused (the line or the claim);
 * `may-deny`, denied by some payers or when the notes do not support it.
 */
export const FINDING_OUTCOMES = ['rejected', 'denied', 'may-deny'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

export type Finding = {
  rule: RuleId;
  severity: Severity;
  /** What is wrong and what the payer will do, in words a biller uses. */
  message: string;
  /** What to change, and where (the CMS-1500 box). */
  fix?: string;
  /** ServiceLine.row values involved. */
  lines: number[];
  /** Claim paths involved: "lines.1.code", "diagnoses.0", "referringProvider.npi". */
  fields: string[];
  /** Whether the payer will reject the claim outright or may deny it; absent on notes that only inform. */
  outcome?: FindingOutcome;
  /** The CMS-1500 boxes to change ("24D", "17b"), in the order the fix names them. */
  boxes?: string[];
  /** The reason behind the finding for whoever wants it: the edit, its table, the payer's policy. */
  why?: string;
};

/** `today` and every date are local calendar dates (`YYYY-MM-DD`). */
export type RuleContext = {
  today: string;
  client?: Client;
  sessions?: Session[];
  practice?: Practice;
  settings?: Partial<Settings>;
  /**
   * The session this claim bills, when the claim is drawn from one (the popup checklist, the superbill):
   * that session is the claim itself, never a duplicate of it.
   */
  claimSessionId?: string;
  /**
   * The records are locked (a passphrase is set and nobody has unlocked them): there is no client,
   * practice or settings to check against, and `records-locked` says so instead of `client-unmatched`.
   */
  recordsLocked?: boolean;
};
