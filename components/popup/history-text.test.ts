import { describe, expect, it } from 'vitest';
import { ClientSchema } from '../../lib/model';
import { changeText } from './history-text';

const client = ClientSchema.parse({
  id: 'c1',
  firstName: 'Maria',
  lastName: 'Garcia',
  prescriptions: [{ id: 'rx1', prescriber: { lastName: 'Nguyen' }, writtenOn: '2026-09-15' }],
  otherVisits: [{ id: 'v1', date: '2026-11-27', providerType: 'chiropractor' }],
});

describe('a history change in words', () => {
  it.each([
    [{ path: 'payer.memberId', from: 'W1', to: 'W2' }, 'Member id: W1 → W2'],
    [{ path: 'phone', from: '', to: '555-0100' }, 'Phone: (empty) → 555-0100'],
    [
      { path: 'prescriptions[rx1].visitsAuthorized', from: 8, to: 30 },
      'Prescription written 2026-09-15 (Nguyen): visits authorised 8 → 30',
    ],
    [
      {
        path: 'prescriptions[rx9]',
        to: { id: 'rx9', writtenOn: '2026-12-01', prescriber: { lastName: 'Lee' } },
      },
      'Prescription written 2026-12-01 (Lee): added',
    ],
    [{ path: 'prescriptions[gone]', from: { id: 'gone' } }, 'A prescription: removed'],
    [
      { path: 'otherVisits[v1].date', from: '2026-11-27', to: '2026-11-28' },
      'Visit to a chiropractor on 2026-11-27: date 2026-11-27 → 2026-11-28',
    ],
    [{ path: 'lines.0.units', from: 1, to: 2 }, 'Service line 1: units 1 → 2'],
    [{ path: 'lines.1', to: { code: '97140' } }, 'Service line 2: added'],
    [{ path: 'soapNotesDone', from: false, to: true }, 'SOAP notes done: no → yes'],
    [{ path: 'diagnoses', from: ['M54.50'], to: [] }, 'Diagnoses: M54.50 → (none)'],
  ])('%o', (change, text) => {
    expect(changeText(change, client)).toBe(text);
  });
});
