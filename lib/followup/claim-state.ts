import type { Client, Session } from '../model';
import { clientPaid, sessionCharges } from './money';

/**
 * Where a session's claim stands, for the follow-up view. A denied claim that was sent again
 * (`resubmittedOn`) is awaiting payment again, whether its status was set back to "billed" or left "denied".
 */
export type ClaimState =
  'scheduled' | 'not-billed' | 'self-pay' | 'awaiting' | 'resubmitted' | 'paid' | 'denied';

export const CLAIM_STATE_LABELS: Record<ClaimState, string> = {
  scheduled: 'Scheduled',
  'not-billed': 'Not billed yet',
  'self-pay': 'Paid by the client',
  awaiting: 'Awaiting payment',
  resubmitted: 'Resubmitted, awaiting payment',
  paid: 'Paid',
  denied: 'Denied',
};

/** True when the client has an insurer on file (a payer name or a member id). */
export function hasInsurer(client: Pick<Client, 'payer'> | undefined): boolean {
  return Boolean(client && (client.payer.name.trim() || client.payer.memberId.trim()));
}

/**
 * True for a session the client pays for themselves and the practice does not bill: the client has no
 * insurer on file, or paid the whole charge at the desk and the session was never billed (the superbill
 * path: the client claims reimbursement). A session paid in part at the desk (a copay) still gets billed.
 */
export function paidByClient(session: Session, client: Pick<Client, 'payer'> | undefined): boolean {
  if (!hasInsurer(client)) return true;
  if (session.billedOn || session.status === 'billed' || session.status === 'denied') return false;
  const charges = sessionCharges(session);
  return charges > 0 && clientPaid(session) >= charges - 0.005;
}

export function claimState(session: Session, client: Pick<Client, 'payer'> | undefined): ClaimState {
  switch (session.status) {
    case 'scheduled':
      return 'scheduled';
    case 'done':
      return paidByClient(session, client) ? 'self-pay' : 'not-billed';
    case 'billed':
      return session.resubmittedOn ? 'resubmitted' : 'awaiting';
    case 'denied':
      return session.resubmittedOn ? 'resubmitted' : 'denied';
    case 'paid':
      return paidByClient(session, client) ? 'self-pay' : 'paid';
  }
}
