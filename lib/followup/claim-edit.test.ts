import { describe, expect, it } from 'vitest';
import { SessionSchema } from '../model';
import {
  checkClaimForm,
  checkPaymentForm,
  claimFormOf,
  readDate,
  readMoney,
  type ClaimForm,
} from './claim-edit';

const TODAY = '2026-11-26';
const session = SessionSchema.parse({
  id: 's1',
  clientId: 'c1',
  date: '2026-10-01',
  status: 'billed',
  billedOn: '2026-10-03',
  lines: [{ code: '97124', units: 4, charge: 160 }],
});
const base = claimFormOf(session);

function check(fields: Partial<ClaimForm>) {
  return checkClaimForm({ ...base, ...fields }, session, TODAY);
}

describe('checkClaimForm', () => {
  it('turns an EOB’s figures into the session patch', () => {
    const { patch, errors } = check({
      status: 'paid',
      payerClaimNumber: ' 2026-1002-0097 ',
      paidAmount: '$96.00',
      adjustmentAmount: '40',
    });
    expect(errors).toEqual({});
    expect(patch).toMatchObject({
      status: 'paid',
      billedOn: '2026-10-03',
      payerClaimNumber: '2026-1002-0097',
      paidAmount: 96,
      adjustmentAmount: 40,
      denialCodes: [],
    });
  });

  it('records a denial with its codes, normalised, and moves a remark code typed with them', () => {
    const { patch } = check({ status: 'denied', denialCodes: 'co 16 n290', remarkCodes: 'MA130' });
    expect(patch).toMatchObject({ status: 'denied', denialCodes: ['CO-16'], remarkCodes: ['N290', 'MA130'] });
  });

  it('clears an amount left empty', () => {
    const paid = SessionSchema.parse({ ...session, paidAmount: 50 });
    const { patch } = checkClaimForm({ ...claimFormOf(paid), paidAmount: '' }, paid, TODAY);
    expect(patch!.paidAmount).toBeUndefined();
  });

  it.each([
    [
      'a denial without a reason code',
      { status: 'denied', denialCodes: '' },
      'denialCodes',
      /reason code the payer gave/,
    ],
    [
      'a CPT code among the reason codes',
      { status: 'denied', denialCodes: 'CO-97, 97124' },
      'denialCodes',
      /97124: not a reason code/,
    ],
    ['a reason code among the remark codes', { remarkCodes: 'CO-16' }, 'remarkCodes', /CO-16: a reason code/],
    ['billed without a date', { billedOn: '' }, 'billedOn', /date the claim was sent/],
    ['a billed date before the session', { billedOn: '2026-09-30' }, 'billedOn', /before the session/],
    ['a billed date in the future', { billedOn: '2026-12-01' }, 'billedOn', /future/],
    ['an impossible date', { billedOn: '2026-02-30' }, 'billedOn', /not a real date/],
    [
      'a resubmission before the billing',
      { resubmittedOn: '2026-10-02' },
      'resubmittedOn',
      /before the claim was first sent/,
    ],
    [
      'a payment above the charges',
      { paidAmount: '160.01' },
      'paidAmount',
      /more than the session's charges \(160\.00\)/,
    ],
    ['an amount that is not one', { adjustmentAmount: 'forty' }, 'adjustmentAmount', /amount like/],
  ] as const)('refuses %s', (_name, fields, field, message) => {
    const { patch, errors } = check(fields as Partial<ClaimForm>);
    expect(patch).toBeUndefined();
    expect(errors[field]).toMatch(message);
  });

  it('accepts a session marked back to done without a billed date', () => {
    expect(check({ status: 'done', billedOn: '' }).patch?.status).toBe('done');
  });
});

describe('checkPaymentForm', () => {
  it.each([
    [
      { date: '11/02/2026', amount: '40.50', method: 'hsa' },
      { payment: { date: '2026-11-02', amount: 40.5, method: 'hsa' } },
    ],
    [{ date: '', amount: '40', method: 'cash' }, { errors: { date: 'Enter the date of the payment.' } }],
    [
      { date: '2026-11-27', amount: '40', method: 'cash' },
      { errors: { date: 'This date is in the future.' } },
    ],
    [
      { date: '2026-11-02', amount: '0', method: 'cash' },
      { errors: { amount: 'Enter the amount paid, like 40 or 40.50.' } },
    ],
  ] as const)('%j', (form, expected) => {
    expect(checkPaymentForm(form, TODAY)).toMatchObject(expected);
  });
});

describe('readDate and readMoney', () => {
  it.each([
    ['2026-11-02', '2026-11-02'],
    ['11/2/2026', '2026-11-02'],
    ['', undefined],
    ['2026-13-01', null],
    ['yesterday', null],
  ])('readDate(%j)', (text, expected) => expect(readDate(text)).toBe(expected));

  it.each([
    ['96', 96],
    ['$1,096.40', 1096.4],
    ['', undefined],
    ['-5', null],
    ['1.234', null],
  ])('readMoney(%j)', (text, expected) => expect(readMoney(text)).toBe(expected));
});
