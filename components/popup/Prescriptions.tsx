import { useState } from 'preact/hooks';
import type { Client, Prescription, Session } from '../../lib/model';
import { coversDate } from '../../lib/claims/from-session';
import { deletePrescription } from '../../lib/store';
import { PrescriptionForm } from './PrescriptionForm';
import { ConfirmButton } from '../shared/ConfirmButton';

const USED = new Set(['done', 'billed', 'paid', 'denied']);

/** Visits used on a prescription: sessions inside its window that took place (DESIGN.md's definition). */
export function visitsUsed(rx: Prescription, sessions: readonly Session[]): number {
  return sessions.filter((s) => coversDate(rx, s.date) && USED.has(s.status)).length;
}

function validity(rx: Prescription, today: string): { text: string; tone: 'pass' | 'fail' | 'unknown' } {
  if (rx.writtenOn > today) return { text: 'Not valid yet', tone: 'unknown' };
  if (rx.expiresOn && rx.expiresOn < today) return { text: 'Expired', tone: 'fail' };
  return { text: 'Valid today', tone: 'pass' };
}

type Props = {
  client: Client;
  sessions: readonly Session[];
  today: string;
  /** Open the add form at once (the checklist's "Add a prescription"). */
  startAdding?: boolean;
};

export function Prescriptions({ client, sessions, today, startAdding }: Props) {
  const [editing, setEditing] = useState<string | 'new' | undefined>(startAdding ? 'new' : undefined);
  const [error, setError] = useState<string | undefined>();
  const sorted = [...client.prescriptions].sort((a, b) => (a.writtenOn < b.writtenOn ? 1 : -1));

  return (
    <div class="tab-body">
      <div class="tab-toolbar">
        <p class="muted">
          {sorted.length === 0 ? 'No prescription on file.' : `${sorted.length} on file, latest first.`}
        </p>
        {editing !== 'new' ? (
          <button type="button" class="btn btn-primary btn-small" onClick={() => setEditing('new')}>
            Add prescription
          </button>
        ) : null}
      </div>
      {editing === 'new' ? (
        <PrescriptionForm clientId={client.id} onDone={() => setEditing(undefined)} />
      ) : null}
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul class="cards">
        {sorted.map((rx) => {
          if (editing === rx.id) {
            return (
              <li key={rx.id}>
                <PrescriptionForm
                  clientId={client.id}
                  prescription={rx}
                  onDone={() => setEditing(undefined)}
                />
              </li>
            );
          }
          const used = visitsUsed(rx, sessions);
          const v = validity(rx, today);
          const prescriber =
            [rx.prescriber.firstName, rx.prescriber.lastName].filter(Boolean).join(' ') ||
            'Unnamed prescriber';
          return (
            <li key={rx.id} class="card" data-testid="prescription">
              <div class="card-head">
                <h3>
                  {prescriber}, {rx.prescriber.credential}
                </h3>
                <span class={`badge badge-${v.tone}`}>{v.text}</span>
              </div>
              <dl class="facts">
                <div>
                  <dt>NPI</dt>
                  <dd>{rx.prescriber.npi || <span class="muted">none on file</span>}</dd>
                </div>
                <div>
                  <dt>Written</dt>
                  <dd>{rx.writtenOn}</dd>
                </div>
                <div>
                  <dt>Expires</dt>
                  <dd>{rx.expiresOn || <span class="muted">no date</span>}</dd>
                </div>
                <div>
                  <dt>Visits</dt>
                  <dd>
                    {rx.visitsAuthorized === undefined
                      ? `${used} used, no limit`
                      : `${rx.visitsAuthorized} authorised · ${used} used · ${Math.max(0, rx.visitsAuthorized - used)} remaining`}
                  </dd>
                </div>
                <div class="facts-wide">
                  <dt>Diagnoses</dt>
                  <dd>{rx.diagnoses.length ? rx.diagnoses.join(', ') : <span class="muted">none</span>}</dd>
                </div>
                {rx.frequency ? (
                  <div>
                    <dt>Frequency</dt>
                    <dd>{rx.frequency}</dd>
                  </div>
                ) : null}
                {rx.notes ? (
                  <div class="facts-wide">
                    <dt>Notes</dt>
                    <dd class="pre">{rx.notes}</dd>
                  </div>
                ) : null}
              </dl>
              <div class="btn-row">
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => setEditing(rx.id)}
                  aria-label={`Edit the prescription from ${prescriber}`}
                >
                  Edit
                </button>
                <ConfirmButton
                  small
                  label="Delete"
                  ariaLabel={`Delete the prescription from ${prescriber}`}
                  question={`Delete the prescription written ${rx.writtenOn}?`}
                  confirmLabel="Delete"
                  onConfirm={() =>
                    void deletePrescription(client.id, rx.id).catch((e: unknown) =>
                      setError(e instanceof Error ? e.message : String(e)),
                    )
                  }
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
