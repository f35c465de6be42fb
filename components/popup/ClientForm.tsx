import { AddressFields } from '../shared/AddressFields';
import { useEscape } from '../shared/use-escape';
import { useRef, useState } from 'preact/hooks';
import { CLAIM_KINDS, type Client } from '../../lib/model';
import { ConflictError, createClient, updateClient, type ClientPatch } from '../../lib/store';
import { Fieldset, FormStatus, SelectField, TextAreaField, TextField } from '../shared/Field';
import { dateError, parseDate, requiredError, stateError, zipError } from '../shared/validate';
import { CLAIM_KIND_LABELS } from './format';

type Values = {
  firstName: string;
  lastName: string;
  birthDate: string;
  phone: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
  payerName: string;
  memberId: string;
  groupNumber: string;
  claimKind: Client['payer']['claimKind'];
  claimNumber: string;
  dateOfInjury: string;
  verifiedOn: string;
  eligibilityNotes: string;
  notes: string;
};

function toValues(c?: Client): Values {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    birthDate: c?.birthDate ?? '',
    phone: c?.phone ?? '',
    line1: c?.address.line1 ?? '',
    line2: c?.address.line2 ?? '',
    city: c?.address.city ?? '',
    state: c?.address.state ?? '',
    zip: c?.address.zip ?? '',
    payerName: c?.payer.name ?? '',
    memberId: c?.payer.memberId ?? '',
    groupNumber: c?.payer.groupNumber ?? '',
    claimKind: c?.payer.claimKind ?? 'health',
    claimNumber: c?.payer.claimNumber ?? '',
    dateOfInjury: c?.payer.dateOfInjury ?? '',
    verifiedOn: c?.eligibility.verifiedOn ?? '',
    eligibilityNotes: c?.eligibility.notes ?? '',
    notes: c?.notes ?? '',
  };
}

export function clientErrors(v: Values, today: string): Partial<Record<keyof Values, string>> {
  return {
    firstName: requiredError(v.firstName, 'the first name'),
    lastName: requiredError(v.lastName, 'the last name'),
    birthDate: dateError(v.birthDate, { notAfter: { date: today, what: 'today' } }),
    state: stateError(v.state),
    zip: zipError(v.zip),
    dateOfInjury: dateError(v.dateOfInjury, { notAfter: { date: today, what: 'today' } }),
    verifiedOn: dateError(v.verifiedOn, { notAfter: { date: today, what: 'today' } }),
  };
}

/** The client as the model stores it (dates ISO, text trimmed). */
function toModel(v: Values) {
  const t = (s: string) => s.trim();
  return {
    firstName: t(v.firstName),
    lastName: t(v.lastName),
    birthDate: parseDate(v.birthDate) ?? '',
    phone: t(v.phone),
    address: {
      line1: t(v.line1),
      line2: t(v.line2),
      city: t(v.city),
      state: t(v.state).toUpperCase(),
      zip: t(v.zip),
    },
    payer: {
      name: t(v.payerName),
      memberId: t(v.memberId),
      groupNumber: t(v.groupNumber),
      claimKind: v.claimKind,
      claimNumber: v.claimKind === 'health' ? '' : t(v.claimNumber),
      dateOfInjury: v.claimKind === 'health' ? '' : (parseDate(v.dateOfInjury) ?? ''),
    },
    eligibility: { verifiedOn: parseDate(v.verifiedOn) ?? '', notes: t(v.eligibilityNotes) },
    notes: t(v.notes),
  };
}

/** Only what the person changed, so a save never overwrites another page's edit of another field. */
export function changedFields(
  before: ReturnType<typeof toModel>,
  after: ReturnType<typeof toModel>,
): ClientPatch {
  const patch: ClientPatch = {};
  for (const key of ['firstName', 'lastName', 'birthDate', 'phone', 'notes'] as const) {
    if (before[key] !== after[key]) patch[key] = after[key];
  }
  for (const group of ['address', 'payer', 'eligibility'] as const) {
    const b = before[group] as Record<string, string>;
    const a = after[group] as Record<string, string>;
    const changed = Object.fromEntries(
      Object.keys(a)
        .filter((k) => a[k] !== b[k])
        .map((k) => [k, a[k]]),
    );
    if (Object.keys(changed).length) (patch as Record<string, unknown>)[group] = changed;
  }
  return patch;
}

type Props = {
  /** The client to edit; none to add a new one. */
  client?: Client;
  today: string;
  onSaved: (client: Client) => void;
  onCancel: () => void;
};

/** Adding or editing a client: demographics, payer, eligibility. */
export function ClientForm({ client, today, onSaved, onCancel }: Props) {
  const [initial] = useState(() => toValues(client));
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const errors = clientErrors(values, today);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const common = { showErrors: submitted };

  // The client as this form loaded it (frozen: the prop follows other windows' saves), the merge's base.
  const base = useRef(client);
  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) {
      setSaveError('Some fields need a fix: see the messages next to them.');
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = client
        ? await updateClient(client.id, changedFields(toModel(initial), toModel(values)), base.current!)
        : await createClient(toModel(values));
      onSaved(saved);
    } catch (error) {
      // Refused because another window changed the same field: saving again keeps what is typed here.
      if (error instanceof ConflictError) base.current = error.current as Client;
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const formRef = useRef<HTMLFormElement>(null);
  // Escape closes the form, as Cancel does.
  useEscape(formRef, onCancel);
  return (
    <form
      ref={formRef}
      class="form"
      onSubmit={submit}
      noValidate
      aria-label={client ? 'Edit client' : 'New client'}
    >
      <Fieldset legend="Client">
        <TextField
          label="First name"
          required
          value={values.firstName}
          onValue={set('firstName')}
          error={errors.firstName}
          autoFocus
          {...common}
        />
        <TextField
          label="Last name"
          required
          value={values.lastName}
          onValue={set('lastName')}
          error={errors.lastName}
          {...common}
        />
        <TextField
          label="Birth date"
          size="s"
          value={values.birthDate}
          onValue={set('birthDate')}
          error={errors.birthDate}
          placeholder="YYYY-MM-DD"
          hint="or MM/DD/YYYY"
          {...common}
        />
        <TextField
          label="Phone"
          type="tel"
          size="s"
          value={values.phone}
          onValue={set('phone')}
          {...common}
        />
        <AddressFields values={values} set={set} errors={errors} showErrors={submitted} />
      </Fieldset>
      <Fieldset legend="Insurance">
        <TextField
          label="Payer"
          value={values.payerName}
          onValue={set('payerName')}
          placeholder="Aetna, BCBS of Illinois…"
          {...common}
        />
        <TextField label="Member id" value={values.memberId} onValue={set('memberId')} {...common} />
        <TextField
          label="Group number"
          size="s"
          value={values.groupNumber}
          onValue={set('groupNumber')}
          {...common}
        />
        <SelectField
          label="Kind of claim"
          value={values.claimKind}
          onValue={set('claimKind')}
          options={CLAIM_KINDS.map((k) => ({ value: k, label: CLAIM_KIND_LABELS[k] }))}
        />
        {values.claimKind !== 'health' ? (
          <>
            <TextField
              label="Carrier claim number"
              value={values.claimNumber}
              onValue={set('claimNumber')}
              hint="Box 11b"
              {...common}
            />
            <TextField
              label="Date of injury"
              size="s"
              value={values.dateOfInjury}
              onValue={set('dateOfInjury')}
              error={errors.dateOfInjury}
              placeholder="YYYY-MM-DD"
              hint="Box 14"
              {...common}
            />
          </>
        ) : null}
      </Fieldset>
      <Fieldset legend="Eligibility">
        <TextField
          label="Verified on"
          size="s"
          value={values.verifiedOn}
          onValue={set('verifiedOn')}
          error={errors.verifiedOn}
          placeholder="YYYY-MM-DD"
          {...common}
        />
        <TextField
          label="What the payer said"
          size="l"
          value={values.eligibilityNotes}
          onValue={set('eligibilityNotes')}
          placeholder="Deductible met, $20 copay, 20 visits a year…"
          {...common}
        />
      </Fieldset>
      <TextAreaField label="Notes" value={values.notes} onValue={set('notes')} />
      <FormStatus error={saveError} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {client ? 'Save changes' : 'Add client'}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
