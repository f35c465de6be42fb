import { describe, expect, it } from 'vitest';
import { ClientSchema, SessionSchema, type Session } from '../model';
import { samplePractice, sampleSettings } from '../store/testing/generate';
import { buildChecklist, suggestUnits, unitRuleFor, type CheckId } from './checklist';

const client = ClientSchema.parse({
  id: 'c1',
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { name: 'Aetna', memberId: 'W123456789' },
  eligibility: { verifiedOn: '2026-11-20' },
  prescriptions: [
    {
      id: 'rx',
      prescriber: { firstName: 'Alicia', lastName: 'Nguyen', npi: '1558598797' },
      writtenOn: '2026-09-15',
      expiresOn: '2027-03-15',
      visitsAuthorized: 12,
      diagnoses: ['M54.50'],
    },
  ],
  otherVisits: [{ id: 'v', date: '2026-11-27', providerType: 'chiropractor' }],
});
const good = SessionSchema.parse({
  id: 's1',
  clientId: 'c1',
  date: '2026-11-26',
  minutes: 60,
  status: 'done',
  soapNotesDone: true,
  lines: [{ code: '97124', units: 4, modifiers: ['GP'], charge: 120 }],
});

function states(session: Session, overrides: Partial<Parameters<typeof buildChecklist>[0]> = {}) {
  const items = buildChecklist({
    session,
    client,
    sessions: [session],
    practice: samplePractice(),
    settings: sampleSettings(),
    today: '2026-11-26',
    ...overrides,
  });
  return Object.fromEntries(items.map((i) => [i.id, i])) as Record<CheckId, (typeof items)[number]>;
}

describe('buildChecklist', () => {
  it('passes a clean session on every item, in the marker order', () => {
    const items = buildChecklist({
      session: good,
      client,
      sessions: [good],
      practice: samplePractice(),
      settings: sampleSettings(),
      today: '2026-11-26',
    });
    expect(items.map((i) => i.id)).toEqual([
      'license',
      'npi',
      'rx',
      'eligibility',
      'same-day',
      'codes',
      'units',
      'soap',
    ]);
    expect(items.map((i) => `${i.id}:${i.state}`)).toEqual(items.map((i) => `${i.id}:pass`));
    expect(items.find((i) => i.id === 'rx')?.why).toMatch(/Alicia Nguyen .*visit 1 of 12/);
    expect(items.find((i) => i.id === 'units')?.why).toMatch(
      /60 minutes: 4 timed units \(CMS 8-minute rule\); 4 billed/,
    );
  });

  it('a billed or paid session is its own claim, never a duplicate of itself', () => {
    for (const status of ['billed', 'paid', 'denied'] as const) {
      const sent = { ...good, status };
      const items = states(sent, { sessions: [sent] });
      expect(items.codes.state).toBe('pass');
    }
  });

  it('another billed session the same day with the same code is a duplicate', () => {
    const other = { ...good, id: 's0', status: 'billed' as const };
    const items = states(good, { sessions: [other, good] });
    expect(items.codes.state).toBe('fail');
    expect(items.codes.why).toMatch(/97124 for 2026-11-26 .* already billed/);
    expect(items.codes.details.join(' ')).toMatch(/Why: CARC 18/);
  });

  it('fails what is wrong, saying why', () => {
    const bad = SessionSchema.parse({
      ...good,
      date: '2026-11-27',
      soapNotesDone: false,
      lines: [
        { code: '97124', units: 6, charge: 120 },
        { code: '97140', units: 1, charge: 40 },
      ],
    });
    const result = states(bad, {
      practice: { ...samplePractice(), licenseNumber: '', billingNpi: '1234567890' },
      today: '2026-12-01',
    });
    expect(result.license.state).toBe('fail');
    expect(result.npi).toMatchObject({
      state: 'fail',
      why: expect.stringMatching(/1234567890 is not valid/),
    });
    expect(result['same-day']).toMatchObject({ state: 'fail', why: expect.stringMatching(/chiropractor/i) });
    expect(result.codes).toMatchObject({ state: 'fail', why: expect.stringMatching(/97140|97124/) });
    expect(result.units.state).toBe('fail');
    expect(result.soap.state).toBe('fail');
    expect(result.rx.state).toBe('pass');
  });

  it('fails the prescription when the visits are used up or it expired', () => {
    const earlier = Array.from({ length: 12 }, (_, i) =>
      SessionSchema.parse({ ...good, id: `p${i}`, date: `2026-10-${String(i + 1).padStart(2, '0')}` }),
    );
    expect(states(good, { sessions: [...earlier, good] }).rx).toMatchObject({
      state: 'fail',
      why: expect.stringMatching(/12 visits/),
    });
    const late = SessionSchema.parse({ ...good, date: '2027-04-01' });
    expect(states(late, { today: '2027-04-01' }).rx.state).toBe('fail');
    expect(states(good, { client: { ...client, prescriptions: [] } }).rx.state).toBe('fail');
  });

  it('fails eligibility verified after the session or too long before', () => {
    expect(
      states(good, { client: { ...client, eligibility: { verifiedOn: '2026-11-27', notes: '' } } })
        .eligibility.state,
    ).toBe('fail');
    expect(
      states(good, { client: { ...client, eligibility: { verifiedOn: '2026-08-01', notes: '' } } })
        .eligibility.state,
    ).toBe('fail');
    expect(states(good, { client: { ...client, eligibility: { notes: '' } } }).eligibility.state).toBe(
      'fail',
    );
  });

  it('lists failures first, then not checked, then passes, each group in marker order', () => {
    const booked = SessionSchema.parse({ id: 's9', clientId: 'c1', date: '2026-12-03', status: 'scheduled' });
    const items = buildChecklist({
      session: booked,
      client: { ...client, eligibility: { notes: '' } },
      sessions: [booked],
      practice: { ...samplePractice(), licenseNumber: '' },
      settings: sampleSettings(),
      today: '2026-11-26',
    });
    expect(items.map((i) => `${i.id}:${i.state}`)).toEqual([
      'license:fail',
      'eligibility:fail',
      'codes:unknown',
      'units:unknown',
      'soap:unknown',
      'npi:pass',
      'rx:pass',
      'same-day:pass',
    ]);
  });

  it('gives each failure the action that fixes it, where there is one', () => {
    const bad = SessionSchema.parse({ ...good, soapNotesDone: false, lines: [{ code: '97124', units: 6 }] });
    const result = states(bad, {
      practice: { ...samplePractice(), licenseNumber: '' },
      client: { ...client, eligibility: { notes: '' }, prescriptions: [] },
    });
    expect(result.units.fix).toEqual({
      kind: 'set-units',
      units: [{ line: 0, units: 4 }],
      label: 'Set 4 units, as the 60 minutes support',
    });
    expect(result.soap.fix?.kind).toBe('mark-soap');
    expect(result.eligibility.fix?.kind).toBe('verify-eligibility');
    expect(result.rx.fix?.kind).toBe('add-prescription');
    expect(result.license.fix).toMatchObject({ kind: 'open-settings', section: 'practice' });
    // Nothing to offer on a pass; verifying today cannot fix a visit that was before today.
    expect(result['same-day'].fix).toBeUndefined();
    const past = states(bad, { client: { ...client, eligibility: { notes: '' } }, today: '2026-12-01' });
    expect(past.eligibility.state).toBe('fail');
    expect(past.eligibility.fix).toBeUndefined();
  });

  it('says what it cannot check yet', () => {
    const booked = SessionSchema.parse({ id: 's9', clientId: 'c1', date: '2026-12-03', status: 'scheduled' });
    const result = states(booked);
    expect(result.codes.state).toBe('unknown');
    expect(result.units.state).toBe('unknown');
    expect(result.soap).toMatchObject({ state: 'unknown', why: 'The session has not happened yet.' });
    // The date checks still run on a session booked ahead.
    expect(result.rx.state).toBe('pass');
    const noMinutes = SessionSchema.parse({ ...good, minutes: 0 });
    expect(states(noMinutes).units).toMatchObject({
      state: 'unknown',
      why: expect.stringMatching(/Minutes not recorded/),
    });
  });
});

describe('suggestUnits', () => {
  it('uses the payer’s rule', () => {
    const settings = {
      ...sampleSettings(),
      payerRules: [{ payerName: 'aetna', unitRule: 'ama-midpoint' as const }],
    };
    expect(unitRuleFor(settings, 'Aetna')).toBe('ama-midpoint');
    expect(unitRuleFor(settings, 'Cigna')).toBe('cms-8-minute');
  });

  it('suggests units for one timed line, and splits per code when lines carry their minutes', () => {
    expect(
      suggestUnits(
        { minutes: 53, lines: [{ code: '97124', units: 1, modifiers: [], charge: 0 }] },
        'cms-8-minute',
      ).perLine.get(0),
    ).toBe(4);
    expect(
      suggestUnits(
        { minutes: 22, lines: [{ code: '97124', units: 1, modifiers: [], charge: 0 }] },
        'ama-midpoint',
      ).perLine.get(0),
    ).toBe(1);
    const split = suggestUnits(
      {
        minutes: 14,
        lines: [
          { code: '97124', units: 1, modifiers: [], charge: 0, minutes: 7 },
          { code: '97140', units: 1, modifiers: [], charge: 0, minutes: 7 },
        ],
      },
      'cms-8-minute',
    );
    expect(split.totalUnits).toBe(1);
    expect(
      suggestUnits(
        {
          minutes: 14,
          lines: [
            { code: '97124', units: 1, modifiers: [], charge: 0, minutes: 7 },
            { code: '97140', units: 1, modifiers: [], charge: 0, minutes: 7 },
          ],
        },
        'ama-midpoint',
      ).totalUnits,
    ).toBe(0);
  });
});
