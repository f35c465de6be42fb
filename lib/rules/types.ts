import type { Finding, RuleId, Severity } from '../model/findings';
import type { UnitRule } from '../model/settings';
import type { IcdLookup } from './helpers/icd';
import type { MueIndex } from './tables/mue';
import type { NcciIndex } from './tables/ncci';

/** A public page a rule rests on (titles and URLs from docs/reference/domain.md). */
export type RuleSource = { title: string; url: string };

/**
 * One rule of DESIGN.md's table: one file per rule (`lib/rules/<id>.ts`), registered once in `RULES`
 * (registry.ts). Everything the README says about a rule is here, so the README is generated from it.
 * `check` reads the prepared input only (never the raw claim or context), so odd input cannot reach it.
 */
export type Rule<Id extends RuleId = RuleId> = {
  id: Id;
  /** A short title for the UI ("Codes NCCI pays only one of"). */
  title: string;
  /** What the rule checks, in a sentence or two (README, "about this check"). */
  checks: string;
  /** The severities this rule can report, most serious first. */
  severities: readonly Severity[];
  sources: readonly RuleSource[];
  /** What the rule deliberately leaves alone (README, and the UI's "about this check"). */
  doesNotCheck: string;
  /** What the check needs the saved client for: named in `client-unmatched` when there is none. */
  needsClient?: string;
  check(input: RuleInput): Finding[];
};

/** A rule with its id kept as a literal type, so the registry can check each key names its own rule. */
export function defineRule<const Id extends RuleId>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** The code tables a check reads. Built once with `createCodeTables`; replaceable without a code change. */
export type CodeTables = {
  /** ICD-10-CM billable codes; absent means `icd-invalid` checks the format only. */
  icd?: IcdLookup;
  ncci: NcciIndex;
  /** Practitioner MUE values (units of one code per date). */
  mue: MueIndex;
};

/**
 * A service line after preparation: codes and modifiers NFKC-normalised, format characters (zero-width
 * spaces) removed, trimmed and upper-cased; numbers left as they came.
 */
export type Line = {
  row: number;
  from?: string;
  to?: string;
  /** `from` when it is a real calendar date; the date every same-day check uses. */
  dos?: string;
  code?: string;
  modifiers: string[];
  units?: number;
  pointers: number[];
  renderingNpi?: string;
};

/** Boxes 10a-c, 11b and 14 as read from the form (DESIGN.md `ClaimDraft.injury`). */
export type InjuryFacts = {
  /** Box 14 as typed (trimmed). */
  date?: string;
  employment?: boolean;
  autoAccident?: boolean;
  autoAccidentState?: string;
  otherAccident?: boolean;
  /** Box 11b. */
  claimNumber?: string;
};

export type Rx = {
  prescriber: string;
  writtenOn?: string;
  expiresOn?: string;
  visitsAuthorized?: number;
};

export type ClaimKind = 'health' | 'auto' | 'workers-comp';

export type ClientFacts = {
  id?: string;
  name: string;
  payerName: string;
  claimKind: ClaimKind;
  /** The auto or workers' comp carrier's claim number on file (box 11b). */
  claimNumber: string;
  /** The date of injury on file (box 14), when it is a real date. */
  dateOfInjury?: string;
  verifiedOn?: string;
  prescriptions: Rx[];
  otherVisits: { date: string; providerType: string }[];
};

export type SessionFacts = {
  id?: string;
  date: string;
  minutes: number;
  status: string;
  billedOn?: string;
  payerClaimNumber: string;
  denialCodes: string[];
  /** Per-code minutes where the therapist recorded them. */
  lines: { code: string; minutes?: number }[];
};

/** The client's payer rule, settled (codes normalised like the claim's). */
export type PayerRuleFacts = {
  payerName: string;
  requiresRx?: boolean;
  requiredModifiers: { codes: ReadonlySet<string>; modifier: string }[];
  coveredCodes?: ReadonlySet<string>;
  visitsPerYear?: number;
};

export type ResolvedSettings = {
  unitRule: UnitRule;
  filingLimitDays: number;
  eligibilityFreshnessDays: number;
  /** Where the unit rule and the filing limit came from, for the message ("Aetna's payer rule"). */
  unitRuleSource: 'default' | 'settings' | 'payer';
  filingLimitSource: 'default' | 'settings' | 'payer';
  payerName: string;
  /** The payer rule matched on the client's payer name, if any. */
  payerRule?: PayerRuleFacts;
};

export type RuleInput = {
  today: string;
  lines: Line[];
  /** Lines with a real date of service, by that date (claim order kept). */
  linesByDate: Map<string, Line[]>;
  /** Box 21 in order, NFKC-normalised and trimmed ("" for an empty slot). */
  diagnoses: string[];
  referringNpi: string;
  billingNpi: string;
  /** Boxes 10, 11b and 14, when the form has them. */
  injury?: InjuryFacts;
  client?: ClientFacts;
  /** The client's sessions on the claim's dates, by date (empty without a client). */
  sessionsByDate: Map<string, SessionFacts[]>;
  /** Dates of the client's sessions that used a visit (done, billed, paid, denied), sorted. */
  usedVisitDates: string[];
  /** The session the claim is drawn from (popup, superbill): never its own duplicate. */
  claimSessionId?: string;
  settings: ResolvedSettings;
  tables: CodeTables;
  /** The records are locked: no client, practice or settings could be read (`records-locked`). */
  recordsLocked: boolean;
  /** What the client-dependent rules check (their `needsClient`), for `client-unmatched`. */
  clientChecks: string[];
};
