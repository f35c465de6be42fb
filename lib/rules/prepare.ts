import type { ClaimDraft } from '../model/claim';
import type { RuleContext } from '../model/findings';
import type { UnitRule } from '../model/settings';
import { localToday } from '../dates';
import { cleanCode, cleanText } from './helpers/codes';
import { isRealDate } from './helpers/dates';
import type {
  ClaimKind,
  ClientFacts,
  CodeTables,
  InjuryFacts,
  Line,
  PayerRuleFacts,
  ResolvedSettings,
  Rx,
  RuleInput,
  SessionFacts,
} from './types';

/**
 * Turns whatever the form reader and the store handed over into the plain, checked shape the rules read.
 * DESIGN.md: the rules take the context as given and never reject it for fields it lacks; and
 * `evaluateClaim` never throws. Everything that could be missing, the wrong type, NaN or garbage is
 * settled here once, so no rule has to be defensive. Codes, modifiers and NPIs are read after Unicode
 * normalisation here too (helpers/codes.ts), so every caller of the rules gets `97\u200B110` as 97110.
 */

export const DEFAULTS = {
  unitRule: 'cms-8-minute',
  filingLimitDays: 365,
  eligibilityFreshnessDays: 30,
} as const;

/** Session statuses that use up a visit on a prescription (DESIGN.md). */
const USED_STATUSES = new Set(['done', 'billed', 'paid', 'denied']);
/** Enough to compare session dates as strings; a session's date only matters next to real claim dates. */
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function prepare(
  claim: ClaimDraft,
  context: RuleContext,
  tables: CodeTables,
): Omit<RuleInput, 'clientChecks'> {
  const c = record(claim);
  const ctx = record(context);
  const today = isRealDate(ctx.today) ? ctx.today : localToday();

  const lines: Line[] = [];
  list(c.lines).forEach((raw, index) => {
    if (!raw || typeof raw !== 'object') return;
    lines.push(prepareLine(raw as Record<string, unknown>, index));
  });
  const linesByDate = new Map<string, Line[]>();
  for (const line of lines) {
    if (!line.dos) continue;
    const group = linesByDate.get(line.dos);
    if (group) group.push(line);
    else linesByDate.set(line.dos, [line]);
  }

  const client = ctx.client && typeof ctx.client === 'object' ? prepareClient(record(ctx.client)) : undefined;
  // A client may have hundreds of sessions: only those on the claim's dates are read in full (minutes
  // and lines, for units-time); the rest give just their date, and only when they used a visit.
  const sessionsByDate = new Map<string, SessionFacts[]>();
  const usedVisitDates: string[] = [];
  if (client) {
    for (const raw of list(ctx.sessions)) {
      const s = record(raw);
      if (typeof s.clientId === 'string' && client.id !== undefined && s.clientId !== client.id) continue;
      const date = text(s.date);
      if (!date || !ISO_SHAPE.test(date)) continue;
      const status = text(s.status) ?? '';
      if (USED_STATUSES.has(status)) usedVisitDates.push(date);
      if (!linesByDate.has(date)) continue;
      const billedOn = text(s.billedOn);
      const facts: SessionFacts = {
        ...(typeof s.id === 'string' ? { id: s.id } : {}),
        date,
        minutes: finiteOr(s.minutes, 0),
        status,
        ...(billedOn && isRealDate(billedOn) ? { billedOn } : {}),
        payerClaimNumber: cleanText(s.payerClaimNumber),
        denialCodes: list(s.denialCodes).map(cleanCode).filter(Boolean),
        lines: list(s.lines).map((l) => {
          const line = record(l);
          const minutes = line.minutes;
          return {
            code: cleanCode(line.code),
            ...(typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0 ? { minutes } : {}),
          };
        }),
      };
      const group = sessionsByDate.get(date);
      if (group) group.push(facts);
      else sessionsByDate.set(date, [facts]);
    }
  }
  usedVisitDates.sort();
  const injury = c.injury && typeof c.injury === 'object' ? prepareInjury(record(c.injury)) : undefined;
  const claimSessionId = typeof ctx.claimSessionId === 'string' ? ctx.claimSessionId : undefined;

  return {
    today,
    lines,
    linesByDate,
    diagnoses: list(c.diagnoses).map(cleanText),
    referringNpi: cleanCode(record(c.referringProvider).npi),
    billingNpi: cleanCode(record(c.billingProvider).npi),
    ...(injury ? { injury } : {}),
    client,
    usedVisitDates,
    sessionsByDate,
    ...(claimSessionId ? { claimSessionId } : {}),
    recordsLocked: ctx.recordsLocked === true,
    settings: resolveSettings(record(ctx.settings), client?.payerName ?? ''),
    tables,
  };
}

function prepareLine(raw: Record<string, unknown>, index: number): Line {
  const row = typeof raw.row === 'number' && Number.isInteger(raw.row) && raw.row >= 0 ? raw.row : index;
  const from = text(raw.from);
  const to = text(raw.to);
  const code = cleanCode(raw.code);
  const line: Line = {
    row,
    modifiers: list(raw.modifiers).map(cleanCode).filter(Boolean),
    pointers: list(raw.pointers).map((p) => (typeof p === 'number' ? p : Number.NaN)),
  };
  if (from) line.from = from;
  if (to) line.to = to;
  if (from && isRealDate(from)) line.dos = from;
  if (code) line.code = code;
  if (typeof raw.units === 'number') line.units = raw.units;
  const npi = cleanCode(raw.renderingNpi);
  if (npi) line.renderingNpi = npi;
  return line;
}

function prepareInjury(raw: Record<string, unknown>): InjuryFacts {
  const facts: InjuryFacts = {};
  const date = cleanText(raw.date);
  if (date) facts.date = date;
  for (const key of ['employment', 'autoAccident', 'otherAccident'] as const) {
    if (typeof raw[key] === 'boolean') facts[key] = raw[key];
  }
  const state = cleanCode(raw.autoAccidentState);
  if (state) facts.autoAccidentState = state;
  const claimNumber = cleanText(raw.claimNumber);
  if (claimNumber) facts.claimNumber = claimNumber;
  return facts;
}

const CLAIM_KINDS: readonly ClaimKind[] = ['health', 'auto', 'workers-comp'];

function prepareClient(raw: Record<string, unknown>): ClientFacts {
  const name = [text(raw.firstName), text(raw.lastName)].filter(Boolean).join(' ');
  const verifiedOn = text(record(raw.eligibility).verifiedOn);
  const payer = record(raw.payer);
  const kind = CLAIM_KINDS.find((k) => k === payer.claimKind) ?? 'health';
  const dateOfInjury = text(payer.dateOfInjury);
  return {
    ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    name: name || 'this client',
    payerName: text(payer.name) ?? '',
    claimKind: kind,
    claimNumber: cleanText(payer.claimNumber),
    ...(dateOfInjury && isRealDate(dateOfInjury) ? { dateOfInjury } : {}),
    ...(verifiedOn && isRealDate(verifiedOn) ? { verifiedOn } : {}),
    prescriptions: list(raw.prescriptions)
      .filter((p) => p && typeof p === 'object')
      .map((p) => prepareRx(record(p))),
    otherVisits: list(raw.otherVisits).flatMap((v) => {
      const visit = record(v);
      const date = text(visit.date);
      return date && isRealDate(date) ? [{ date, providerType: text(visit.providerType) ?? '' }] : [];
    }),
  };
}

function prepareRx(raw: Record<string, unknown>): Rx {
  const p = record(raw.prescriber);
  const name = [text(p.firstName), text(p.lastName)].filter(Boolean).join(' ');
  const credential = text(p.credential);
  const prescriber = name ? (credential ? `${name}, ${credential}` : name) : 'the prescriber';
  const writtenOn = text(raw.writtenOn);
  const expiresOn = text(raw.expiresOn);
  const visits = raw.visitsAuthorized;
  return {
    prescriber,
    ...(writtenOn && isRealDate(writtenOn) ? { writtenOn } : {}),
    ...(expiresOn && isRealDate(expiresOn) ? { expiresOn } : {}),
    ...(typeof visits === 'number' && Number.isFinite(visits) && visits >= 0
      ? { visitsAuthorized: Math.floor(visits) }
      : {}),
  };
}

/**
 * The settings that apply to a client's payer: a per-payer rule (payer name matched with case and
 * spaces ignored) over the practice's settings over the defaults. Exported so the checklist and the
 * follow-up views read the same unit rule and filing limit the rules do.
 */
export function resolveSettings(raw: Record<string, unknown>, payerName: string): ResolvedSettings {
  const payer = payerKey(payerName);
  const payerRule = payer
    ? list(raw.payerRules)
        .map(record)
        .find((r) => typeof r.payerName === 'string' && samePayer(r.payerName, payer))
    : undefined;

  let unitRule: UnitRule = DEFAULTS.unitRule;
  let unitRuleSource: ResolvedSettings['unitRuleSource'] = 'default';
  if (isUnitRule(payerRule?.unitRule)) {
    unitRule = payerRule.unitRule;
    unitRuleSource = 'payer';
  } else if (isUnitRule(raw.unitRule)) {
    unitRule = raw.unitRule;
    unitRuleSource = raw.unitRule === DEFAULTS.unitRule ? 'default' : 'settings';
  }

  let filingLimitDays: number = DEFAULTS.filingLimitDays;
  let filingLimitSource: ResolvedSettings['filingLimitSource'] = 'default';
  if (isPositiveInt(payerRule?.filingLimitDays)) {
    filingLimitDays = payerRule.filingLimitDays;
    filingLimitSource = 'payer';
  } else if (isPositiveInt(raw.filingLimitDays)) {
    filingLimitDays = raw.filingLimitDays;
    filingLimitSource = raw.filingLimitDays === DEFAULTS.filingLimitDays ? 'default' : 'settings';
  }

  return {
    unitRule,
    unitRuleSource,
    filingLimitDays,
    filingLimitSource,
    eligibilityFreshnessDays: isPositiveInt(raw.eligibilityFreshnessDays)
      ? raw.eligibilityFreshnessDays
      : DEFAULTS.eligibilityFreshnessDays,
    payerName: payerName.trim(),
    ...(payerRule ? { payerRule: preparePayerRule(payerRule, payerName.trim()) } : {}),
  };
}

/** A payer rule's codes read like the claim's (NFKC, format characters removed, upper case). */
function preparePayerRule(raw: Record<string, unknown>, payerName: string): PayerRuleFacts {
  const codes = (value: unknown) => new Set(list(value).map(cleanCode).filter(Boolean));
  const facts: PayerRuleFacts = {
    payerName,
    requiredModifiers: list(raw.requiredModifiers).flatMap((r) => {
      const req = record(r);
      const modifier = cleanCode(req.modifier);
      const set = codes(req.codes);
      return modifier && set.size > 0 ? [{ codes: set, modifier }] : [];
    }),
  };
  if (typeof raw.requiresRx === 'boolean') facts.requiresRx = raw.requiresRx;
  if (Array.isArray(raw.coveredCodes)) facts.coveredCodes = codes(raw.coveredCodes);
  const visits = raw.visitsPerYear;
  if (typeof visits === 'number' && Number.isInteger(visits) && visits >= 0 && visits < 100_000)
    facts.visitsPerYear = visits;
  return facts;
}

/** DESIGN.md: payer rules are matched on the client's payer name, case and spaces ignored. */
export function payerKey(name: string): string {
  return cleanText(name).toLowerCase().replace(/\s+/g, '');
}

function samePayer(ruleName: string, key: string): boolean {
  return payerKey(ruleName) === key;
}

function isUnitRule(value: unknown): value is UnitRule {
  return value === 'cms-8-minute' || value === 'ama-midpoint';
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** A copy of an array with its holes as undefined; [] for anything else. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? Array.from(value) : [];
}

/** A trimmed non-empty string, or undefined. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t || undefined;
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
