import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkClaimForm,
  checkPaymentForm,
  claimFormOf,
  type ClaimField,
  type ClaimForm,
  type PaymentForm,
} from '../../lib/followup/claim-edit';
import { formatMoney, sessionCharges } from '../../lib/followup/money';
import { PAYMENT_METHODS, type Client, type Session } from '../../lib/model';
import { parseCodeList } from '../../lib/remittance/codes';
import { updateSession } from '../../lib/store';
import { PAYMENT_METHOD_LABELS } from '../../lib/superbill/labels';
import { FormStatus, SelectField, TextAreaField, TextField } from '../shared/Field';
import { fullName, usDate } from '../superbill/format';
import { CodeExplanations } from './CodeExplanations';

type Props = {
  session: Session;
  client: Client | undefined;
  today: string;
  onClose(): void;
  /** Called after a save, with what to announce. */
  onSaved(message: string): void;
};

const STATUS_OPTIONS = [
  { value: 'done', label: 'Not billed yet' },
  { value: 'billed', label: 'Billed, awaiting payment' },
  { value: 'paid', label: 'Paid' },
  { value: 'denied', label: 'Denied' },
] as const;

/**
 * The billing person's form for one claim: what the EOB or the portal says (billed on, the payer's claim
 * number, paid, written off, denial and remark codes, resubmission) and the client's payments at the desk.
 * Saves through lib/store's `updateSession`, which merges the change into the session as stored now.
 */
export function ClaimEditor({ session, client, today, onClose, onSaved }: Props) {
  const [form, setForm] = useState<ClaimForm>(() => claimFormOf(session));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const check = checkClaimForm(form, session, today);
  const set = (field: ClaimField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const who = `${fullName(client ?? {}) || 'Unknown client'}, ${usDate(session.date)}`;
  const codes = [...parseCodeList(form.denialCodes).codes, ...parseCodeList(form.remarkCodes).codes];

  const save = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (!check.patch) return;
    setSaving(true);
    setError(undefined);
    try {
      await updateSession(session.id, check.patch);
      onSaved(`Saved the claim for ${who}.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="editor" aria-labelledby={`edit-${session.id}`} data-editor={session.id}>
      <h3 id={`edit-${session.id}`} tabIndex={-1} ref={heading}>
        Claim for {who} · {formatMoney(sessionCharges(session))} charged
      </h3>
      <form onSubmit={save} noValidate>
        <div class="fields">
          <SelectField
            label="Status"
            name="status"
            value={form.status}
            options={STATUS_OPTIONS}
            onValue={(v) => setForm((f) => ({ ...f, status: v }))}
          />
          <TextField
            label="Billed on"
            name="billedOn"
            size="s"
            value={form.billedOn}
            onValue={set('billedOn')}
            placeholder="YYYY-MM-DD"
            error={check.errors.billedOn}
            showErrors={submitted}
          />
          <TextField
            label="Payer claim number"
            name="payerClaimNumber"
            value={form.payerClaimNumber}
            onValue={set('payerClaimNumber')}
          />
          <TextField
            label="Paid by insurer ($)"
            name="paidAmount"
            size="s"
            inputMode="decimal"
            value={form.paidAmount}
            onValue={set('paidAmount')}
            error={check.errors.paidAmount}
            showErrors={submitted}
          />
          <TextField
            label="Written off ($)"
            name="adjustmentAmount"
            size="s"
            inputMode="decimal"
            value={form.adjustmentAmount}
            onValue={set('adjustmentAmount')}
            error={check.errors.adjustmentAmount}
            showErrors={submitted}
            hint="Contractual (CO) adjustment"
          />
        </div>
        <div class="fields">
          <TextField
            label="Reason codes (CARC)"
            name="denialCodes"
            value={form.denialCodes}
            onValue={set('denialCodes')}
            placeholder="CO-97, PR-2"
            error={check.errors.denialCodes}
            showErrors={submitted}
            required={form.status === 'denied'}
          />
          <TextField
            label="Remark codes (RARC)"
            name="remarkCodes"
            size="s"
            value={form.remarkCodes}
            onValue={set('remarkCodes')}
            placeholder="N290"
            error={check.errors.remarkCodes}
            showErrors={submitted}
          />
          <TextField
            label="Resubmitted on"
            name="resubmittedOn"
            size="s"
            value={form.resubmittedOn}
            onValue={set('resubmittedOn')}
            placeholder="YYYY-MM-DD"
            error={check.errors.resubmittedOn}
            showErrors={submitted}
          />
        </div>
        {codes.length ? (
          <div class="editor__codes" aria-live="polite">
            <CodeExplanations codes={codes} />
          </div>
        ) : null}
        <TextAreaField label="Notes" name="notes" value={form.notes} onValue={set('notes')} />
        <div class="btn-row editor__actions">
          <button type="submit" class="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save claim'}
          </button>
          <button type="button" class="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
        <FormStatus
          error={
            error ??
            (submitted && !check.patch ? 'Some fields need a look: see the messages under them.' : undefined)
          }
        />
      </form>
      <ClientPayments session={session} today={today} />
    </section>
  );
}

/** The client's payments at the desk for this session, and a form to add one. */
function ClientPayments({ session, today }: { session: Session; today: string }) {
  const [form, setForm] = useState<PaymentForm>({ date: today, amount: '', method: 'card' });
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});
  const check = checkPaymentForm(form, today);

  const add = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (!check.payment) return;
    try {
      await updateSession(session.id, { clientPayments: [...session.clientPayments, check.payment] });
      setStatus({
        saved: `Recorded ${formatMoney(check.payment.amount)} paid on ${usDate(check.payment.date)}.`,
      });
      setForm({ date: today, amount: '', method: form.method });
      setSubmitted(false);
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <form class="payments" onSubmit={add} noValidate aria-label="Client payments">
      <h4>Paid by the client at the desk</h4>
      {session.clientPayments.length === 0 ? (
        <p class="muted">No payment recorded.</p>
      ) : (
        <ul class="payments__list">
          {session.clientPayments.map((p, i) => (
            <li key={`${p.date}-${i}`}>
              {usDate(p.date)} · {PAYMENT_METHOD_LABELS[p.method] ?? p.method} · {formatMoney(p.amount)}
            </li>
          ))}
        </ul>
      )}
      <div class="fields">
        <TextField
          label="Date"
          name="paymentDate"
          size="s"
          value={form.date}
          onValue={(date) => setForm((f) => ({ ...f, date }))}
          error={check.errors.date}
          showErrors={submitted}
        />
        <TextField
          label="Amount ($)"
          name="paymentAmount"
          size="s"
          inputMode="decimal"
          value={form.amount}
          onValue={(amount) => setForm((f) => ({ ...f, amount }))}
          error={check.errors.amount}
          showErrors={submitted}
        />
        <SelectField
          label="Method"
          name="paymentMethod"
          size="s"
          value={form.method}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] ?? m }))}
          onValue={(method) => setForm((f) => ({ ...f, method }))}
        />
        <button type="submit" class="btn payments__add">
          Add payment
        </button>
      </div>
      <FormStatus error={status.error} saved={status.saved} />
    </form>
  );
}
