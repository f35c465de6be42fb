import type { Client } from '../../lib/model';
import type { HistoryChange, HistoryEntry } from '../../lib/store';
import { PROVIDER_LABELS } from './format';

/**
 * A history entry in words a biller reads: "Member id: W1 → W2", "Prescription written 2026-01-05
 * (Lee): visits authorised 8 → 30". Paths are the store's (`payer.memberId`, `prescriptions[rx1].x`);
 * a prescription or visit is named from the client as it is now, or plainly when it is gone.
 */
const FIELD_WORDS: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  birthDate: 'birth date',
  phone: 'phone',
  notes: 'notes',
  'payer.name': 'payer',
  'payer.memberId': 'member id',
  'payer.groupNumber': 'group',
  'payer.claimKind': 'kind of claim',
  'payer.claimNumber': 'claim number',
  'payer.dateOfInjury': 'date of injury',
  'eligibility.verifiedOn': 'eligibility verified on',
  'eligibility.notes': 'eligibility notes',
  visitsAuthorized: 'visits authorised',
  writtenOn: 'written on',
  expiresOn: 'expires on',
  diagnoses: 'diagnoses',
  frequency: 'frequency',
  'prescriber.firstName': "prescriber's first name",
  'prescriber.lastName': "prescriber's last name",
  'prescriber.npi': "prescriber's NPI",
  'prescriber.credential': "prescriber's credential",
  providerType: 'provider',
  date: 'date',
  note: 'note',
  soapNotesDone: 'SOAP notes done',
  payerClaimNumber: "payer's claim number",
};

function words(path: string): string {
  if (FIELD_WORDS[path]) return FIELD_WORDS[path];
  if (path.startsWith('address.')) return 'address';
  // Anything else: its last part, camelCase as words ("placeOfService" -> "place of service").
  const last = path.split('.').pop() ?? path;
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.map(shown).join(', ') : '(none)';
  if (typeof value === 'object') return '…';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

const ITEM = /^(prescriptions|otherVisits)\[([^\]]+)\](?:\.(.*))?$/;

function itemName(client: Client, list: string, id: string, value: unknown): string {
  if (list === 'prescriptions') {
    const rx =
      client.prescriptions.find((p) => p.id === id) ?? (value as Client['prescriptions'][number] | undefined);
    const by = rx?.prescriber?.lastName ? ` (${rx.prescriber.lastName})` : '';
    return rx?.writtenOn ? `Prescription written ${rx.writtenOn}${by}` : `A prescription${by}`;
  }
  const visit =
    client.otherVisits.find((v) => v.id === id) ?? (value as Client['otherVisits'][number] | undefined);
  const who = visit?.providerType ? PROVIDER_LABELS[visit.providerType]?.toLowerCase() : 'another provider';
  return visit?.date ? `Visit to a ${who} on ${visit.date}` : 'A visit to another provider';
}

const LINE = /^lines\.(\d+)(?:\.(.*))?$/;

/** One change as a line of text. */
export function changeText(change: HistoryChange, client: Client): string {
  const line = LINE.exec(change.path);
  if (line) {
    const [, index, rest] = line;
    const name = `Service line ${Number(index) + 1}`;
    if (!rest)
      return `${name}: ${change.from === undefined ? 'added' : change.to === undefined ? 'removed' : 'changed'}`;
    return `${name}: ${words(rest)} ${shown(change.from)} → ${shown(change.to)}`;
  }
  const item = ITEM.exec(change.path);
  if (item) {
    const [, list, id, rest] = item;
    const name = itemName(client, list!, id!, change.to ?? change.from);
    if (!rest)
      return `${name}: ${change.from === undefined ? 'added' : change.to === undefined ? 'removed' : 'changed'}`;
    return `${name}: ${words(rest)} ${shown(change.from)} → ${shown(change.to)}`;
  }
  const label = words(change.path);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${shown(change.from)} → ${shown(change.to)}`;
}

/** "2026-12-03 14:05, Front desk (Ana)". */
export function entryHeading(entry: HistoryEntry): string {
  const at = new Date(entry.at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = Number.isNaN(at.getTime())
    ? entry.at
    : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const who = entry.person ? `${entry.by} (${entry.person})` : entry.by;
  return `${when}, ${who}`;
}

export const ACTION_WORDS: Record<HistoryEntry['action'], string> = {
  created: 'Added',
  changed: 'Changed',
  deleted: 'Deleted',
  conflict: 'Edited on two computers at once',
};
