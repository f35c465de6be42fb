import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { ClientSchema, SessionSchema, SettingsSchema, type Client, type Session } from '../model';
import { claimState } from './claim-state';
import { filingDeadline, filingLimitFor } from './filing';
import { sessionCharges, sumCents } from './money';
import { buildOutstanding } from './outstanding';

const TODAY = '2026-11-26';

const insured = ClientSchema.parse({
  id: 'dana',
  firstName: 'Dana',
  lastName: 'Rivera',
  payer: { name: 'Demo Health Plan', memberId: 'XJH449120331' },
});
const uhc = ClientSchema.parse({
  id: 'uhc',
  firstName: 'Ann',
  lastName: 'Lo',
  payer: { name: ' UnitedHealthcare ' },
});
const selfPay = ClientSchema.parse({ id: 'sam', firstName: 'Sam', lastName: 'Cash' });

let n = 0;
function session(fields: Partial<z.input<typeof SessionSchema>>): Session {
  return SessionSchema.parse({
    id: `s${++n}`,
    clientId: 'dana',
    date: '2026-11-01',
    status: 'done',
    lines: [{ code: '97124', units: 4, charge: 160 }],
    ...fields,
  });
}

const settings = SettingsSchema.parse({
  filingLimitDays: 365,
  payerRules: [{ payerName: 'unitedhealthcare', filingLimitDays: 90 }],
});

function outstanding(sessions: Session[], clients: Client[] = [insured, uhc, selfPay]) {
  return buildOutstanding({ clients, sessions, settings, today: TODAY });
}

describe('claimState', () => {
  it.each([
    ['scheduled', { status: 'scheduled' }, insured, 'scheduled'],
    ['done, insured', { status: 'done' }, insured, 'not-billed'],
    [
      'done, paid in full at the desk',
      { status: 'done', clientPayments: [{ date: '2026-11-01', amount: 160 }] },
      insured,
      'self-pay',
    ],
    [
      'done, copay only',
      { status: 'done', clientPayments: [{ date: '2026-11-01', amount: 20 }] },
      insured,
      'not-billed',
    ],
    ['done, no insurer', { status: 'done' }, selfPay, 'self-pay'],
    ['billed', { status: 'billed', billedOn: '2026-11-03' }, insured, 'awaiting'],
    ['denied', { status: 'denied', billedOn: '2026-11-03' }, insured, 'denied'],
    ['denied, resubmitted', { status: 'denied', resubmittedOn: '2026-11-20' }, insured, 'resubmitted'],
    [
      'billed again after a denial',
      { status: 'billed', resubmittedOn: '2026-11-20' },
      insured,
      'resubmitted',
    ],
    ['paid', { status: 'paid', paidAmount: 96 }, insured, 'paid'],
  ] as const)('%s', (_name, fields, client, expected) => {
    expect(claimState(session(fields as Partial<z.input<typeof SessionSchema>>), client)).toBe(expected);
  });
});

describe('billed and unpaid, by age', () => {
  it.each([
    ['billed today', { billedOn: TODAY }, '0-30', 0, 'billed'],
    ['30 days', { billedOn: '2026-10-27' }, '0-30', 30, 'billed'],
    ['31 days', { billedOn: '2026-10-26' }, '31-60', 31, 'billed'],
    ['60 days', { billedOn: '2026-09-27' }, '31-60', 60, 'billed'],
    ['61 days', { billedOn: '2026-09-26' }, '61-90', 61, 'billed'],
    ['90 days', { billedOn: '2026-08-28' }, '61-90', 90, 'billed'],
    ['91 days', { billedOn: '2026-08-27' }, '90+', 91, 'billed'],
    ['no billed-on date: from the date of service', { date: '2026-10-01' }, '31-60', 56, 'service'],
    [
      'resubmitted: from the resubmission',
      { billedOn: '2026-06-01', resubmittedOn: '2026-11-16' },
      '0-30',
      10,
      'resubmitted',
    ],
  ] as const)('%s', (_name, fields, bucket, age, from) => {
    const { aging } = outstanding([session({ status: 'billed', ...fields })]);
    const rows = aging.flatMap((b) => b.rows);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ bucket, ageDays: age, ageFrom: from });
  });

  it('totals each bucket and leaves paid, denied and unbilled sessions out', () => {
    const { aging, totals } = outstanding([
      session({ status: 'billed', billedOn: '2026-11-20' }),
      session({
        status: 'billed',
        billedOn: '2026-11-10',
        lines: [{ code: '97124', units: 2, charge: 80.1 }],
      }),
      session({ status: 'billed', billedOn: '2026-07-01' }),
      session({ status: 'paid', billedOn: '2026-07-01', paidAmount: 96 }),
      session({ status: 'denied', billedOn: '2026-07-01' }),
      session({ status: 'done' }),
    ]);
    expect(aging.map((b) => [b.id, b.count, b.amount])).toEqual([
      ['0-30', 2, 240.1],
      ['31-60', 0, 0],
      ['61-90', 0, 0],
      ['90+', 1, 160],
    ]);
    expect(totals).toMatchObject({ unpaidCount: 3, unpaidAmount: 400.1 });
  });

  it('lists the oldest claim first within a bucket', () => {
    const { aging } = outstanding([
      session({ id: 'new', status: 'billed', billedOn: '2026-11-20' }),
      session({ id: 'old', status: 'billed', billedOn: '2026-11-01' }),
    ]);
    expect(aging[0]!.rows.map((r) => r.session.id)).toEqual(['old', 'new']);
  });
});

describe('denied, not resubmitted', () => {
  it('reads the codes and keeps a remark code typed with the denial codes among the remarks', () => {
    const { denied } = outstanding([
      session({
        status: 'denied',
        billedOn: '2026-10-01',
        denialCodes: ['CO-16', 'N290'],
        remarkCodes: ['MA130', '??'],
      }),
      session({ status: 'denied', resubmittedOn: '2026-11-01', denialCodes: ['CO-97'] }),
    ]);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.denialCodes).toEqual([{ kind: 'carc', code: '16', group: 'CO' }]);
    expect(denied[0]!.remarkCodes.map((c) => c.code)).toEqual(['N290', 'MA130']);
    expect(denied[0]!.unreadableCodes).toEqual(['??']);
  });

  it('says how long is left to send a corrected claim', () => {
    const { denied } = outstanding([session({ clientId: 'uhc', status: 'denied', date: '2026-09-01' })]);
    expect(denied[0]!.filing).toMatchObject({ deadline: '2026-11-30', daysLeft: 4, urgency: 'due-soon' });
  });
});

describe('filing deadline of sessions done but not billed', () => {
  it.each([
    ['the practice limit, 336 days ago', { date: '2025-12-25' }, 'due-soon', 29, 'practice'],
    ['exactly 30 days left', { date: '2025-12-26' }, 'due-soon', 30, 'practice'],
    ['31 days left: not listed', { date: '2025-12-27' }, undefined, 31, 'practice'],
    ['the deadline is today', { date: '2025-11-26' }, 'due-soon', 0, 'practice'],
    ['a day past', { date: '2025-11-25' }, 'missed', -1, 'practice'],
    [
      'a payer rule (90 days), name in other case and spacing',
      { clientId: 'uhc', date: '2026-09-01' },
      'due-soon',
      4,
      'payer',
    ],
    ['a payer rule, missed', { clientId: 'uhc', date: '2026-08-01' }, 'missed', -27, 'payer'],
  ] as const)('%s', (_name, fields, state, daysLeft, source) => {
    const s = session({ status: 'done', ...fields });
    const { filing } = outstanding([s]);
    const client = [insured, uhc].find((c) => c.id === s.clientId)!;
    const limit = filingLimitFor(settings, client.payer.name);
    expect(limit.source).toBe(source);
    expect(filingDeadline(s.date, limit.days, TODAY).daysLeft).toBe(daysLeft);
    if (state) expect(filing.map((r) => [r.urgency, r.daysLeft])).toEqual([[state, daysLeft]]);
    else expect(filing).toEqual([]);
  });

  it('leaves out sessions the client paid for, billed ones, future ones and scheduled ones', () => {
    const old = '2025-12-01';
    const { filing } = outstanding([
      session({ clientId: 'sam', date: old }),
      session({ date: old, clientPayments: [{ date: old, amount: 160 }] }),
      session({ date: old, status: 'billed', billedOn: old }),
      session({ date: old, status: 'scheduled' }),
    ]);
    expect(filing).toEqual([]);
  });

  it('puts the most urgent first', () => {
    const { filing } = outstanding([
      session({ id: 'soon', date: '2025-12-20' }),
      session({ id: 'missed', date: '2025-10-01' }),
    ]);
    expect(filing.map((r) => r.session.id)).toEqual(['missed', 'soon']);
  });
});

describe('balances clients owe', () => {
  it.each([
    ['a self-pay client who paid nothing', [session({ clientId: 'sam', date: '2026-11-02' })], 'sam', 160],
    [
      'a self-pay client who paid part',
      [session({ clientId: 'sam', clientPayments: [{ date: '2026-11-01', amount: 100, method: 'cash' }] })],
      'sam',
      60,
    ],
    [
      'an insured client after the insurer paid: coinsurance left',
      [session({ status: 'paid', paidAmount: 96, adjustmentAmount: 40 })],
      'dana',
      24,
    ],
    [
      'after the insurer paid and the copay was taken at the desk',
      [
        session({
          status: 'paid',
          paidAmount: 96,
          adjustmentAmount: 40,
          clientPayments: [{ date: '2026-11-01', amount: 24 }],
        }),
      ],
      undefined,
      0,
    ],
    ['billed, not paid yet: the insurer’s question', [session({ status: 'billed' })], undefined, 0],
    ['denied: not the client’s yet', [session({ status: 'denied' })], undefined, 0],
    ['a future session', [session({ clientId: 'sam', date: '2026-12-01' })], undefined, 0],
  ] as const)('%s', (_name, sessions, clientId, owed) => {
    const { balances, totals } = outstanding([...sessions]);
    if (clientId) {
      expect(balances.map((b) => [b.clientId, b.owed])).toEqual([[clientId, owed]]);
    } else {
      expect(balances).toEqual([]);
    }
    expect(totals.owed).toBe(owed);
  });

  it('adds a client’s sessions and gives the superbill range', () => {
    const { balances } = outstanding([
      session({ clientId: 'sam', date: '2026-10-05' }),
      session({ clientId: 'sam', date: '2026-11-02', clientPayments: [{ date: '2026-11-02', amount: 160 }] }),
      session({ clientId: 'sam', date: '2026-10-19', lines: [{ code: '97124', units: 3, charge: 120.25 }] }),
    ]);
    expect(balances).toHaveLength(1);
    expect(balances[0]).toMatchObject({
      charges: 440.25,
      clientPaid: 160,
      owed: 280.25,
      from: '2026-10-05',
      to: '2026-11-02',
      selfPay: true,
    });
  });
});

describe('claims list and money', () => {
  it('lists every billed claim, newest first', () => {
    const { claims } = outstanding([
      session({ id: 'a', date: '2026-10-01', status: 'paid', billedOn: '2026-10-02', paidAmount: 90 }),
      session({ id: 'b', date: '2026-11-01', status: 'billed' }),
      session({ id: 'c', date: '2026-10-15', status: 'done' }),
      session({ id: 'd', date: '2026-10-20', status: 'denied' }),
    ]);
    expect(claims.map((r) => r.session.id)).toEqual(['b', 'd', 'a']);
  });

  it('adds cents without drift', () => {
    expect(sumCents([0.1, 0.2])).toBe(0.3);
    expect(
      sessionCharges({
        lines: [
          { code: '97124', units: 1, modifiers: [], charge: 40.1 },
          { code: '97140', units: 1, modifiers: [], charge: 45.2 },
        ],
      }),
    ).toBe(85.3);
  });
});
