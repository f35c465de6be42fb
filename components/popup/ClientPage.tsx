import { useMemo, useRef, useState } from 'preact/hooks';
import type { Client, Practice, Session, Settings } from '../../lib/model';
import { buildChecklist, daysSinceVerified } from '../../lib/claims/checklist';
import { deleteClient, displayName } from '../../lib/store';
import { ChecklistSummary } from './Checklist';
import { ClientForm } from './ClientForm';
import { CLAIM_KIND_LABELS, codesOf, STATUS_LABELS } from './format';
import { ClientHistory } from './ClientHistory';
import { OtherVisits } from './OtherVisits';
import { Prescriptions } from './Prescriptions';
import type { ClientTab, Navigate } from './route';
import { ConfirmButton } from '../shared/ConfirmButton';
import { superbillUrl } from '../../lib/superbill/params';

type Props = {
  client: Client;
  sessions: Session[];
  practice: Practice;
  settings: Settings;
  today: string;
  tab: ClientTab;
  /** Open the tab's add form at once. */
  adding?: boolean;
  navigate: Navigate;
};

const TABS: { id: ClientTab; label: string }[] = [
  { id: 'sessions', label: 'Sessions' },
  { id: 'prescriptions', label: 'Prescriptions' },
  { id: 'visits', label: 'Other providers' },
  { id: 'details', label: 'Details' },
];

/** One client: a header with who they are and their insurance, then tabs for the rest. */
export function ClientPage({ client, sessions, practice, settings, today, tab, adding, navigate }: Props) {
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (id: ClientTab) => navigate({ view: 'client', clientId: client.id, tab: id });
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : -1;
    if (next < 0) return;
    e.preventDefault();
    select(TABS[next]!.id);
    tabRefs.current[TABS[next]!.id]?.focus();
  };
  const counts: Record<ClientTab, number | undefined> = {
    sessions: sessions.length,
    prescriptions: client.prescriptions.length,
    visits: client.otherVisits.length,
    details: undefined,
  };

  return (
    <article class="client-page" aria-labelledby="detail-heading">
      <header class="detail-header">
        <div>
          <h2 id="detail-heading" tabIndex={-1}>
            {displayName(client)}
          </h2>
          <p class="muted small">
            {client.birthDate ? `Born ${client.birthDate}` : 'No birth date'}
            {client.payer.name ? ` · ${client.payer.name}` : ' · No payer'}
            {client.payer.memberId ? ` · Member ${client.payer.memberId}` : ''}
          </p>
          <EligibilityBadge client={client} today={today} freshDays={settings.eligibilityFreshnessDays} />
        </div>
        <div class="btn-row">
          <a
            class="btn"
            href={superbillUrl(client.id)}
            target="_blank"
            rel="noopener"
            title="Every session of this client, ready to print or save as PDF"
          >
            Superbill
          </a>
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => navigate({ view: 'new-session', clientId: client.id })}
          >
            New session
          </button>
        </div>
      </header>
      <div class="tabs" role="tablist" aria-label="Client record">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            class="tab"
            onClick={() => select(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
            {counts[t.id] !== undefined ? <span class="tab-count">{counts[t.id]}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
        {tab === 'sessions' ? (
          <SessionsTab
            client={client}
            sessions={sessions}
            practice={practice}
            settings={settings}
            today={today}
            navigate={navigate}
          />
        ) : tab === 'prescriptions' ? (
          <Prescriptions client={client} sessions={sessions} today={today} startAdding={adding} />
        ) : tab === 'visits' ? (
          <OtherVisits client={client} />
        ) : (
          <DetailsTab client={client} today={today} navigate={navigate} />
        )}
      </div>
    </article>
  );
}

function SessionsTab({
  client,
  sessions,
  practice,
  settings,
  today,
  navigate,
}: Omit<Props, 'tab' | 'adding'>) {
  const rows = useMemo(
    () =>
      [...sessions]
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
        .map((session) => ({
          session,
          items: buildChecklist({ session, client, sessions, practice, settings, today }),
        })),
    [client, sessions, practice, settings, today],
  );
  if (rows.length === 0) {
    return (
      <div class="tab-body empty">
        <p>No sessions yet.</p>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => navigate({ view: 'new-session', clientId: client.id })}
        >
          Add the first session
        </button>
      </div>
    );
  }
  return (
    <div class="tab-body">
      <table class="table sessions-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Minutes</th>
            <th scope="col">Codes</th>
            <th scope="col">Status</th>
            <th scope="col">Checklist</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ session, items }) => (
            <tr key={session.id} class={session.date === today ? 'row-today' : undefined}>
              <td>
                <button
                  type="button"
                  class="btn-link"
                  onClick={() => navigate({ view: 'session', clientId: client.id, sessionId: session.id })}
                >
                  {session.date}
                </button>
                {session.date === today ? <span class="muted small"> today</span> : null}
              </td>
              <td>{session.minutes}</td>
              <td>{codesOf(session)}</td>
              <td>
                <span class={`badge badge-${session.status}`}>{STATUS_LABELS[session.status]}</span>
              </td>
              <td>
                <ChecklistSummary items={items} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DetailsTab({ client, today, navigate }: { client: Client; today: string; navigate: Navigate }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (editing) {
    return (
      <div class="tab-body">
        <ClientForm
          client={client}
          today={today}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }
  const a = client.address;
  const address = [
    a.line1,
    a.line2,
    [a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  ]
    .filter(Boolean)
    .join(', ');
  const p = client.payer;
  return (
    <div class="tab-body">
      <section aria-labelledby="details-client">
        <h3 id="details-client" class="section-title">
          Client
        </h3>
        <dl class="facts">
          <Fact term="Name" value={`${client.firstName} ${client.lastName}`.trim()} />
          <Fact term="Birth date" value={client.birthDate ?? ''} />
          <Fact term="Phone" value={client.phone} />
          <Fact term="Address" value={address} wide />
        </dl>
      </section>
      <section aria-labelledby="details-payer">
        <h3 id="details-payer" class="section-title">
          Insurance
        </h3>
        <dl class="facts">
          <Fact term="Payer" value={p.name} />
          <Fact term="Member id" value={p.memberId} />
          <Fact term="Group" value={p.groupNumber} />
          <Fact term="Kind of claim" value={CLAIM_KIND_LABELS[p.claimKind]} />
          {p.claimKind !== 'health' ? (
            <>
              <Fact term="Claim number" value={p.claimNumber} />
              <Fact term="Date of injury" value={p.dateOfInjury ?? ''} />
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="details-eligibility">
        <h3 id="details-eligibility" class="section-title">
          Eligibility
        </h3>
        <dl class="facts">
          <Fact term="Verified on" value={client.eligibility.verifiedOn ?? ''} />
          <Fact term="Notes" value={client.eligibility.notes} wide />
        </dl>
      </section>
      {client.notes ? (
        <section aria-labelledby="details-notes">
          <h3 id="details-notes" class="section-title">
            Notes
          </h3>
          <p class="pre">{client.notes}</p>
        </section>
      ) : null}
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="btn-row form-actions">
        <button type="button" class="btn btn-primary" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <ConfirmButton
          label="Delete client"
          question={`Delete ${displayName(client)} and all their sessions? This cannot be undone.`}
          confirmLabel="Delete for good"
          onConfirm={() =>
            deleteClient(client.id).then(
              () => navigate({ view: 'home' }),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
          }
        />
      </div>
      <ClientHistory client={client} />
    </div>
  );
}

/** Whether the payer confirmed coverage recently enough (the settings' freshness). */
function EligibilityBadge({
  client,
  today,
  freshDays,
}: {
  client: Client;
  today: string;
  freshDays: number;
}) {
  const days = daysSinceVerified(client, today);
  if (days === undefined) return <p class="badge badge-fail eligibility">Eligibility not verified</p>;
  const when =
    days < 0
      ? `on ${client.eligibility.verifiedOn}`
      : days === 0
        ? 'today'
        : days === 1
          ? 'yesterday'
          : `${days} days ago`;
  return days > freshDays ? (
    <p class="badge badge-fail eligibility">Eligibility verified {when}: check it again</p>
  ) : (
    <p class="badge badge-pass eligibility">Eligibility verified {when}</p>
  );
}

function Fact({ term, value, wide }: { term: string; value: string; wide?: boolean }) {
  return (
    <div class={wide ? 'facts-wide' : undefined}>
      <dt>{term}</dt>
      <dd>{value || <span class="muted">—</span>}</dd>
    </div>
  );
}
