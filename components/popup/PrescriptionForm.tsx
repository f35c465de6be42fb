import { useRef, useState } from 'preact/hooks';
import { useEscape } from '../shared/use-escape';
import { CREDENTIALS, type Prescription } from '../../lib/model';
import { ConflictError, savePrescription } from '../../lib/store';
import { Fieldset, FormStatus, SelectField, TextAreaField, TextField } from '../shared/Field';
import {
  dateError,
  icdListError,
  npiError,
  parseDate,
  parseIcdList,
  requiredError,
  wholeNumberError,
} from '../shared/validate';

type Values = {
  firstName: string;
  lastName: string;
  credential: Prescription['prescriber']['credential'];
  npi: string;
  writtenOn: string;
  expiresOn: string;
  visitsAuthorized: string;
  diagnoses: string;
  frequency: string;
  notes: string;
};

function toValues(rx?: Prescription): Values {
  return {
    firstName: rx?.prescriber.firstName ?? '',
    lastName: rx?.prescriber.lastName ?? '',
    credential: rx?.prescriber.credential ?? 'MD',
    npi: rx?.prescriber.npi ?? '',
    writtenOn: rx?.writtenOn ?? '',
    expiresOn: rx?.expiresOn ?? '',
    visitsAuthorized: rx?.visitsAuthorized === undefined ? '' : String(rx.visitsAuthorized),
    diagnoses: rx?.diagnoses.join(', ') ?? '',
    frequency: rx?.frequency ?? '',
    notes: rx?.notes ?? '',
  };
}

export function prescriptionErrors(v: Values): Partial<Record<keyof Values, string>> {
  const written = parseDate(v.writtenOn);
  return {
    lastName: requiredError(v.lastName, 'the prescriber’s last name'),
    npi: npiError(v.npi),
    writtenOn: dateError(v.writtenOn, { required: true }),
    expiresOn: dateError(
      v.expiresOn,
      written ? { notBefore: { date: written, what: 'the date it was written' } } : {},
    ),
    visitsAuthorized: wholeNumberError(v.visitsAuthorized, 'the number of visits', { min: 1, max: 365 }),
    diagnoses: icdListError(v.diagnoses, true),
  };
}

type Props = { clientId: string; prescription?: Prescription; onDone: () => void };

/** Adding or editing one prescription (box 17, 17b and the diagnoses of box 21). */
export function PrescriptionForm({ clientId, prescription, onDone }: Props) {
  const [values, setValues] = useState(() => toValues(prescription));
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  // The prescription as this form loaded it: the base of the merge with what another window saved
  // since. Frozen, not the prop (which follows the other window's save, and would make this form's old
  // values look like edits). After a refused save it becomes the stored version, so saving again keeps
  // what is typed here, as the message says.
  const base = useRef(prescription);
  const errors = prescriptionErrors(values);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const common = { showErrors: submitted };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) {
      setSaveError('Some fields need a fix: see the messages next to them.');
      return;
    }
    try {
      await savePrescription(
        clientId,
        {
          ...(prescription ? { id: prescription.id } : {}),
          prescriber: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            npi: values.npi.replace(/[\s-]/g, ''),
            credential: values.credential,
          },
          writtenOn: parseDate(values.writtenOn)!,
          expiresOn: parseDate(values.expiresOn) ?? '',
          ...(values.visitsAuthorized.trim() ? { visitsAuthorized: Number(values.visitsAuthorized) } : {}),
          diagnoses: parseIcdList(values.diagnoses),
          frequency: values.frequency.trim(),
          notes: values.notes.trim(),
        },
        // What this form loaded: another window's edits to other fields are kept (lib/store/merge.ts).
        base.current,
      );
      onDone();
    } catch (error) {
      if (error instanceof ConflictError) base.current = error.current as Prescription;
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const formRef = useRef<HTMLFormElement>(null);
  // Escape closes the form, as Cancel does.
  useEscape(formRef, onDone);
  return (
    <form
      ref={formRef}
      class="form form-inline-card"
      onSubmit={submit}
      noValidate
      aria-label={prescription ? 'Edit prescription' : 'New prescription'}
    >
      <Fieldset legend="Prescriber (box 17)">
        <TextField
          label="First name"
          value={values.firstName}
          onValue={set('firstName')}
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
        <SelectField
          label="Credential"
          size="xs"
          value={values.credential}
          onValue={set('credential')}
          options={CREDENTIALS.map((c) => ({ value: c, label: c }))}
        />
        <TextField
          label="NPI (box 17b)"
          size="s"
          value={values.npi}
          onValue={set('npi')}
          error={errors.npi}
          inputMode="numeric"
          maxLength={12}
          {...common}
        />
      </Fieldset>
      <Fieldset legend="Prescription">
        <TextField
          label="Written on"
          required
          size="s"
          value={values.writtenOn}
          onValue={set('writtenOn')}
          error={errors.writtenOn}
          placeholder="YYYY-MM-DD"
          {...common}
        />
        <TextField
          label="Expires on"
          size="s"
          value={values.expiresOn}
          onValue={set('expiresOn')}
          error={errors.expiresOn}
          placeholder="YYYY-MM-DD"
          {...common}
        />
        <TextField
          label="Visits authorised"
          size="s"
          value={values.visitsAuthorized}
          onValue={set('visitsAuthorized')}
          error={errors.visitsAuthorized}
          inputMode="numeric"
          hint="Empty: no limit"
          {...common}
        />
        <TextField
          label="Frequency"
          size="s"
          value={values.frequency}
          onValue={set('frequency')}
          placeholder="1x a week"
          {...common}
        />
        <TextField
          label="Diagnoses (ICD-10-CM)"
          required
          size="l"
          value={values.diagnoses}
          onValue={set('diagnoses')}
          error={errors.diagnoses}
          placeholder="M54.50, M62.830"
          hint="In the order of box 21 (A, B, C…), separated by commas"
          {...common}
        />
      </Fieldset>
      <TextAreaField label="Notes" value={values.notes} onValue={set('notes')} />
      <FormStatus error={saveError} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          {prescription ? 'Save prescription' : 'Add prescription'}
        </button>
        <button type="button" class="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
