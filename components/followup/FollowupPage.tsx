import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { formatMoney } from '../../lib/followup/money';
import { buildOutstanding, owedOn, type ClaimRow } from '../../lib/followup/outstanding';
import { sessionSuperbillUrl } from '../../lib/superbill/params';
import { usDate } from '../superbill/format';
import { BalancesSection } from './BalancesSection';
import { ClaimEditor } from './ClaimEditor';
import { CodeExplanations } from './CodeExplanations';
import {
  ClientCell,
  ColumnHeads,
  deadlineText,
  describe,
  Empty,
  plural,
  Section,
  StateBadge,
  SummaryTile,
} from './parts';
import { useFollowupRecords } from './use-followup-records';

type Props = { today?: string };

const PAGE = 50;

/**
 * Claims to follow up (`followup.html`), a full-tab view for the billing person: what is billed and
 * unpaid by age, denied and not resubmitted, near or past the filing limit, what clients owe, and every
 * billed claim, each editable. `<body data-ready="true">` once the records are read and drawn.
 */
export function FollowupPage({ today = localToday() }: Props) {
  const { records, loadError } = useFollowupRecords();
  const [editing, setEditing] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [shown, setShown] = useState(PAGE);

  const outstanding = useMemo(
    () => (records ? buildOutstanding({ ...records, today }) : undefined),
    [records, today],
  );

  useEffect(() => {
    if (outstanding || loadError) document.body.dataset.ready = 'true';
  }, [outstanding, loadError]);

  if (loadError) {
    return (
      <main class="fu">
        <h1>Claims to follow up</h1>
        <p class="alert alert-error" role="alert">
          The records could not be read: {loadError}
        </p>
      </main>
    );
  }
  if (!outstanding) {
    return (
      <main class="fu">
        <h1>Claims to follow up</h1>
        <p role="status">Reading the records…</p>
      </main>
    );
  }

  const { aging, denied, filing, balances, claims, totals } = outstanding;
  // Oldest first: the claims most at risk of never being paid.
  const unpaid = [...aging].reverse().flatMap((b) => b.rows);
  const editorFor = (section: string, row: ClaimRow) =>
    editing === `${section}:${row.session.id}` ? (
      <tr class="fu-editor-row">
        <td colSpan={20}>
          <ClaimEditor
            session={row.session}
            client={row.client}
            today={today}
            onClose={() => setEditing(undefined)}
            onSaved={(message) => {
              setEditing(undefined);
              setAnnouncement(message);
            }}
          />
        </td>
      </tr>
    ) : null;
  const actions = (section: string, row: ClaimRow, label = 'Update') => (
    <td class="fu-actions">
      <button
        type="button"
        class="btn btn-small"
        aria-expanded={editing === `${section}:${row.session.id}`}
        aria-label={`${label}: ${describe(row)}`}
        onClick={() =>
          setEditing(editing === `${section}:${row.session.id}` ? undefined : `${section}:${row.session.id}`)
        }
      >
        {label}
      </button>
      <a
        class="btn btn-small btn-link"
        href={sessionSuperbillUrl(row.session.id)}
        target="_blank"
        rel="noopener"
        aria-label={`Superbill: ${describe(row)}`}
      >
        Superbill
      </a>
    </td>
  );

  return (
    <main class="fu">
      <header class="fu-head">
        <h1>Claims to follow up</h1>
        <p class="muted">As of {usDate(today)}. Figures update as soon as a session is saved anywhere.</p>
      </header>
      <div class="fu-status" role="status" aria-live="polite">
        {announcement ? <p class="alert alert-ok">{announcement}</p> : null}
      </div>

      <ul class="fu-summary" aria-label="Summary">
        <SummaryTile href="#unpaid" label="Billed, not paid" value={formatMoney(totals.unpaidAmount)}>
          {plural(totals.unpaidCount, 'claim')}
        </SummaryTile>
        <SummaryTile href="#denied" label="Denied, to resubmit" value={String(totals.deniedCount)}>
          {totals.deniedCount === 1 ? 'claim' : 'claims'}
        </SummaryTile>
        <SummaryTile href="#filing" label="Filing deadline near or missed" value={String(totals.filingCount)}>
          {totals.filingCount === 1 ? 'session not billed' : 'sessions not billed'}
        </SummaryTile>
        <SummaryTile href="#balances" label="Clients owe" value={formatMoney(totals.owed)}>
          {plural(balances.length, 'client')}
        </SummaryTile>
      </ul>

      <Section id="unpaid" title="Billed, not paid" lead="By days since the claim was sent (or resubmitted).">
        <ul class="fu-buckets" aria-label="Unpaid claims by age">
          {aging.map((b) => (
            <li
              key={b.id}
              data-bucket={b.id}
              class={b.id === '90+' && b.count ? 'fu-bucket fu-bucket--late' : 'fu-bucket'}
            >
              <span class="fu-bucket__label">{b.label}</span>
              <span class="fu-bucket__amount">{formatMoney(b.amount)}</span>
              <span class="fu-bucket__count">{plural(b.count, 'claim')}</span>
            </li>
          ))}
        </ul>
        {unpaid.length === 0 ? (
          <Empty>No claim is waiting for payment.</Empty>
        ) : (
          <table class="fu-table">
            <ColumnHeads
              columns={[
                'Client',
                'Date of service',
                'Sent',
                'Age',
                'Payer claim #',
                { label: 'Charged', num: true },
              ]}
            />
            <tbody>
              {unpaid.map((row) => (
                <Fragment key={row.session.id}>
                  <tr data-session-id={row.session.id} data-age-bucket={row.bucket}>
                    <ClientCell row={row} />
                    <td>{usDate(row.session.date)}</td>
                    <td>
                      {row.ageFrom === 'service' ? (
                        <span class="muted">date not recorded</span>
                      ) : (
                        <>
                          {usDate(
                            row.ageFrom === 'resubmitted' ? row.session.resubmittedOn : row.session.billedOn,
                          )}
                          {row.ageFrom === 'resubmitted' ? <span class="muted"> (resubmitted)</span> : null}
                        </>
                      )}
                    </td>
                    <td class={row.ageDays > 90 ? 'fu-late' : undefined}>{plural(row.ageDays, 'day')}</td>
                    <td>{row.session.payerClaimNumber || <span class="muted">—</span>}</td>
                    <td class="num">{formatMoney(row.charges)}</td>
                    {actions('unpaid', row)}
                  </tr>
                  {editorFor('unpaid', row)}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section
        id="denied"
        title="Denied, not resubmitted"
        lead="What the payer's codes mean and the usual fix."
      >
        {denied.length === 0 ? (
          <Empty>No denied claim is waiting to be resubmitted.</Empty>
        ) : (
          <table class="fu-table">
            <ColumnHeads columns={['Client', 'Date of service', 'Codes and what to do', 'Filing limit']} />
            <tbody>
              {denied.map((row) => (
                <Fragment key={row.session.id}>
                  <tr data-session-id={row.session.id}>
                    <ClientCell row={row} />
                    <td>
                      {usDate(row.session.date)}
                      <div class="muted small">{formatMoney(row.charges)} charged</div>
                    </td>
                    <td class="fu-codes">
                      {row.denialCodes.length + row.remarkCodes.length === 0 ? (
                        <span class="muted">No codes recorded: add them from the EOB.</span>
                      ) : (
                        <CodeExplanations codes={[...row.denialCodes, ...row.remarkCodes]} compact />
                      )}
                      {row.unreadableCodes.length ? (
                        <p class="muted small">Not a code: {row.unreadableCodes.join(', ')}</p>
                      ) : null}
                    </td>
                    <td class={row.filing.urgency === 'ok' ? undefined : 'fu-late'}>
                      {deadlineText(row.filing.deadline, row.filing.daysLeft)}
                    </td>
                    {actions('denied', row)}
                  </tr>
                  {editorFor('denied', row)}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section
        id="filing"
        title="Not billed, filing deadline near or missed"
        lead="Sessions done but not billed, within 30 days of the payer's filing limit or past it."
      >
        {filing.length === 0 ? (
          <Empty>No unbilled session is near its filing limit.</Empty>
        ) : (
          <table class="fu-table">
            <ColumnHeads
              columns={['Client', 'Payer', 'Date of service', 'Deadline', { label: 'Charged', num: true }]}
            />
            <tbody>
              {filing.map((row) => (
                <Fragment key={row.session.id}>
                  <tr data-session-id={row.session.id} data-filing={row.urgency}>
                    <ClientCell row={row} />
                    <td>
                      {row.client?.payer.name || '—'}
                      <div class="muted small">
                        {row.limit.days} days
                        {row.limit.source === 'payer' ? ' (payer rule)' : ' (practice default)'}
                      </div>
                    </td>
                    <td>{usDate(row.session.date)}</td>
                    <td class="fu-late">
                      <span class={`badge ${row.urgency === 'missed' ? 'badge-fail' : 'fu-badge-soon'}`}>
                        {row.urgency === 'missed' ? 'Missed' : 'Due soon'}
                      </span>{' '}
                      {deadlineText(row.deadline, row.daysLeft)}
                    </td>
                    <td class="num">{formatMoney(row.charges)}</td>
                    {actions('filing', row, 'Mark billed')}
                  </tr>
                  {editorFor('filing', row)}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <BalancesSection balances={balances} />

      <Section id="claims" title="All billed claims" lead="Newest first.">
        {claims.length === 0 ? (
          <Empty>No claim has been billed yet.</Empty>
        ) : (
          <>
            <table class="fu-table">
              <ColumnHeads
                columns={[
                  'Client',
                  'Date of service',
                  'Billed on',
                  'Payer claim #',
                  { label: 'Charged', num: true },
                  { label: 'Paid', num: true },
                  { label: 'Written off', num: true },
                  'Status',
                ]}
              />
              <tbody>
                {claims.slice(0, shown).map((row) => (
                  <Fragment key={row.session.id}>
                    <tr data-session-id={row.session.id} data-claim-state={row.state}>
                      <ClientCell row={row} />
                      <td>{usDate(row.session.date)}</td>
                      <td>{usDate(row.session.billedOn) || <span class="muted">—</span>}</td>
                      <td>{row.session.payerClaimNumber || <span class="muted">—</span>}</td>
                      <td class="num">{formatMoney(row.charges)}</td>
                      <td class="num">
                        {row.session.paidAmount === undefined ? '—' : formatMoney(row.insurerPaid)}
                      </td>
                      <td class="num">
                        {row.session.adjustmentAmount === undefined ? '—' : formatMoney(row.adjustment)}
                      </td>
                      <td>
                        <StateBadge state={row.state} />
                        {row.state === 'paid' && owedOn(row) > 0 ? (
                          <div class="muted small">Client owes {formatMoney(owedOn(row))}</div>
                        ) : null}
                        {row.session.denialCodes.length ? (
                          <div class="muted small">{row.session.denialCodes.join(', ')}</div>
                        ) : null}
                      </td>
                      {actions('claims', row)}
                    </tr>
                    {editorFor('claims', row)}
                  </Fragment>
                ))}
              </tbody>
            </table>
            {claims.length > shown ? (
              <button type="button" class="btn fu-more" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, claims.length - shown)} more of {claims.length - shown}
              </button>
            ) : null}
          </>
        )}
      </Section>
    </main>
  );
}
