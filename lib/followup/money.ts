import type { Session } from '../model';

/**
 * Money on a session, in dollars rounded to the cent (sums of floats drift: 0.1 + 0.2). Pure; the
 * follow-up page and the superbill both total with these, so their figures agree.
 */

export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

export function sumCents(amounts: readonly number[]): number {
  return roundCents(amounts.reduce((total, a) => total + (Number.isFinite(a) ? a : 0), 0));
}

/** What the practice charged for the session: the sum of its lines' charges. */
export function sessionCharges(session: Pick<Session, 'lines'>): number {
  return sumCents(session.lines.map((l) => l.charge));
}

/** What the client paid at the desk for the session. */
export function clientPaid(session: Pick<Session, 'clientPayments'>): number {
  return sumCents((session.clientPayments ?? []).map((p) => p.amount));
}

/** What the insurer paid (0 until a payment is recorded). */
export function insurerPaid(session: Pick<Session, 'paidAmount'>): number {
  return roundCents(session.paidAmount ?? 0);
}

/** The insurer's adjustment the practice writes off (contractual, CO), 0 when none is recorded. */
export function adjustment(session: Pick<Session, 'adjustmentAmount'>): number {
  return roundCents(session.adjustmentAmount ?? 0);
}

export { formatMoney } from '../money';
