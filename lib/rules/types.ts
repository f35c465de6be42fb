import type { Finding, RuleId, Severity } from '../model/findings';
import type { UnitRule } from '../model/settings';
import type { IcdLookup } from './helpers/icd';
import type { NcciIndex } from './tables/ncci';

/** A public page a rule rests on (titles and URLs from docs/reference/domain.md). */
export type RuleSource = { title: string; url: string };

/**
 * What a rule runs: its id, a short title for the UI, and the check. This is all the content script
 * bundles (`core.ts`); the sources and the `doesNotCheck` sentence travel in `Rule`.
 */
export type RuleCheck = {
  id: RuleId;
  /** A short title for the UI ("Codes NCCI pays only one of"). */
  title: string;
  /** What the check needs the saved client for: named in `client-unmatched` when there is none. */
  needsClient?: string;
  check(input: RuleInput): Finding[];
};

/**
 * One rule of DESIGN.md's table: one file per rule (`lib/rules/<id>.ts`), registered in `registry.ts`.
 * `check` reads the prepared input only (never the raw claim or context), so odd input cannot reach it.
 */
export type Rule = RuleCheck & {
  /** The severities this rule can report, most serious first. */
  severities: readonly Severity[];
  sources: readonly RuleSource[];
  /** What the rule deliberately leaves alone (README, and the UI's "about this check"). */
  doesNotCheck: string;
};

/**
 * A rule's check with its sources and `doesNotCheck`. Called with a PURE annotation in each rule file, so
 * a bundle that only runs the checks (the content script) drops the prose.
 */
export function withMeta(
  check: RuleCheck,
  meta: { severities: readonly Severity[]; sources: readonly RuleSource[]; doesNotCheck: string },
): Rule {
  return { ...check, ...meta };
}

/** The code tables a check reads. Built once with `createCodeTables`; replaceable without a code change. */
export type CodeTables = {
  /** ICD-10-CM billable codes; absent means `icd-invalid` checks the format only. */
  icd?: IcdLookup;
  ncci: NcciIndex;
};

/** A service line after preparation: strings trimmed and upper-cased, numbers left as they came. */
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

export type Rx = {
  prescriber: string;
  writtenOn?: string;
  expiresOn?: string;
  visitsAuthorized?: number;
};

export type ClientFacts = {
  id?: string;
  name: string;
  payerName: string;
  verifiedOn?: string;
  prescriptions: Rx[];
  otherVisits: { date: string; providerType: string }[];
};

export type SessionFacts = {
  date: string;
  minutes: number;
  status: string;
  /** Per-code minutes where the therapist recorded them. */
  lines: { code: string; minutes?: number }[];
};

export type ResolvedSettings = {
  unitRule: UnitRule;
  filingLimitDays: number;
  eligibilityFreshnessDays: number;
  /** Where the unit rule and the filing limit came from, for the message ("Aetna's payer rule"). */
  unitRuleSource: 'default' | 'settings' | 'payer';
  filingLimitSource: 'default' | 'settings' | 'payer';
  payerName: string;
};

export type RuleInput = {
  today: string;
  lines: Line[];
  /** Lines with a real date of service, by that date (claim order kept). */
  linesByDate: Map<string, Line[]>;
  diagnoses: string[];
  referringNpi: string;
  billingNpi: string;
  client?: ClientFacts;
  /** The client's sessions on the claim's dates, by date (empty without a client). */
  sessionsByDate: Map<string, SessionFacts[]>;
  /** Dates of the client's sessions that used a visit (done, billed, paid, denied), sorted. */
  usedVisitDates: string[];
  settings: ResolvedSettings;
  tables: CodeTables;
  /** What the client-dependent rules check (their `needsClient`), for `client-unmatched`. */
  clientChecks: string[];
};
