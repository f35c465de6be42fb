import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Client, Practice, Session, Settings } from '../../lib/model';
import { buildChecklist, type ChecklistFix } from '../../lib/claims/checklist';
import { deleteSession, displayName, updateClient, updateSession } from '../../lib/store';
import { Checklist } from './Checklist';
import { longDate } from './format';
import type { Navigate } from './route';
import { SessionForm } from './SessionForm';
import { SessionHistory } from './ClientHistory';
import { ConfirmButton } from '../shared/ConfirmButton';
import { sessionSuperbillUrl } from '../../lib/superbill/params';

type Props = {
  client: Client;
  session: Session;
  sessions: Session[];
  practice: Practice;
  settings: Settings;
  today: string;
  navigate: Navigate;
};

/** One session: its checklist first (is it ready to bill?), then the session itself to edit. */
export function SessionPage({ client, session, sessions, practice, settings, today, navigate }: Props) {
  const items = useMemo(
    () => buildChecklist({ session, client, sessions, practice, settings, today }),
    [session, client, sessions, practice, settings, today],
  );
  const [error, setError] = useState<string | undefined>();
  // A fix changes the stored session under the form: draw the form again from it once it arrives.
  const [formRev, setFormRev] = useState(0);
  const fixPending = useRef(false);
  useEffect(() => {
    if (!fixPending.current) return;
    fixPending.current = false;
    setFormRev((r) => r + 1);
  }, [session]);
  const onFix = async (fix: ChecklistFix) => {
    if (fix.kind === 'add-prescription') {
      navigate({ view: 'client', clientId: client.id, tab: 'prescriptions', adding: true });
      return;
    }
    if (fix.kind === 'verify-eligibility') {
      await updateClient(client.id, { eligibility: { verifiedOn: today } });
      return;
    }
    fixPending.current = true;
    if (fix.kind === 'mark-soap') await updateSession(session.id, { soapNotesDone: true });
    if (fix.kind === 'set-units') {
      const units = new Map(fix.units.map((u) => [u.line, u.units]));
      await updateSession(session.id, {
        lines: session.lines.map((l, i) => (units.has(i) ? { ...l, units: units.get(i)! } : l)),
      });
    }
  };
  return (
    <article class="session-page" aria-labelledby="detail-heading">
      <header class="detail-header">
        <div>
          <p class="breadcrumb">
            <button
              type="button"
              class="btn-link"
              onClick={() => navigate({ view: 'client', clientId: client.id, tab: 'sessions' })}
            >
              ← {displayName(client)}
            </button>
          </p>
          <h2 id="detail-heading" tabIndex={-1}>
            Session on {longDate(session.date)}
          </h2>
        </div>
        <div class="btn-row">
          <a class="btn btn-small" href={sessionSuperbillUrl(session.id)} target="_blank" rel="noopener">
            Superbill
          </a>
          <ConfirmButton
            small
            label="Delete session"
            question="Delete this session?"
            confirmLabel="Delete"
            onConfirm={() =>
              deleteSession(session.id).then(
                () => navigate({ view: 'client', clientId: client.id, tab: 'sessions' }),
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              )
            }
          />
        </div>
      </header>
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <Checklist items={items} headingId="checklist-heading" onFix={onFix} />
      <h3 class="section-title">Edit the session</h3>
      {/* The form keeps what is being typed; a save sends only the fields changed here. */}
      <SessionForm
        key={`${session.id}:${formRev}`}
        client={client}
        session={session}
        sessions={sessions}
        settings={settings}
        today={today}
        onSaved={() => undefined}
        onCancel={() => navigate({ view: 'client', clientId: client.id, tab: 'sessions' })}
      />
      <SessionHistory client={client} session={session} />
    </article>
  );
}
