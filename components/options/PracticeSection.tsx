import { AddressFields } from '../shared/AddressFields';
import { useEffect, useState } from 'preact/hooks';
import { MASSAGE_THERAPIST_TAXONOMY, type Practice } from '../../lib/model';
import { getPractice, updatePractice, type PracticePatch } from '../../lib/store';
import { Fieldset, FormStatus, SelectField, TextField } from '../shared/Field';
import { npiError, requiredError, stateError, taxIdError, zipError } from '../shared/validate';
import { useStoreQuery } from '../shared/use-store-query';

type Values = {
  name: string;
  billingNpi: string;
  renderingNpi: string;
  taxId: string;
  taxIdKind: Practice['taxIdKind'];
  taxonomy: string;
  licenseNumber: string;
  licenseState: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
};

function toValues(p: Practice): Values {
  return {
    name: p.name,
    billingNpi: p.billingNpi,
    renderingNpi: p.renderingNpi,
    taxId: p.taxId,
    taxIdKind: p.taxIdKind,
    taxonomy: p.taxonomy,
    licenseNumber: p.licenseNumber,
    licenseState: p.licenseState,
    line1: p.address.line1,
    line2: p.address.line2,
    city: p.address.city,
    state: p.address.state,
    zip: p.address.zip,
    phone: p.phone,
  };
}

function toModel(v: Values): Practice {
  const t = (s: string) => s.trim();
  return {
    name: t(v.name),
    billingNpi: v.billingNpi.replace(/[\s-]/g, ''),
    renderingNpi: v.renderingNpi.replace(/[\s-]/g, ''),
    taxId: t(v.taxId),
    taxIdKind: v.taxIdKind,
    taxonomy: t(v.taxonomy).toUpperCase() || MASSAGE_THERAPIST_TAXONOMY,
    licenseNumber: t(v.licenseNumber),
    licenseState: t(v.licenseState).toUpperCase(),
    address: {
      line1: t(v.line1),
      line2: t(v.line2),
      city: t(v.city),
      state: t(v.state).toUpperCase(),
      zip: t(v.zip),
    },
    phone: t(v.phone),
  };
}

export function practiceErrors(v: Values): Partial<Record<keyof Values, string>> {
  return {
    name: requiredError(v.name, 'the practice name'),
    billingNpi: npiError(v.billingNpi, true),
    renderingNpi: npiError(v.renderingNpi),
    taxId: taxIdError(v.taxId, v.taxIdKind),
    taxonomy:
      /^[0-9A-Za-z]{9}X$/.test(v.taxonomy.trim()) || !v.taxonomy.trim()
        ? undefined
        : 'A taxonomy code is 10 characters ending in X (225700000X).',
    licenseState: stateError(v.licenseState),
    state: stateError(v.state),
    zip: zipError(v.zip),
  };
}

/** The practice profile: name, NPIs, tax id, taxonomy, license, address. */
export function PracticeSection() {
  const stored = useStoreQuery(getPractice, [], (c) => c.practice);
  if (!stored.data) return <p class="muted">{stored.error ?? 'Loading…'}</p>;
  return <PracticeForm practice={stored.data} />;
}

function PracticeForm({ practice }: { practice: Practice }) {
  const [initial, setInitial] = useState(() => toValues(practice));
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});
  const errors = practiceErrors(values);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) => {
      setStatus({});
      setValues((v) => ({ ...v, [key]: value }));
    };
  const common = { showErrors: submitted };

  // Another page saved the practice: take its values for the fields not being edited here.
  useEffect(() => {
    const fresh = toValues(practice);
    setValues((v) => {
      const next = { ...v };
      for (const key of Object.keys(fresh) as (keyof Values)[])
        if (v[key] === initial[key]) (next as Record<string, string>)[key] = fresh[key];
      return next;
    });
    setInitial(fresh);
  }, [practice]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) {
      setStatus({ error: 'Some fields need a fix: see the messages next to them.' });
      return;
    }
    const before = toModel(initial);
    const after = toModel(values);
    const patch: PracticePatch = {};
    for (const key of Object.keys(after) as (keyof Practice)[]) {
      if (key === 'address') continue;
      if (after[key] !== before[key]) (patch as Record<string, unknown>)[key] = after[key];
    }
    const address = Object.fromEntries(
      (Object.keys(after.address) as (keyof Practice['address'])[])
        .filter((k) => after.address[k] !== before.address[k])
        .map((k) => [k, after.address[k]]),
    );
    if (Object.keys(address).length) patch.address = address;
    try {
      await updatePractice(patch);
      setInitial(values);
      setStatus({ saved: 'Practice profile saved.' });
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="form" onSubmit={submit} noValidate aria-label="Practice profile">
      <Fieldset legend="Practice">
        <TextField
          label="Practice name"
          required
          size="l"
          value={values.name}
          onValue={set('name')}
          error={errors.name}
          hint="Box 33, as on your NPI record"
          {...common}
        />
        <TextField label="Phone" type="tel" value={values.phone} onValue={set('phone')} {...common} />
      </Fieldset>
      <Fieldset legend="Identifiers">
        <TextField
          label="Billing NPI"
          required
          value={values.billingNpi}
          onValue={set('billingNpi')}
          error={errors.billingNpi}
          inputMode="numeric"
          hint="Box 33a"
          {...common}
        />
        <TextField
          label="Rendering NPI"
          value={values.renderingNpi}
          onValue={set('renderingNpi')}
          error={errors.renderingNpi}
          inputMode="numeric"
          hint="Box 24J; empty when the billing NPI is yours"
          {...common}
        />
        <TextField
          label="Tax id"
          value={values.taxId}
          onValue={set('taxId')}
          error={errors.taxId}
          hint="Box 25"
          {...common}
        />
        <SelectField
          label="Kind of tax id"
          size="s"
          value={values.taxIdKind}
          onValue={set('taxIdKind')}
          options={[
            { value: 'EIN', label: 'EIN' },
            { value: 'SSN', label: 'SSN' },
          ]}
        />
        <TextField
          label="Taxonomy"
          value={values.taxonomy}
          onValue={set('taxonomy')}
          error={errors.taxonomy}
          hint="Massage therapist: 225700000X"
          {...common}
        />
      </Fieldset>
      <Fieldset legend="License">
        <TextField
          label="License number"
          value={values.licenseNumber}
          onValue={set('licenseNumber')}
          {...common}
        />
        <TextField
          label="License state"
          size="s"
          value={values.licenseState}
          onValue={set('licenseState')}
          error={errors.licenseState}
          maxLength={2}
          {...common}
        />
      </Fieldset>
      <Fieldset legend="Address (box 32 and 33)">
        <AddressFields values={values} set={set} errors={errors} showErrors={submitted} />
      </Fieldset>
      <FormStatus error={status.error} saved={status.saved} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          Save practice
        </button>
      </div>
    </form>
  );
}
