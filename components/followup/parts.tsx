import type { ComponentChildren } from 'preact';
import { CLAIM_STATE_LABELS, type ClaimState } from '../../lib/followup/claim-state';
import type { ClaimRow } from '../../lib/followup/outstanding';
import { fullName, usDate } from '../superbill/format';

// The small pieces every section of the follow-up page draws with.

export function Section(props: { id: string; title: string; lead: string; children: ComponentChildren }) {
  return (
    <section class="fu-section" id={props.id} aria-labelledby={`${props.id}-title`} data-section={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p class="muted fu-lead">{props.lead}</p>
      {props.children}
    </section>
  );
}

export function SummaryTile(props: {
  href: string;
  label: string;
  value: string;
  children: ComponentChildren;
}) {
  return (
    <li class="fu-tile">
      <a href={props.href}>
        <span class="fu-tile__label">{props.label}</span>
        <span class="fu-tile__value">{props.value}</span>
        <span class="fu-tile__note">{props.children}</span>
      </a>
    </li>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="fu-empty">{children}</p>;
}

export function ClientCell({ row }: { row: ClaimRow }) {
  return (
    <th scope="row">
      {fullName(row.client ?? {}) || 'Unknown client'}
      {row.client?.payer.name ? <div class="muted small">{row.client.payer.name}</div> : null}
    </th>
  );
}

const BADGE: Record<ClaimState, string> = {
  scheduled: 'badge-scheduled',
  'not-billed': 'badge-done',
  'self-pay': 'badge-paid',
  awaiting: 'badge-billed',
  resubmitted: 'badge-billed',
  paid: 'badge-paid',
  denied: 'badge-denied',
};

export function StateBadge({ state }: { state: ClaimState }) {
  return <span class={`badge ${BADGE[state]}`}>{CLAIM_STATE_LABELS[state]}</span>;
}

export function describe(row: ClaimRow): string {
  return `${fullName(row.client ?? {}) || 'Unknown client'}, ${usDate(row.session.date)}`;
}

export function deadlineText(deadline: string, daysLeft: number): string {
  if (daysLeft < 0) return `${usDate(deadline)}, missed by ${plural(-daysLeft, 'day')}`;
  if (daysLeft === 0) return `${usDate(deadline)}, today`;
  return `${usDate(deadline)}, ${plural(daysLeft, 'day')} left`;
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** A column of a follow-up table: its heading, and whether it holds amounts (right-aligned). */
export type Column = string | { label: string; num: true };

/** A follow-up table's heading row: its columns, then the row's actions (named for screen readers only). */
export function ColumnHeads({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" class="num">
              {column.label}
            </th>
          ),
        )}
        <th scope="col">
          <span class="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
