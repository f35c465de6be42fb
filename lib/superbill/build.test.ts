import { describe, expect, it } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { ClientSchema, PracticeSchema, SessionSchema, SettingsSchema, type Session } from '../model';
import { buildSuperbill, showTaxId, type SuperbillInput } from './build';

const TODAY = '2026-11-26';
const demo = demoBackup(new Date(2026, 10, 26));
const practice = PracticeSchema.parse(demo.practice);
const settings = SettingsSchema.parse(demo.settings);
const dana = ClientSchema.parse(demo.clients.find((c) => c.id === 'demo-dana'));
const marcus = ClientSchema.parse(demo.clients.find((c) => c.id === 'demo-marcus'));
const danaSessions = demo.sessions
  .filter((s) => s.clientId === 'demo-dana')
  .map((s) => SessionSchema.parse(s));

function bill(sessions: Session[], overrides: Partial<SuperbillInput> = {}) {
  return buildSuperbill({
    client: dana,
    sessions,
    clientSessions: danaSessions,
    practice,
    settings,
    today: TODAY,
    ...overrides,
  });
}

/** Four weekly sessions in October, each 60 minutes of massage, paid at the desk. */
function octoberWeeks(): Session[] {
  return ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'].map((date, i) =>
    SessionSchema.parse({
      id: `oct-${i}`,
      clientId: 'demo-dana',
      date,
      minutes: 60,
      status: 'done',
      lines: [{ code: '97124', units: 4, charge: 160 }],
      clientPayments: [{ date, amount: i === 3 ? 100 : 160, method: i % 2 ? 'hsa' : 'card' }],
    }),
  );
}

describe('buildSuperbill', () => {
  it('lists one line per service with its description, place and diagnosis letters', () => {
    const superbill = bill(octoberWeeks());
    expect(superbill.lines).toHaveLength(4);
    expect(superbill.lines[0]).toMatchObject({
      row: 0,
      date: '2026-10-01',
      placeOfService: '11',
      placeLabel: 'Office',
      code: '97124',
      description: 'Massage therapy, each 15 minutes',
      units: 4,
      charge: 160,
      diagnosisLetters: ['A'],
    });
    expect(superbill.period).toEqual({ from: '2026-10-01', to: '2026-10-22' });
  });

  it('lists the prescription’s diagnoses with their ICD-10-CM descriptions', () => {
    expect(bill(octoberWeeks()).diagnoses).toEqual([
      { letter: 'A', code: 'M54.50', description: 'Low back pain, unspecified' },
      { letter: 'B', code: 'M62.830', description: 'Muscle spasm of back' },
    ]);
  });

  it('names the referring provider, their NPI and the prescription date', () => {
    const [referral] = bill(octoberWeeks()).referrals;
    expect(referral).toMatchObject({
      prescriber: 'Grace Okafor, MD',
      npi: '1528060837',
      writtenOn: '2026-08-28',
    });
    expect(referral!.dates).toHaveLength(4);
  });

  it('totals the charges, the client’s payments and the balance', () => {
    const superbill = bill(octoberWeeks());
    expect(superbill.totals).toEqual({
      charged: 640,
      clientPaid: 580,
      insurerPaid: 0,
      adjustments: 0,
      balance: 60,
    });
    expect(superbill.payments.map((p) => p.method)).toEqual(['Card', 'HSA/FSA card', 'Card', 'HSA/FSA card']);
  });

  it('subtracts what the insurer paid and wrote off', () => {
    const paid = danaSessions.filter((s) => s.status === 'paid');
    const superbill = bill(paid);
    expect(superbill.totals.insurerPaid).toBe(96 * paid.length);
    expect(superbill.totals.balance).toBe(64 * paid.length);
  });

  it('runs the rule library on each session and points each finding at the superbill’s rows', () => {
    const superbill = bill(danaSessions);
    const today = danaSessions.find((s) => s.id === 'demo-s-today')!;
    const ncci = superbill.findings.find((f) => f.rule === 'ncci-pair')!;
    expect(ncci.sessionId).toBe(today.id);
    const rows = superbill.lines.filter((l) => l.sessionId === today.id).map((l) => l.row);
    expect(ncci.rows.every((r) => rows.includes(r))).toBe(true);
    expect(superbill.findings.some((f) => f.rule === 'same-day-provider')).toBe(true);
    expect(ncci.message.length).toBeGreaterThan(10);
  });

  it('a billed session is not a duplicate of itself on its own superbill', () => {
    const billed = octoberWeeks().map((s) => ({ ...s, status: 'billed' as const }));
    const superbill = bill(billed, { clientSessions: billed });
    expect(superbill.findings.filter((f) => f.rule === 'duplicate-claim')).toEqual([]);
  });

  it('leaves out sessions dated after today and says so', () => {
    const future = SessionSchema.parse({
      id: 'f',
      clientId: 'demo-dana',
      date: '2026-12-03',
      status: 'scheduled',
    });
    const superbill = bill([...octoberWeeks(), future]);
    expect(superbill.lines).toHaveLength(4);
    expect(superbill.leftOut.map((s) => s.id)).toEqual(['f']);
  });

  it('shows the claim number and injury date fields for an auto claim, and flags them when missing', () => {
    const noClaim = ClientSchema.parse({ ...marcus, payer: { ...marcus.payer, claimNumber: '' } });
    const superbill = bill([], { client: noClaim });
    expect(superbill.notices.map((n) => n.id)).toContain('injury-claim-incomplete');
    expect(bill([], { client: marcus }).notices.map((n) => n.id)).not.toContain('injury-claim-incomplete');
  });

  it('says what the practice profile lacks', () => {
    const bare = PracticeSchema.parse({ name: 'Solo Massage' });
    const notice = bill(octoberWeeks(), { practice: bare }).notices.find(
      (n) => n.id === 'practice-incomplete',
    )!;
    expect(notice.message).toMatch(/NPI, tax ID, address, phone and license number are missing/);
  });

  it('flags a superbill without a diagnosis', () => {
    const noRx = ClientSchema.parse({ ...dana, prescriptions: [] });
    const superbill = bill(octoberWeeks(), { client: noRx });
    expect(superbill.notices.map((n) => n.id)).toContain('no-diagnosis');
    expect(superbill.findings.some((f) => f.rule === 'rx-missing')).toBe(true);
  });
});

describe('showTaxId', () => {
  it.each([
    [{ taxId: '841234567', taxIdKind: 'EIN' }, '84-1234567'],
    [{ taxId: '84-1234567', taxIdKind: 'EIN' }, '84-1234567'],
    [{ taxId: '123-45-6789', taxIdKind: 'SSN' }, 'XXX-XX-6789'],
    [{ taxId: '', taxIdKind: 'EIN' }, ''],
  ] as const)('%j', (practice, shown) => expect(showTaxId(practice)).toBe(shown));
});
