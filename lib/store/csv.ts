import type { Client, Session } from '../model';
import { exportBackup } from './backup';
import { displayName } from './summary';
import { adjustment, clientPaid, insurerPaid, roundCents, sessionCharges } from '../followup/money';

/**
 * Sessions as CSV for the accountant: one row per session, money as plain numbers, RFC 4180 quoting,
 * CRLF line ends. Text cells that a spreadsheet would run as a formula (starting with = + - @, their
 * fullwidth forms ＝ ＋ － ＠ which some spreadsheets read as the same, a tab or a carriage return) get a
 * leading apostrophe, so a client named "=HYPERLINK(...)" stays text. Cells holding `;` or a tab are
 * quoted too: spreadsheets set to a European locale split on `;`, and some on tabs, which would shift
 * the columns.
 */
export const CSV_COLUMNS = [
  'Date',
  'Client',
  'Birth date',
  'Payer',
  'Member id',
  'Kind of claim',
  'Status',
  'Minutes',
  'Codes',
  'Units',
  'Charge',
  'Billed on',
  'Payer paid',
  'Adjustment',
  'Client paid',
  'Balance',
  'Payer claim number',
  'Denial codes',
] as const;

type Cell = string | number | undefined;

export function sessionsToCsv(sessions: readonly Session[], clients: readonly Client[]): string {
  const byId = new Map(clients.map((c) => [c.id, c]));
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of sorted) {
    const client = byId.get(s.clientId);
    const charge = sessionCharges(s);
    const units = s.lines.reduce((sum, l) => sum + l.units, 0);
    const paidAtDesk = clientPaid(s);
    rows.push([
      s.date,
      client ? displayName(client) : `(deleted client ${s.clientId})`,
      client?.birthDate ?? '',
      client?.payer.name ?? '',
      client?.payer.memberId ?? '',
      client?.payer.claimKind ?? '',
      s.status,
      s.minutes,
      s.lines.map((l) => [l.code, ...l.modifiers].filter(Boolean).join('-')).join(' '),
      units,
      charge,
      s.billedOn ?? '',
      s.paidAmount ?? '',
      s.adjustmentAmount ?? '',
      paidAtDesk,
      roundCents(charge - insurerPaid(s) - adjustment(s) - paidAtDesk),
      s.payerClaimNumber,
      s.denialCodes.join(' '),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One cell: numbers as they are, text neutralised against formulas and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every stored session as CSV (what the options page downloads). */
export async function exportSessionsCsv(): Promise<string> {
  const { clients, sessions } = await exportBackup();
  return sessionsToCsv(sessions, clients);
}
