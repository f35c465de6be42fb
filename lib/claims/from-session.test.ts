import { describe, expect, it } from 'vitest';
import { ClientSchema, SessionSchema } from '../model';
import { samplePractice } from '../store/testing/generate';
import { coversDate, prescriptionFor, sessionToClaimDraft } from './from-session';

const client = ClientSchema.parse({
  id: 'c1',
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { name: 'Aetna', memberId: 'W123456789', groupNumber: '245610' },
  prescriptions: [
    {
      id: 'old',
      prescriber: { firstName: 'Robert', lastName: 'Kim', npi: '1003347634', credential: 'DO' },
      writtenOn: '2026-01-05',
      expiresOn: '2026-06-30',
      diagnoses: ['m545', 'M62.830'],
    },
    {
      id: 'new',
      prescriber: { firstName: 'Alicia', lastName: 'Nguyen', npi: '1558598797' },
      writtenOn: '2026-09-15',
      expiresOn: '2027-03-15',
      diagnoses: ['M54.50', 'G44.209'],
    },
  ],
});
const session = SessionSchema.parse({
  id: 's1',
  clientId: 'c1',
  date: '2026-11-26',
  minutes: 60,
  lines: [
    { code: '97124', units: 2, modifiers: ['gp'], charge: 60 },
    { code: '97140', units: 2, modifiers: ['GP', '59'], charge: 70, pointers: [1, 2] },
  ],
});

describe('sessionToClaimDraft', () => {
  it('is the claim the practice would send for the session', () => {
    expect(sessionToClaimDraft(session, client, samplePractice())).toEqual({
      patient: {
        lastName: 'Garcia',
        firstName: 'Maria',
        birthDate: '1979-03-14',
        memberId: 'W123456789',
        groupNumber: '245610',
      },
      referringProvider: { lastName: 'Nguyen', firstName: 'Alicia', npi: '1558598797' },
      billingProvider: { npi: '1558598797', taxId: '361234567' },
      diagnoses: ['M54.50', 'G44.209'],
      lines: [
        {
          row: 0,
          from: '2026-11-26',
          placeOfService: '11',
          code: '97124',
          modifiers: ['GP'],
          units: 2,
          charge: 60,
          pointers: [1],
          renderingNpi: '1003347634',
        },
        {
          row: 1,
          from: '2026-11-26',
          placeOfService: '11',
          code: '97140',
          modifiers: ['GP', '59'],
          units: 2,
          charge: 70,
          pointers: [1, 2],
          renderingNpi: '1003347634',
        },
      ],
    });
  });

  it('takes the diagnoses and referring provider of the prescription valid on the date', () => {
    const draft = sessionToClaimDraft({ ...session, date: '2026-03-02' }, client, samplePractice());
    expect(draft.referringProvider).toEqual({ lastName: 'Kim', firstName: 'Robert', npi: '1003347634' });
    expect(draft.diagnoses).toEqual(['M54.5', 'M62.830']);
  });

  it('falls back to the latest prescription when none covers the date', () => {
    const draft = sessionToClaimDraft({ ...session, date: '2026-08-01' }, client, samplePractice());
    expect(draft.referringProvider.lastName).toBe('Nguyen');
  });

  it('leaves out what is not on file', () => {
    const bare = ClientSchema.parse({ id: 'c2', lastName: 'Doe' });
    const draft = sessionToClaimDraft(
      { ...session, lines: [{ code: '', units: 1, modifiers: [], charge: 0 }] },
      bare,
      {
        ...samplePractice(),
        renderingNpi: '',
        taxId: '',
      },
    );
    expect(draft.patient).toEqual({ lastName: 'Doe' });
    expect(draft.referringProvider).toEqual({});
    expect(draft.billingProvider).toEqual({ npi: '1558598797' });
    expect(draft.diagnoses).toEqual([]);
    expect(draft.lines).toEqual([
      { row: 0, from: '2026-11-26', placeOfService: '11', modifiers: [], units: 1, charge: 0, pointers: [1] },
    ]);
  });
});

describe('prescriptionFor and coversDate', () => {
  it('covers the written and expiry days themselves', () => {
    const rx = { writtenOn: '2026-01-05', expiresOn: '2026-06-30' };
    expect(coversDate(rx, '2026-01-05')).toBe(true);
    expect(coversDate(rx, '2026-06-30')).toBe(true);
    expect(coversDate(rx, '2026-07-01')).toBe(false);
    expect(coversDate({ writtenOn: '2026-01-05', expiresOn: '' }, '2030-01-01')).toBe(true);
  });

  it('is undefined without prescriptions', () => {
    expect(prescriptionFor({ prescriptions: [] }, '2026-01-01')).toBeUndefined();
  });
});
