import { daysBetween } from '../dates';
import type { Client, Session, Settings } from '../model';
import { parseCodeList, type ParsedCode } from '../remittance/codes';
import { claimState, hasInsurer, paidByClient, type ClaimState } from './claim-state';
import { filingDeadline, filingLimitFor, type FilingDeadline, type FilingLimit } from './filing';
import { adjustment, clientPaid, insurerPaid, roundCents, sessionCharges, sumCents } from './money';

/**
 * What is outstanding across the practice's records (pure: records and today in, rows out):
 * - billed and unpaid, by age since billing (0-30, 31-60, 61-90, over 90 days);
 * - denied and not yet resubmitted, with the codes the payer gave;
 * - sessions done but not billed that are near (30 days or fewer) or past the payer's filing limit;
 * - balances clients owe: charges minus client payments minus insurer payments and write-offs.
 */

export type OutstandingInput = {
  clients: readonly Client[];
  sessions: readonly Session[];
  settings: Pick<Settings, 'filingLimitDays' | 'payerRules'>;
  today: string;
};

export type ClaimRow = {
  session: Session;
  client: Client | undefined;
  state: ClaimState;
  charges: number;
  insurerPaid: number;
  adjustment: number;
  clientPaid: number;
};

export type AgingRow = ClaimRow & {
  /** Days since the claim was sent (resubmitted, else billed, else the date of service). */
  ageDays: number;
  ageFrom: 'resubmitted' | 'billed' | 'service';
  bucket: AgingBucketId;
};

export const AGING_BUCKETS = [
  { id: '0-30', label: '0–30 days', max: 30 },
  { id: '31-60', label: '31–60 days', max: 60 },
  { id: '61-90', label: '61–90 days', max: 90 },
  { id: '90+', label: 'Over 90 days', max: Infinity },
] as const;
export type AgingBucketId = (typeof AGING_BUCKETS)[number]['id'];

export type AgingBucket = {
  id: AgingBucketId;
  label: string;
  count: number;
  amount: number;
  rows: AgingRow[];
};

export type DeniedRow = ClaimRow & {
  denialCodes: ParsedCode[];
  remarkCodes: ParsedCode[];
  /** Codes typed that are neither a CARC nor a RARC (shown as typed). */
  unreadableCodes: string[];
  /** A corrected claim is still held to the filing limit from the date of service. */
  filing: FilingDeadline & { limit: FilingLimit };
};

export type FilingRow = ClaimRow & FilingDeadline & { limit: FilingLimit };

export type BalanceRow = {
  clientId: string;
  client: Client | undefined;
  /** The sessions that make up the balance, oldest first. */
  sessions: ClaimRow[];
  charges: number;
  insurerPaid: number;
  adjustment: number;
  clientPaid: number;
  owed: number;
  /** Dates of the first and last of those sessions (the superbill's range). */
  from: string;
  to: string;
  /** The client has no insurer on file. */
  selfPay: boolean;
};

export type Outstanding = {
  aging: AgingBucket[];
  denied: DeniedRow[];
  filing: FilingRow[];
  balances: BalanceRow[];
  /** Every session that was billed (billed, paid or denied, or with a billed-on date), newest first. */
  claims: ClaimRow[];
  totals: {
    unpaidCount: number;
    unpaidAmount: number;
    deniedCount: number;
    filingCount: number;
    owed: number;
  };
};

export function buildOutstanding({ clients, sessions, settings, today }: OutstandingInput): Outstanding {
  const byId = new Map(clients.map((c) => [c.id, c]));
  const rows = sessions.map((session) => claimRow(session, byId.get(session.clientId)));

  const aging: AgingBucket[] = AGING_BUCKETS.map((b) => ({
    id: b.id,
    label: b.label,
    count: 0,
    amount: 0,
    rows: [],
  }));
  const denied: DeniedRow[] = [];
  const filing: FilingRow[] = [];
  const owing = new Map<string, ClaimRow[]>();

  for (const row of rows) {
    const { session, client, state } = row;
    if (state === 'awaiting' || state === 'resubmitted') {
      const ageFrom = state === 'resubmitted' ? 'resubmitted' : session.billedOn ? 'billed' : 'service';
      const since =
        ageFrom === 'resubmitted'
          ? session.resubmittedOn!
          : ageFrom === 'billed'
            ? session.billedOn!
            : session.date;
      const ageDays = Math.max(0, daysBetween(since, today));
      const bucket = AGING_BUCKETS.find((b) => ageDays <= b.max)!.id;
      aging.find((b) => b.id === bucket)!.rows.push({ ...row, ageDays, ageFrom, bucket });
    }
    if (state === 'denied') {
      const denials = parseCodeList(session.denialCodes.join(' '));
      const remarks = parseCodeList(session.remarkCodes.join(' '));
      const limit = filingLimitFor(settings, client?.payer.name ?? '');
      denied.push({
        ...row,
        // A remark code typed among the denial codes still explains the denial: keep it with the remarks.
        denialCodes: denials.codes.filter((c) => c.kind === 'carc'),
        remarkCodes: [...denials.codes.filter((c) => c.kind === 'rarc'), ...remarks.codes],
        unreadableCodes: [...denials.unreadable, ...remarks.unreadable],
        filing: { ...filingDeadline(session.date, limit.days, today), limit },
      });
    }
    if (state === 'not-billed' && session.date <= today) {
      const limit = filingLimitFor(settings, client?.payer.name ?? '');
      const deadline = filingDeadline(session.date, limit.days, today);
      if (deadline.urgency !== 'ok') filing.push({ ...row, ...deadline, limit });
    }
    if (countsTowardBalance(row, today)) {
      const list = owing.get(session.clientId) ?? [];
      list.push(row);
      owing.set(session.clientId, list);
    }
  }

  for (const bucket of aging) {
    bucket.rows.sort((a, b) => b.ageDays - a.ageDays || byDate(a, b));
    bucket.count = bucket.rows.length;
    bucket.amount = sumCents(bucket.rows.map((r) => r.charges));
  }
  denied.sort(byDate);
  filing.sort((a, b) => a.daysLeft - b.daysLeft || byDate(a, b));

  const balances: BalanceRow[] = [];
  for (const [clientId, list] of owing) {
    list.sort(byDate);
    const balance: BalanceRow = {
      clientId,
      client: byId.get(clientId),
      sessions: list,
      charges: sumCents(list.map((r) => r.charges)),
      insurerPaid: sumCents(list.map((r) => r.insurerPaid)),
      adjustment: sumCents(list.map((r) => r.adjustment)),
      clientPaid: sumCents(list.map((r) => r.clientPaid)),
      owed: sumCents(list.map(owedOn)),
      from: list[0]!.session.date,
      to: list.at(-1)!.session.date,
      selfPay: !hasInsurer(byId.get(clientId)),
    };
    if (balance.owed > 0) balances.push(balance);
  }
  balances.sort((a, b) => b.owed - a.owed || (a.clientId < b.clientId ? -1 : 1));

  const claims = rows
    .filter((r) => r.session.billedOn || ['awaiting', 'resubmitted', 'paid', 'denied'].includes(r.state))
    .sort((a, b) => -byDate(a, b));

  const unpaid = aging.flatMap((b) => b.rows);
  return {
    aging,
    denied,
    filing,
    balances,
    claims,
    totals: {
      unpaidCount: unpaid.length,
      unpaidAmount: sumCents(unpaid.map((r) => r.charges)),
      deniedCount: denied.length,
      filingCount: filing.length,
      owed: sumCents(balances.map((b) => b.owed)),
    },
  };
}

export function claimRow(session: Session, client: Client | undefined): ClaimRow {
  return {
    session,
    client,
    state: claimState(session, client),
    charges: sessionCharges(session),
    insurerPaid: insurerPaid(session),
    adjustment: adjustment(session),
    clientPaid: clientPaid(session),
  };
}

/**
 * A session counts toward what the client owes once its amount is settled: the client pays for it
 * themselves, or the insurer has paid its part. Billed, denied and not-yet-billed claims are still
 * the insurer's question, and a future session has not happened yet.
 */
function countsTowardBalance(row: ClaimRow, today: string): boolean {
  if (row.session.date > today || row.state === 'scheduled') return false;
  return paidByClient(row.session, row.client) || row.state === 'paid';
}

/** Charges minus what the insurer paid, what it wrote off and what the client paid. */
export function owedOn(row: Pick<ClaimRow, 'charges' | 'insurerPaid' | 'adjustment' | 'clientPaid'>): number {
  return roundCents(row.charges - row.insurerPaid - row.adjustment - row.clientPaid);
}

function byDate(a: { session: Session }, b: { session: Session }): number {
  return a.session.date < b.session.date
    ? -1
    : a.session.date > b.session.date
      ? 1
      : a.session.id < b.session.id
        ? -1
        : 1;
}
