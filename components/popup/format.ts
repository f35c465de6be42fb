import type { Session } from '../../lib/model';

/** "Wednesday, November 26, 2026" for the day headings. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
}

/** "97124 ×4, 97140-59 ×1" */
export function codesOf(session: {
  lines: readonly { code: string; modifiers: readonly string[]; units: number }[];
}): string {
  if (session.lines.length === 0) return 'no codes yet';
  return session.lines.map((l) => `${[l.code || '?', ...l.modifiers].join('-')} ×${l.units}`).join(', ');
}

export const STATUS_LABELS: Record<Session['status'], string> = {
  scheduled: 'Scheduled',
  done: 'Done',
  billed: 'Billed',
  paid: 'Paid',
  denied: 'Denied',
};

export { formatMoney as money } from '../../lib/money';

export const PROVIDER_LABELS = {
  chiropractor: 'Chiropractor',
  'physical-therapist': 'Physical therapist',
  physician: 'Physician',
  other: 'Other provider',
} as const;

export const CLAIM_KIND_LABELS = {
  health: 'Health insurance',
  auto: 'Auto accident',
  'workers-comp': "Workers' compensation",
} as const;
