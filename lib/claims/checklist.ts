import type { ClaimDraft, Client, Finding, Practice, RuleId, Session, Settings, UnitRule } from '../model';
import { daysBetween } from '../dates';
import {
  amaUnits,
  cmsDistribution,
  cmsUnits,
  evaluateClaim,
  isTimedCode,
  isValidNpi,
  resolveSettings,
} from '../rules';
import { coversDate, prescriptionFor, sessionToClaimDraft } from './from-session';

/**
 * The per-session checklist the therapist sees (DESIGN.md markers: `data-check`, `data-check-state`).
 * Each item passes, fails or could not be checked, and says why. The rule-backed items read the same
 * `evaluateClaim` the portals get, on the session turned into its claim, so the popup and the inline
 * warnings never disagree; the rest (license, NPIs on file, SOAP notes) are facts of the records.
 */
export const CHECK_IDS = [
  'license',
  'npi',
  'rx',
  'eligibility',
  'same-day',
  'codes',
  'units',
  'soap',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckState = 'pass' | 'fail' | 'unknown';
export type ChecklistItem = {
  id: CheckId;
  label: string;
  state: CheckState;
  /** One sentence: what passed, what is wrong, or why it could not be checked. */
  why: string;
  /** Further findings or notes (fixes, info-level findings). */
  details: string[];
  /** The one action that fixes a failed item, where the popup can take it (see ChecklistFix). */
  fix?: ChecklistFix;
};

/**
 * What the popup can do about a failed item, as data (the page draws the button or link):
 * set the timed lines' units to what the minutes support, mark the SOAP notes done, record the
 * eligibility check as done today, open the prescription form, or open Settings at a section.
 */
export type ChecklistFix =
  | { kind: 'set-units'; units: { line: number; units: number }[]; label: string }
  | { kind: 'mark-soap'; label: string }
  | { kind: 'verify-eligibility'; label: string }
  | { kind: 'add-prescription'; label: string }
  | { kind: 'open-settings'; section: 'practice'; label: string };

const STATE_ORDER: Record<CheckState, number> = { fail: 0, unknown: 1, pass: 2 };

/** DESIGN.md's order: failed items first, then not checked, then passed; the marker order within each. */
export function orderChecklist(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => STATE_ORDER[a.item.state] - STATE_ORDER[b.item.state] || a.i - b.i)
    .map(({ item }) => item);
}

export type ChecklistInput = {
  session: Session;
  client: Client;
  /** The client's sessions (the session itself may be among them). */
  sessions: readonly Session[];
  practice: Practice;
  settings: Settings;
  today: string;
};

const LABELS: Record<CheckId, string> = {
  license: 'License on file',
  npi: 'NPIs valid',
  rx: 'Prescription covers the visit',
  eligibility: 'Eligibility verified',
  'same-day': 'No other provider that day',
  codes: 'Codes pass the claim checks',
  units: 'Units match the minutes',
  soap: 'SOAP notes done',
};

/** Which checklist item a finding of the rule library belongs to; everything else is `codes`. */
const ITEM_OF_RULE: Partial<Record<RuleId, CheckId>> = {
  'rx-missing': 'rx',
  'rx-expired': 'rx',
  'rx-visits-exhausted': 'rx',
  'eligibility-unverified': 'eligibility',
  'same-day-provider': 'same-day',
  'units-time': 'units',
  'units-exceed-mue': 'units',
  'payer-visit-limit': 'eligibility',
  'client-unmatched': undefined,
};

const USED_STATUSES = new Set(['done', 'billed', 'paid', 'denied']);

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const { session, client, practice } = input;
  const findings = evaluate(input);
  const byItem = new Map<CheckId, Finding[]>();
  for (const f of findings ?? []) {
    if (f.rule === 'client-unmatched') continue;
    const item = f.rule === 'npi-invalid' ? npiItemOf(f) : (ITEM_OF_RULE[f.rule] ?? 'codes');
    byItem.set(item, [...(byItem.get(item) ?? []), f]);
  }
  const ruleItem = (id: CheckId, pass: () => string, unknown?: () => string | undefined): ChecklistItem => {
    if (!findings) return item(id, 'unknown', 'The claim checks could not run on this session.');
    const why = unknown?.();
    if (why) return item(id, 'unknown', why);
    const found = byItem.get(id) ?? [];
    const serious = found.filter((f) => f.severity !== 'info');
    if (serious.length) {
      return item(id, 'fail', serious[0]!.message, [
        ...serious.slice(1).map((f) => f.message),
        ...serious.flatMap((f) => (f.fix ? [`Fix: ${f.fix}`] : [])),
        ...serious.flatMap((f) => (f.why ? [`Why: ${f.why}`] : [])),
      ]);
    }
    return item(
      id,
      'pass',
      pass(),
      found.map((f) => f.message),
    );
  };

  const hasLines = session.lines.some((l) => l.code.trim());
  const items = [
    licenseItem(practice),
    npiItem(practice, byItem.get('npi') ?? []),
    ruleItem('rx', () => rxPassText(input)),
    ruleItem('eligibility', () => `Verified on ${client.eligibility.verifiedOn}, before the session.`),
    ruleItem('same-day', () => sameDayPassText(client, session.date)),
    ruleItem(
      'codes',
      () =>
        `${session.lines.map((l) => l.code).join(', ')}: no bundling, scope, diagnosis or pointer problem found.`,
      () => (hasLines ? undefined : 'No service lines yet: add the codes billed for this session.'),
    ),
    ruleItem(
      'units',
      () => unitsPassText(input),
      () => {
        if (!hasLines) return 'No service lines yet.';
        if (session.minutes <= 0 && session.lines.some((l) => isTimedCode(l.code) === true)) {
          return 'Minutes not recorded: enter how long the session took to check the units.';
        }
        return undefined;
      },
    ),
    soapItem(session, input.today),
  ];
  return orderChecklist(items.map((i) => (i.state === 'fail' ? withFix(i, input, byItem) : i)));
}

/** The action that fixes a failed item, where one exists. */
function withFix(i: ChecklistItem, input: ChecklistInput, byItem: Map<CheckId, Finding[]>): ChecklistItem {
  const fix = fixFor(i.id, input, byItem.get(i.id) ?? []);
  return fix ? { ...i, fix } : i;
}

function fixFor(id: CheckId, input: ChecklistInput, found: Finding[]): ChecklistFix | undefined {
  const { session, client, settings, practice } = input;
  const rules = new Set(found.map((f) => f.rule));
  switch (id) {
    case 'license':
      return { kind: 'open-settings', section: 'practice', label: 'Add the license in Settings, Practice' };
    case 'npi':
      // The practice's own NPIs (billing, rendering) are kept in Settings; a referring NPI is the rx item's.
      return {
        kind: 'open-settings',
        section: 'practice',
        label: practice.billingNpi.trim()
          ? 'Fix the NPI in Settings, Practice'
          : 'Add the NPI in Settings, Practice',
      };
    case 'rx':
      return rules.has('rx-missing') || rules.has('rx-expired') || rules.has('rx-visits-exhausted')
        ? { kind: 'add-prescription', label: 'Add a prescription' }
        : undefined;
    case 'eligibility':
      // Verifying today only fixes a session on or after today (it must be verified before the visit).
      return rules.has('eligibility-unverified') && session.date >= input.today
        ? { kind: 'verify-eligibility', label: 'Eligibility verified today' }
        : undefined;
    case 'units': {
      if (!rules.has('units-time')) return undefined;
      const suggestion = suggestUnits(session, unitRuleFor(settings, client.payer.name));
      const timed = session.lines
        .map((l, line) => ({ l, line }))
        .filter(({ l }) => isTimedCode(l.code) === true);
      if (timed.length === 0 || !timed.every(({ line }) => suggestion.perLine.has(line))) return undefined;
      const units = timed
        .map(({ l, line }) => ({ line, units: suggestion.perLine.get(line)!, was: l.units }))
        .filter((u) => u.units !== u.was)
        .map(({ line, units }) => ({ line, units }));
      if (units.length === 0) return undefined;
      const total = timed.reduce((n, { line }) => n + suggestion.perLine.get(line)!, 0);
      return {
        kind: 'set-units',
        units,
        label: `Set ${total} unit${total === 1 ? '' : 's'}, as the ${session.minutes} minutes support`,
      };
    }
    case 'soap':
      return { kind: 'mark-soap', label: 'Mark SOAP notes done' };
    default:
      return undefined;
  }
}

function item(id: CheckId, state: CheckState, why: string, details: string[] = []): ChecklistItem {
  return { id, label: LABELS[id], state, why, details };
}

/** The rule library's findings on this session's claim, or undefined if it could not run. */
function evaluate({
  session,
  client,
  sessions,
  practice,
  settings,
  today,
}: ChecklistInput): Finding[] | undefined {
  try {
    const draft: ClaimDraft = sessionToClaimDraft(session, client, practice);
    // A session without lines still has a date the prescription, eligibility and same-day checks can judge.
    if (draft.lines.length === 0)
      draft.lines = [{ row: 0, from: session.date, modifiers: [], pointers: [1] }];
    const others = sessions.filter((s) => s.id !== session.id);
    return evaluateClaim(draft, {
      // A session booked ahead is judged as of its own date (not "a date in the future").
      today: session.date > today ? session.date : today,
      client,
      sessions: [...others, session],
      practice,
      settings,
      // The claim is this session's own: it is not a duplicate of itself once billed.
      claimSessionId: session.id,
    });
  } catch {
    return undefined;
  }
}

function npiItemOf(f: Finding): CheckId {
  return f.fields.some((path) => path.startsWith('referringProvider')) ? 'rx' : 'npi';
}

function licenseItem(practice: Practice): ChecklistItem {
  const number = practice.licenseNumber.trim();
  const state = practice.licenseState.trim();
  if (!number)
    return item(
      'license',
      'fail',
      'No massage therapy license number on file: add it in Settings, Practice.',
    );
  if (!/^[A-Za-z]{2}$/.test(state)) {
    return item(
      'license',
      'fail',
      `License ${number} has no state on file: add the two-letter state in Settings, Practice.`,
    );
  }
  return item('license', 'pass', `License ${number} (${state.toUpperCase()}) on file.`);
}

function npiItem(practice: Practice, findings: Finding[]): ChecklistItem {
  const billing = practice.billingNpi.trim();
  const rendering = practice.renderingNpi.trim();
  if (!billing) return item('npi', 'fail', 'No billing NPI on file (box 33a): add it in Settings, Practice.');
  if (!isValidNpi(billing)) {
    return item(
      'npi',
      'fail',
      `The billing NPI ${billing} is not valid (10 digits with a correct check digit).`,
    );
  }
  if (rendering && !isValidNpi(rendering)) {
    return item(
      'npi',
      'fail',
      `The rendering NPI ${rendering} is not valid (10 digits with a correct check digit).`,
    );
  }
  const serious = findings.filter((f) => f.severity !== 'info');
  if (serious.length)
    return item(
      'npi',
      'fail',
      serious[0]!.message,
      serious.slice(1).map((f) => f.message),
    );
  return item(
    'npi',
    'pass',
    rendering && rendering !== billing
      ? `Billing NPI ${billing} and rendering NPI ${rendering} are valid.`
      : `Billing NPI ${billing} is valid.`,
  );
}

function rxPassText({ client, session, sessions }: ChecklistInput): string {
  const rx = prescriptionFor(client, session.date);
  if (!rx) return 'A prescription covers this visit.';
  const who = [rx.prescriber.firstName, rx.prescriber.lastName].filter(Boolean).join(' ') || 'the prescriber';
  const window = `written ${rx.writtenOn}${rx.expiresOn ? `, expires ${rx.expiresOn}` : ''}`;
  if (rx.visitsAuthorized === undefined)
    return `Prescription from ${who} (${window}); it sets no number of visits.`;
  const used = sessions.filter(
    (s) =>
      s.id !== session.id && s.date < session.date && coversDate(rx, s.date) && USED_STATUSES.has(s.status),
  ).length;
  return `Prescription from ${who} (${window}): this is visit ${used + 1} of ${rx.visitsAuthorized}.`;
}

function sameDayPassText(client: Client, date: string): string {
  const others = client.otherVisits.filter((v) => v.date === date);
  if (others.length === 0) return 'No visit to another provider recorded on that day.';
  return `Only a ${others.map((v) => v.providerType.replace('-', ' ')).join(' and ')} visit that day, which payers do not bundle with massage.`;
}

/** The unit rule for this client's payer: a per-payer rule in the settings, else the practice's. */
export function unitRuleFor(settings: Settings, payerName: string): UnitRule {
  return resolveSettings(settings, payerName).unitRule;
}

export type UnitSuggestion = {
  rule: UnitRule;
  /** Total timed units the minutes support. */
  totalUnits: number;
  /** Units per line index, for the timed lines. */
  perLine: Map<number, number>;
  /** "60 minutes: 4 units (CMS 8-minute rule)". */
  text: string;
};

/**
 * The units the session's minutes support under the payer's rule, for the session form's suggestion
 * and the checklist's explanation. Lines with their own minutes are split per code (CMS) or counted
 * per code (AMA); a single timed line takes all the session's minutes.
 */
export function suggestUnits(session: Pick<Session, 'minutes' | 'lines'>, rule: UnitRule): UnitSuggestion {
  const timed = session.lines
    .map((l, i) => ({ line: l, i }))
    .filter(({ line }) => isTimedCode(line.code) === true);
  const perLine = new Map<number, number>();
  const ruleName = rule === 'cms-8-minute' ? 'CMS 8-minute rule' : 'AMA midpoint rule';
  const withMinutes = timed.length > 1 && timed.every(({ line }) => line.minutes !== undefined);
  if (withMinutes) {
    if (rule === 'cms-8-minute') {
      const split = cmsDistribution(
        timed.map(({ line }) => ({ code: line.code, minutes: line.minutes ?? 0 })),
      );
      split.forEach((s, k) => perLine.set(timed[k]!.i, s.units));
    } else {
      for (const { line, i } of timed) perLine.set(i, amaUnits(line.minutes ?? 0));
    }
  } else if (timed.length === 1) {
    const minutes = timed[0]!.line.minutes ?? session.minutes;
    perLine.set(timed[0]!.i, rule === 'cms-8-minute' ? cmsUnits(minutes) : amaUnits(minutes));
  }
  const totalUnits =
    withMinutes || timed.length === 1
      ? [...perLine.values()].reduce((a, b) => a + b, 0)
      : rule === 'cms-8-minute'
        ? cmsUnits(session.minutes)
        : amaUnits(session.minutes);
  const text = `${session.minutes} minutes: ${totalUnits} timed unit${totalUnits === 1 ? '' : 's'} (${ruleName}).`;
  return { rule, totalUnits, perLine, text };
}

function unitsPassText({ session, client, settings }: ChecklistInput): string {
  if (!session.lines.some((l) => isTimedCode(l.code) === true)) return 'No timed codes: one unit each.';
  const suggestion = suggestUnits(session, unitRuleFor(settings, client.payer.name));
  const billed = session.lines.filter((l) => isTimedCode(l.code) === true).reduce((n, l) => n + l.units, 0);
  return `${suggestion.text.replace(/\.$/, '')}; ${billed} billed.`;
}

function soapItem(session: Session, today: string): ChecklistItem {
  if (session.soapNotesDone) return item('soap', 'pass', 'SOAP notes are done.');
  if (session.status === 'scheduled' && session.date > today) {
    return item('soap', 'unknown', 'The session has not happened yet.');
  }
  return item('soap', 'fail', 'SOAP notes are not done: payers ask for them when they review a claim.');
}

/** Days since the eligibility check, for the client page ("verified 12 days ago"). */
export function daysSinceVerified(client: Client, today: string): number | undefined {
  const on = client.eligibility.verifiedOn;
  return on ? daysBetween(on, today) : undefined;
}
