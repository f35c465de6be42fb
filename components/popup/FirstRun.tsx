import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Practice } from '../../lib/model';
import { getClientSessions, type ClientSummary } from '../../lib/store';
import { settingsUrl } from './settings-link';
import type { Navigate } from './route';

/** What every claim needs from the practice profile (boxes 25, 33, 33a) and the checklist's license item. */
export function missingPracticeFields(practice: Practice | undefined): string[] {
  if (!practice) return [];
  const missing: string[] = [];
  if (!practice.name.trim()) missing.push('practice name');
  if (!practice.billingNpi.trim()) missing.push('billing NPI');
  if (!practice.taxId.trim()) missing.push('tax id');
  if (!practice.licenseNumber.trim() || !practice.licenseState.trim()) missing.push('license');
  return missing;
}

/** The first clients looked at for "has any session": a practice past three clients is set up. */
const FIRST_CLIENTS = 3;

/**
 * First run: the practice profile, then the first client, then the first session, each step a link or
 * button to the place it is done, ticked off as it is. Hidden once all three are done.
 */
export function FirstRun({
  practice,
  summaries,
  navigate,
}: {
  practice: Practice | undefined;
  summaries: ClientSummary[] | undefined;
  navigate: Navigate;
}) {
  const [hasSession, setHasSession] = useState<boolean | undefined>();
  const first = summaries && summaries.length <= FIRST_CLIENTS ? summaries : undefined;
  useEffect(() => {
    if (!summaries) return;
    if (!first) return setHasSession(true);
    let alive = true;
    void Promise.all(first.map((c) => getClientSessions(c.id))).then(
      (lists) => alive && setHasSession(lists.some((l) => l.length > 0)),
      () => alive && setHasSession(true),
    );
    return () => {
      alive = false;
    };
  }, [summaries]);
  if (!practice || !summaries || hasSession === undefined) return null;
  const missing = missingPracticeFields(practice);
  const steps = [missing.length === 0, summaries.length > 0, hasSession] as const;
  if (steps.every(Boolean)) return null;
  const firstClient = summaries[0];
  return (
    <section class="first-run" aria-labelledby="first-run-heading" data-testid="first-run">
      <h3 id="first-run-heading">Getting started</h3>
      <ol class="first-run-steps">
        <Step
          id="practice"
          n={1}
          done={steps[0]}
          title="Your practice profile"
          hint={
            steps[0]
              ? 'Name, NPI, tax id and license are on file.'
              : `Every claim needs it. Missing: ${missing.join(', ')}.`
          }
        >
          <a class="btn btn-small btn-primary" href={settingsUrl('practice')} target="_blank" rel="noopener">
            Open Settings, Practice
          </a>
        </Step>
        <Step
          id="client"
          n={2}
          done={steps[1]}
          title="Your first client"
          hint="Their insurance, prescription and visits to other providers."
        >
          <button type="button" class="btn btn-small" onClick={() => navigate({ view: 'new-client' })}>
            Add your first client
          </button>
        </Step>
        <Step
          id="session"
          n={3}
          done={steps[2]}
          title="Their first session"
          hint="Its checklist says what to fix before the claim goes out."
        >
          {firstClient ? (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => navigate({ view: 'new-session', clientId: firstClient.id })}
            >
              Add a session for {firstClient.firstName || firstClient.lastName}
            </button>
          ) : null}
        </Step>
      </ol>
    </section>
  );
}

/** One step of the list: its number or a tick, what it is, and (until it is done) the control that does it. */
function Step(props: {
  id: string;
  n: number;
  done: boolean;
  title: string;
  hint: string;
  children: ComponentChildren;
}) {
  return (
    <li data-step={props.id} data-done={String(props.done)}>
      <span class="first-run-mark" aria-hidden="true">
        {props.done ? '✓' : String(props.n)}
      </span>
      <div>
        <p>
          <strong>{props.title}</strong>
          {props.done ? <span class="visually-hidden"> (done)</span> : null}
        </p>
        <p class="muted small">{props.hint}</p>
        {props.done ? null : props.children}
      </div>
    </li>
  );
}
