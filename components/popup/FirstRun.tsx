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
  const steps = [missing.length === 0, summaries.length > 0, hasSession];
  if (steps.every(Boolean)) return null;
  const firstClient = summaries[0];
  return (
    <section class="first-run" aria-labelledby="first-run-heading" data-testid="first-run">
      <h3 id="first-run-heading">Getting started</h3>
      <ol class="first-run-steps">
        <li data-step="practice" data-done={String(steps[0])}>
          <span class="first-run-mark" aria-hidden="true">
            {steps[0] ? '✓' : '1'}
          </span>
          <div>
            <p>
              <strong>Your practice profile</strong>
              {steps[0] ? <span class="visually-hidden"> (done)</span> : null}
            </p>
            <p class="muted small">
              {steps[0]
                ? 'Name, NPI, tax id and license are on file.'
                : `Every claim needs it. Missing: ${missing.join(', ')}.`}
            </p>
            {steps[0] ? null : (
              <a
                class="btn btn-small btn-primary"
                href={settingsUrl('practice')}
                target="_blank"
                rel="noopener"
              >
                Open Settings, Practice
              </a>
            )}
          </div>
        </li>
        <li data-step="client" data-done={String(steps[1])}>
          <span class="first-run-mark" aria-hidden="true">
            {steps[1] ? '✓' : '2'}
          </span>
          <div>
            <p>
              <strong>Your first client</strong>
              {steps[1] ? <span class="visually-hidden"> (done)</span> : null}
            </p>
            <p class="muted small">Their insurance, prescription and visits to other providers.</p>
            {steps[1] ? null : (
              <button type="button" class="btn btn-small" onClick={() => navigate({ view: 'new-client' })}>
                Add your first client
              </button>
            )}
          </div>
        </li>
        <li data-step="session" data-done={String(steps[2])}>
          <span class="first-run-mark" aria-hidden="true">
            {steps[2] ? '✓' : '3'}
          </span>
          <div>
            <p>
              <strong>Their first session</strong>
              {steps[2] ? <span class="visually-hidden"> (done)</span> : null}
            </p>
            <p class="muted small">Its checklist says what to fix before the claim goes out.</p>
            {!steps[2] && firstClient ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => navigate({ view: 'new-session', clientId: firstClient.id })}
              >
                Add a session for {firstClient.firstName || firstClient.lastName}
              </button>
            ) : null}
          </div>
        </li>
      </ol>
    </section>
  );
}
