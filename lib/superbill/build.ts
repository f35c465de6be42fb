import { prescriptionFor, sessionToClaimDraft } from '../claims/from-session';
import type { Client, Finding, Practice, Prescription, Session, Settings } from '../model';
import { describeCpt, evaluateClaim } from '../rules';
import { describeIcd } from '../rules/tables/icd-descriptions';
import { adjustment, clientPaid, insurerPaid, roundCents, sessionCharges, sumCents } from '../followup/money';
import { PAYMENT_METHOD_LABELS, PLACE_OF_SERVICE } from './labels';

export { PAYMENT_METHOD_LABELS, PLACE_OF_SERVICE } from './labels';

/**
 * Everything a superbill shows, computed from the records (pure: no DOM, no storage). One page of the
 * practice, the client, the referral, the diagnoses, one line per service, payments and the balance;
 * plus, for the screen only, what the rule library says an insurer would question and what is missing.
 */

export type SuperbillInput = {
  client: Client;
  /** The sessions asked for (a range or one), any order. */
  sessions: readonly Session[];
  /** All the client's sessions: the rules count visits and look at other dates. */
  clientSessions: readonly Session[];
  practice: Practice;
  settings: Settings;
  today: string;
};

export type SuperbillLine = {
  /** 0-based position on the superbill. */
  row: number;
  sessionId: string;
  date: string;
  placeOfService: string;
  placeLabel: string;
  code: string;
  description: string;
  modifiers: string[];
  units: number;
  charge: number;
  /** Diagnosis letters (A, B...) of the superbill's diagnosis list. */
  diagnosisLetters: string[];
};

export type SuperbillDiagnosis = { letter: string; code: string; description: string };

export type SuperbillReferral = {
  prescriber: string;
  npi: string;
  writtenOn: string;
  expiresOn: string;
  /** Dates of the services on the superbill that this prescription covers. */
  dates: string[];
};

export type SuperbillPayment = { date: string; method: string; amount: number };

/** A finding of the rule library, on one session of the superbill. */
export type SuperbillFinding = Finding & { sessionId: string; date: string; rows: number[] };

/** Something the superbill lacks that an insurer would need (not a rule of the library). */
export type SuperbillNotice = { id: string; message: string; fix: string };

export type Superbill = {
  practice: Practice & { taxIdShown: string };
  client: Client;
  period: { from: string; to: string };
  referrals: SuperbillReferral[];
  diagnoses: SuperbillDiagnosis[];
  lines: SuperbillLine[];
  payments: SuperbillPayment[];
  totals: { charged: number; clientPaid: number; insurerPaid: number; adjustments: number; balance: number };
  findings: SuperbillFinding[];
  notices: SuperbillNotice[];
  /** Sessions asked for but left off: dated after today (not yet given). */
  leftOut: Session[];
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function buildSuperbill(input: SuperbillInput): Superbill {
  const { client, practice, settings, today } = input;
  const ordered = [...input.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const given = ordered.filter((s) => s.date <= today);
  const leftOut = ordered.filter((s) => s.date > today);

  const diagnoses: SuperbillDiagnosis[] = [];
  const letterOf = (code: string) => {
    let index = diagnoses.findIndex((d) => d.code === code);
    if (index === -1) {
      index = diagnoses.length;
      diagnoses.push({
        letter: LETTERS[index] ?? String(index + 1),
        code,
        description: describeIcd(code) ?? 'Description not in the built-in ICD-10-CM list',
      });
    }
    return diagnoses[index]!.letter;
  };

  const referrals = new Map<Prescription, SuperbillReferral>();
  const lines: SuperbillLine[] = [];
  const findings: SuperbillFinding[] = [];
  const context = {
    today,
    client,
    sessions: [...input.clientSessions],
    practice,
    settings,
  };

  for (const session of given) {
    const draft = sessionToClaimDraft(session, client, practice);
    const rx = prescriptionFor(client, session.date);
    if (rx) {
      const referral = referrals.get(rx) ?? {
        prescriber: prescriberName(rx),
        npi: rx.prescriber.npi,
        writtenOn: rx.writtenOn,
        expiresOn: rx.expiresOn ?? '',
        dates: [],
      };
      if (!referral.dates.includes(session.date)) referral.dates.push(session.date);
      referrals.set(rx, referral);
    }
    const firstRow = lines.length;
    for (const line of draft.lines) {
      const code = line.code ?? '';
      lines.push({
        row: lines.length,
        sessionId: session.id,
        date: session.date,
        placeOfService: session.placeOfService,
        placeLabel: PLACE_OF_SERVICE[session.placeOfService] ?? '',
        code,
        description:
          (code && describeCpt(code)) || (code ? 'Description not in the built-in list' : 'No code'),
        modifiers: line.modifiers,
        units: line.units ?? 0,
        charge: roundCents(line.charge ?? 0),
        diagnosisLetters: line.pointers
          .map((p) => draft.diagnoses[p - 1])
          .filter((code): code is string => Boolean(code))
          .map(letterOf),
      });
    }
    // Every diagnosis of the claim is listed, even one no line points to.
    draft.diagnoses.filter(Boolean).forEach(letterOf);
    // Each session's claim is that session: once billed it is not its own duplicate.
    for (const finding of evaluateClaim(draft, { ...context, claimSessionId: session.id })) {
      findings.push({
        ...finding,
        sessionId: session.id,
        date: session.date,
        rows: finding.lines.map((row) => firstRow + row),
      });
    }
  }

  const payments: SuperbillPayment[] = given
    .flatMap((s) => s.clientPayments)
    .map((p) => ({
      date: p.date,
      method: PAYMENT_METHOD_LABELS[p.method] ?? p.method,
      amount: roundCents(p.amount),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const charged = sumCents(given.map(sessionCharges));
  const paidByClient = sumCents(given.map(clientPaid));
  const paidByInsurer = sumCents(given.map(insurerPaid));
  const adjustments = sumCents(given.map(adjustment));

  const taxIdShown = showTaxId(practice);
  return {
    practice: { ...practice, taxIdShown },
    client,
    period: { from: given[0]?.date ?? '', to: given.at(-1)?.date ?? '' },
    referrals: [...referrals.values()],
    diagnoses,
    lines,
    payments,
    totals: {
      charged,
      clientPaid: paidByClient,
      insurerPaid: paidByInsurer,
      adjustments,
      balance: roundCents(charged - paidByClient - paidByInsurer - adjustments),
    },
    findings,
    notices: notices(practice, client, given, lines, diagnoses),
    leftOut,
  };
}

/**
 * The tax id as printed: an EIN in full; an SSN only by its last four digits, since the superbill goes
 * to every client (the screen says so, and suggests an EIN).
 */
export function showTaxId(practice: Pick<Practice, 'taxId' | 'taxIdKind'>): string {
  const digits = practice.taxId.replace(/\D/g, '');
  if (!digits) return '';
  if (practice.taxIdKind === 'SSN') return `XXX-XX-${digits.slice(-4)}`;
  return digits.length === 9 ? `${digits.slice(0, 2)}-${digits.slice(2)}` : practice.taxId;
}

export function prescriberName(rx: Prescription): string {
  const name = [rx.prescriber.firstName, rx.prescriber.lastName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  return name ? `${name}, ${rx.prescriber.credential}` : 'Prescriber not named';
}

function notices(
  practice: Practice,
  client: Client,
  sessions: readonly Session[],
  lines: readonly SuperbillLine[],
  diagnoses: readonly SuperbillDiagnosis[],
): SuperbillNotice[] {
  const out: SuperbillNotice[] = [];
  const missing = (
    [
      ['name', practice.name],
      ['NPI', practice.billingNpi || practice.renderingNpi],
      ['tax ID', practice.taxId],
      ['address', practice.address.line1 && practice.address.city],
      ['phone', practice.phone],
      ['license number', practice.licenseNumber],
    ] as const
  ).filter(([, value]) => !value?.trim());
  if (missing.length) {
    out.push({
      id: 'practice-incomplete',
      message: `The practice's ${joinWords(missing.map(([what]) => what))} ${missing.length === 1 ? 'is' : 'are'} missing: insurers reimburse only when they can identify the provider.`,
      fix: "Add them to the practice profile in the extension's options, then reload this page.",
    });
  }
  if (practice.taxIdKind === 'SSN' && practice.taxId.trim()) {
    out.push({
      id: 'tax-id-ssn',
      message:
        "The practice's tax ID is a Social Security number, so the superbill prints only its last four digits.",
      fix: 'Get a free EIN from the IRS and enter it in the practice profile to print a full tax ID.',
    });
  }
  const payer = client.payer;
  const payerMissing = [
    ['insurer', payer.name],
    ['member ID', payer.memberId],
  ].filter(([, value]) => !value?.trim());
  if (payerMissing.length) {
    out.push({
      id: 'payer-incomplete',
      message: `The client's ${joinWords(payerMissing.map(([what]) => what!))} ${payerMissing.length === 1 ? 'is' : 'are'} not on file: the insurer matches the superbill to the member by them.`,
      fix: "Add them to the client's insurance details.",
    });
  }
  if (payer.claimKind !== 'health') {
    const what = payer.claimKind === 'auto' ? 'auto claim' : "workers' comp claim";
    const gaps = [
      ['claim number', payer.claimNumber],
      ['date of injury', payer.dateOfInjury ?? ''],
    ].filter(([, value]) => !value?.trim());
    if (gaps.length) {
      out.push({
        id: 'injury-claim-incomplete',
        message: `This is an ${what}, but its ${joinWords(gaps.map(([g]) => g!))} ${gaps.length === 1 ? 'is' : 'are'} not on file; the carrier files the bill under them.`,
        fix: "Add them to the client's insurance details.",
      });
    }
  }
  if (lines.length && diagnoses.length === 0) {
    out.push({
      id: 'no-diagnosis',
      message: 'No diagnosis: an insurer does not reimburse a superbill without an ICD-10-CM code.',
      fix: "Add the prescription with its diagnoses to the client's record.",
    });
  }
  const uncoded = lines.filter((l) => !l.code || l.charge <= 0);
  if (uncoded.length) {
    out.push({
      id: 'line-incomplete',
      message: `${uncoded.length === 1 ? 'A service line has' : `${uncoded.length} service lines have`} no code or no charge (${[...new Set(uncoded.map((l) => l.date))].join(', ')}).`,
      fix: 'Complete the session in the popup.',
    });
  }
  const stillScheduled = sessions.filter((s) => s.status === 'scheduled');
  if (stillScheduled.length) {
    out.push({
      id: 'still-scheduled',
      message: `${joinWords(stillScheduled.map((s) => s.date))} ${stillScheduled.length === 1 ? 'is' : 'are'} still marked scheduled.`,
      fix: 'Mark each one done in the popup if it took place, or remove it.',
    });
  }
  return out;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
