import { parseTypedDate } from '../dates';
import { parseMoney } from '../money';
import { PAYMENT_METHODS, type ClientPayment, type Session } from '../model';
import { formatCode, parseCodeList } from '../remittance/codes';
import { sessionCharges } from './money';

/**
 * The follow-up editor's form: what the billing person types from an EOB, checked and turned into the
 * session patch `lib/store`'s `updateSession` takes. Pure: the page shows the messages by the fields.
 */

export const EDITABLE_STATUSES = ['done', 'billed', 'paid', 'denied'] as const;
export type EditableStatus = (typeof EDITABLE_STATUSES)[number];

export type ClaimForm = {
  status: EditableStatus;
  billedOn: string;
  payerClaimNumber: string;
  paidAmount: string;
  adjustmentAmount: string;
  denialCodes: string;
  remarkCodes: string;
  resubmittedOn: string;
  notes: string;
};
export type ClaimField = keyof ClaimForm;

export type ClaimPatch = Pick<
  Session,
  'status' | 'payerClaimNumber' | 'denialCodes' | 'remarkCodes' | 'notes'
> & {
  billedOn: string;
  resubmittedOn: string;
  paidAmount: number | undefined;
  adjustmentAmount: number | undefined;
};

export function claimFormOf(session: Session): ClaimForm {
  return {
    status: session.status === 'scheduled' ? 'done' : session.status,
    billedOn: session.billedOn ?? '',
    payerClaimNumber: session.payerClaimNumber,
    paidAmount: session.paidAmount === undefined ? '' : String(session.paidAmount),
    adjustmentAmount: session.adjustmentAmount === undefined ? '' : String(session.adjustmentAmount),
    denialCodes: session.denialCodes.join(', '),
    remarkCodes: session.remarkCodes.join(', '),
    resubmittedOn: session.resubmittedOn ?? '',
    notes: session.notes,
  };
}

export type ClaimCheck = { patch?: ClaimPatch; errors: Partial<Record<ClaimField, string>> };

/** Checks the form against the session; a patch only when nothing is refused. */
export function checkClaimForm(form: ClaimForm, session: Session, today: string): ClaimCheck {
  const errors: Partial<Record<ClaimField, string>> = {};
  const billedOn = readDate(form.billedOn);
  const resubmittedOn = readDate(form.resubmittedOn);
  const paid = readMoney(form.paidAmount);
  const adjusted = readMoney(form.adjustmentAmount);
  const charges = sessionCharges(session);

  if (billedOn === null) errors.billedOn = dateMessage(form.billedOn);
  else if (billedOn && billedOn > today) errors.billedOn = 'This date is in the future.';
  else if (billedOn && billedOn < session.date)
    errors.billedOn = `This is before the session (${session.date}).`;
  else if (!billedOn && (form.status === 'billed' || form.status === 'denied'))
    errors.billedOn = 'Enter the date the claim was sent.';

  if (resubmittedOn === null) errors.resubmittedOn = dateMessage(form.resubmittedOn);
  else if (resubmittedOn && resubmittedOn > today) errors.resubmittedOn = 'This date is in the future.';
  else if (resubmittedOn && billedOn && resubmittedOn < billedOn)
    errors.resubmittedOn = `This is before the claim was first sent (${billedOn}).`;

  if (paid === null) errors.paidAmount = 'Enter an amount like 96 or 96.40.';
  else if (paid !== undefined && paid > charges + 0.005)
    errors.paidAmount = `This is more than the session's charges (${charges.toFixed(2)}).`;
  if (adjusted === null) errors.adjustmentAmount = 'Enter an amount like 40 or 40.25.';
  else if (adjusted !== undefined && adjusted > charges + 0.005)
    errors.adjustmentAmount = `This is more than the session's charges (${charges.toFixed(2)}).`;

  const denials = parseCodeList(form.denialCodes);
  const remarks = parseCodeList(form.remarkCodes);
  if (denials.unreadable.length)
    errors.denialCodes = `${denials.unreadable.join(', ')}: not a reason code. Type them as on the EOB: CO-97, PR-2, 16.`;
  else if (form.status === 'denied' && denials.codes.filter((c) => c.kind === 'carc').length === 0)
    errors.denialCodes =
      'Enter the reason code the payer gave (CARC, such as CO-97), so the fix can be shown.';
  const misplaced = remarks.codes.filter((c) => c.kind === 'carc');
  if (remarks.unreadable.length)
    errors.remarkCodes = `${remarks.unreadable.join(', ')}: not a remark code. Remark codes look like N290 or MA130.`;
  else if (misplaced.length)
    errors.remarkCodes = `${misplaced.map(formatCode).join(', ')}: a reason code (CARC); put it under Reason codes.`;

  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    patch: {
      status: form.status,
      billedOn: billedOn ?? '',
      resubmittedOn: resubmittedOn ?? '',
      payerClaimNumber: form.payerClaimNumber.trim(),
      paidAmount: paid ?? undefined,
      adjustmentAmount: adjusted ?? undefined,
      // A remark code typed among the reason codes is kept, with the remarks.
      denialCodes: denials.codes.filter((c) => c.kind === 'carc').map(formatCode),
      remarkCodes: [...denials.codes.filter((c) => c.kind === 'rarc'), ...remarks.codes].map(formatCode),
      notes: form.notes.trim(),
    },
  };
}

export type PaymentForm = { date: string; amount: string; method: ClientPayment['method'] };
export type PaymentCheck = { payment?: ClientPayment; errors: Partial<Record<keyof PaymentForm, string>> };

/** A payment the client made at the desk (cash, check, card, HSA/FSA card). */
export function checkPaymentForm(form: PaymentForm, today: string): PaymentCheck {
  const errors: PaymentCheck['errors'] = {};
  const date = readDate(form.date);
  const amount = readMoney(form.amount);
  if (!date) errors.date = date === null ? dateMessage(form.date) : 'Enter the date of the payment.';
  else if (date > today) errors.date = 'This date is in the future.';
  if (amount === null || amount === undefined || amount <= 0)
    errors.amount = 'Enter the amount paid, like 40 or 40.50.';
  if (!PAYMENT_METHODS.includes(form.method)) errors.method = 'Choose how the client paid.';
  if (Object.keys(errors).length) return { errors };
  return { errors, payment: { date: date!, amount: amount!, method: form.method } };
}

/** "" → undefined (empty), a real date → ISO, anything else → null (refused). MM/DD/YYYY is accepted. */
export function readDate(text: string): string | undefined | null {
  if (!text.trim()) return undefined;
  return parseTypedDate(text) ?? null;
}

/** "" → undefined, "$1,096.40" → 1096.4, anything else → null. */
export function readMoney(text: string): number | undefined | null {
  if (!text.trim()) return undefined;
  return parseMoney(text) ?? null;
}

function dateMessage(text: string): string {
  return /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim())
    ? `${text.trim()} is not a real date.`
    : 'Write the date as YYYY-MM-DD or MM/DD/YYYY.';
}
