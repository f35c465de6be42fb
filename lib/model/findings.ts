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
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export type Finding = {
  rule: RuleId;
  severity: Severity;
  /** What is wrong and why payers deny it, in words a biller uses. */
  message: string;
  /** What to do instead. */
  fix?: string;
  /** ServiceLine.row values involved. */
  lines: number[];
  /** Claim paths involved: "lines.1.code", "diagnoses.0", "referringProvider.npi". */
  fields: string[];
};

/** `today` and every date are local calendar dates (`YYYY-MM-DD`). */
export type RuleContext = {
  today: string;
  client?: Client;
  sessions?: Session[];
  practice?: Practice;
  settings?: Partial<Settings>;
};
