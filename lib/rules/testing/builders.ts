import type { ClaimDraft, ServiceLine } from '../../model/claim';
import type { Client, OtherVisit, Prescription } from '../../model/client';
import type { Finding, RuleContext, RuleId } from '../../model/findings';
import type { Session, SessionLine } from '../../model/session';
import { evaluateClaimWith } from '../core';
import { defaultCodeTables } from '..';
import type { CodeTables } from '../types';

/**
 * Test builders: a clean claim for a client whose records pass every check, so a case changes only the
 * field it is about. Dates: today 2026-03-31, sessions on 2026-03-02 and 2026-03-03.
 */

export const TODAY = '2026-03-31';
export const DOS = '2026-03-02';
/** Valid NPIs from domain.md 4.1. */
export const NPI = {
  prescriber: '1234567893',
  billing: '1558598797',
  rendering: '1003347634',
  other: '1528060837',
};

export function line(over: Partial<ServiceLine> = {}): ServiceLine {
  return { row: 0, from: DOS, code: '97124', modifiers: [], units: 2, charge: 80, pointers: [1], ...over };
}

/** Lines get rows 0, 1, 2... unless they set their own. */
export function claim(over: Partial<ClaimDraft> & { lines?: ServiceLine[] } = {}): ClaimDraft {
  const lines = (over.lines ?? [line()]).map((l, i) => ({ ...l, row: l.row === 0 && i > 0 ? i : l.row }));
  return {
    patient: { lastName: 'Rivera', firstName: 'Ana', birthDate: '1980-05-01', memberId: 'XJ123' },
    referringProvider: { lastName: 'Lee', firstName: 'Sam', npi: NPI.prescriber },
    billingProvider: { npi: NPI.billing, taxId: '12-3456789' },
    diagnoses: ['M54.50'],
    ...over,
    lines,
  };
}

export function rx(over: Partial<Prescription> = {}): Prescription {
  return {
    id: 'rx1',
    prescriber: { firstName: 'Sam', lastName: 'Lee', npi: NPI.prescriber, credential: 'MD' },
    writtenOn: '2026-01-05',
    expiresOn: '2026-07-05',
    visitsAuthorized: 12,
    diagnoses: ['M54.50'],
    frequency: '',
    notes: '',
    ...over,
  };
}

export function visit(over: Partial<OtherVisit> = {}): OtherVisit {
  return { id: 'v1', date: DOS, providerType: 'chiropractor', note: '', ...over };
}

export function client(over: Partial<Client> = {}): Client {
  return {
    id: 'c1',
    firstName: 'Ana',
    lastName: 'Rivera',
    birthDate: '1980-05-01',
    address: { line1: '', line2: '', city: '', state: '', zip: '' },
    phone: '',
    payer: { name: 'Acme Health', memberId: 'XJ123', groupNumber: '', claimKind: 'health', claimNumber: '' },
    eligibility: { verifiedOn: '2026-02-20', notes: '' },
    prescriptions: [rx()],
    otherVisits: [],
    ...over,
  };
}

export function session(
  over: Omit<Partial<Session>, 'lines'> & { lines?: Partial<SessionLine>[] } = {},
): Session {
  const lines = (over.lines ?? [{ code: '97124', units: 2 }]).map((l): SessionLine =>
    Object.assign({ code: '97124', units: 1, modifiers: [], charge: 0 }, l),
  );
  return {
    id: `s-${over.date ?? DOS}`,
    clientId: 'c1',
    date: DOS,
    minutes: 30,
    placeOfService: '11',
    status: 'done',
    soapNotesDone: true,
    payerClaimNumber: '',
    denialCodes: [],
    remarkCodes: [],
    clientPayments: [],
    notes: '',
    ...over,
    lines,
  };
}

export function context(over: Partial<RuleContext> = {}): RuleContext {
  return { today: TODAY, client: client(), sessions: [session()], settings: {}, ...over };
}

/** The findings one rule reports for a claim (evaluated through the whole library, as the UI sees it). */
export function run(
  rule: RuleId,
  c: ClaimDraft,
  ctx: RuleContext = context(),
  tables: CodeTables = defaultCodeTables(),
): Finding[] {
  return evaluateClaimWith(c, ctx, tables).filter((f) => f.rule === rule);
}

/** `today` moved by `days` (negative for earlier): dates relative to TODAY. */
export function daysFromToday(days: number): string {
  const t = new Date(Date.UTC(2026, 2, 31) + days * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** Compact view for case tables: "warning 0,1". */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.lines.join(',')}`);
}
