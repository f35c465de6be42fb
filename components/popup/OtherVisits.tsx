import { useRef, useState } from 'preact/hooks';
import { useEscape } from '../shared/use-escape';
import { PROVIDER_TYPES, type Client, type OtherVisit } from '../../lib/model';
import { deleteOtherVisit, saveOtherVisit } from '../../lib/store';
import { Fieldset, FormStatus, SelectField, TextField } from '../shared/Field';
import { dateError, parseDate } from '../shared/validate';
import { PROVIDER_LABELS } from './format';
import { ConfirmButton } from '../shared/ConfirmButton';

function VisitForm({
  clientId,
  visit,
  onDone,
}: {
  clientId: string;
  visit?: OtherVisit;
  onDone: () => void;
}) {
  const [date, setDate] = useState(visit?.date ?? '');
  const [providerType, setProviderType] = useState<OtherVisit['providerType']>(
    visit?.providerType ?? 'chiropractor',
  );
  const [note, setNote] = useState(visit?.note ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const error = dateError(date, { required: true });

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (error) return;
    try {
      await saveOtherVisit(clientId, {
        ...(visit ? { id: visit.id } : {}),
        date: parseDate(date)!,
        providerType,
        note: note.trim(),
      });
      onDone();
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
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
      aria-label={visit ? 'Edit visit' : 'New visit to another provider'}
    >
      <Fieldset legend="Visit to another provider">
        <TextField
          label="Date"
          required
          size="s"
          value={date}
          onValue={setDate}
          error={error}
          showErrors={submitted}
          placeholder="YYYY-MM-DD"
          autoFocus
        />
        <SelectField
          label="Provider"
          value={providerType}
          onValue={setProviderType}
          options={PROVIDER_TYPES.map((p) => ({ value: p, label: PROVIDER_LABELS[p] }))}
        />
        <TextField
          label="Note"
          size="l"
          value={note}
          onValue={setNote}
          placeholder="Dr. Price adjusts on Thursdays"
        />
      </Fieldset>
      <FormStatus error={saveError} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          {visit ? 'Save visit' : 'Add visit'}
        </button>
        <button type="button" class="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * Visits to a chiropractor, physical therapist or physician: payers often refuse massage billed on the
 * same day, so the session form and the checklist read these.
 */
export function OtherVisits({ client }: { client: Client }) {
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const sorted = [...client.otherVisits].sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <div class="tab-body">
      <div class="tab-toolbar">
        <p class="muted">
          {sorted.length === 0
            ? 'No visits to other providers recorded.'
            : 'Massage on the same day as these is often denied.'}
        </p>
        {editing !== 'new' ? (
          <button type="button" class="btn btn-primary btn-small" onClick={() => setEditing('new')}>
            Add visit
          </button>
        ) : null}
      </div>
      {editing === 'new' ? <VisitForm clientId={client.id} onDone={() => setEditing(undefined)} /> : null}
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {sorted.length ? (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Provider</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((v) =>
              editing === v.id ? (
                <tr key={v.id}>
                  <td colSpan={4}>
                    <VisitForm clientId={client.id} visit={v} onDone={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : (
                <tr key={v.id}>
                  <td>{v.date}</td>
                  <td>{PROVIDER_LABELS[v.providerType]}</td>
                  <td>{v.note}</td>
                  <td class="actions">
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-label={`Edit the visit on ${v.date}`}
                      onClick={() => setEditing(v.id)}
                    >
                      Edit
                    </button>
                    <ConfirmButton
                      small
                      label="Delete"
                      ariaLabel={`Delete the visit on ${v.date}`}
                      question="Delete this visit?"
                      confirmLabel="Delete"
                      onConfirm={() =>
                        void deleteOtherVisit(client.id, v.id).catch((e: unknown) =>
                          setError(e instanceof Error ? e.message : String(e)),
                        )
                      }
                    />
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
