import { expect, test } from 'vitest';
import { clipDraft } from './clip';
import { ClaimDraftSchema } from '../model/claim';

test('a hostile form (10,000-character values, 1,500 lines) is clipped to what the background accepts', () => {
  const huge = 'x'.repeat(10_000);
  const draft = {
    patient: { lastName: huge, memberId: '<script>alert(1)</script>' },
    referringProvider: {},
    billingProvider: { npi: huge },
    diagnoses: Array.from({ length: 80 }, () => huge),
    lines: Array.from({ length: 1500 }, (_, row) => ({ row, code: huge, modifiers: [huge], pointers: [1] })),
  };
  const clipped = clipDraft(draft);
  expect(ClaimDraftSchema.safeParse(clipped).success).toBe(true);
  expect(clipped.patient.lastName).toHaveLength(200);
  expect(clipped.patient.memberId).toBe('<script>alert(1)</script>'); // data, never markup
  expect(clipped.lines).toHaveLength(1000);
});

test('an ordinary draft passes through unchanged', () => {
  const draft = {
    patient: { memberId: 'W1' },
    referringProvider: { npi: '1528060837' },
    billingProvider: {},
    diagnoses: ['M54.50', '', 'M62.830'],
    lines: [
      {
        row: 3,
        from: '2026-11-20',
        code: '97124',
        units: 2,
        charge: 80,
        modifiers: ['59'],
        pointers: [1, 3],
      },
    ],
  };
  expect(clipDraft(draft)).toEqual(draft);
});

test('the injury boxes (10a-c, 11b, 14) travel with the draft and are validated', () => {
  const draft = {
    patient: {},
    referringProvider: {},
    billingProvider: {},
    diagnoses: [],
    lines: [],
    injury: { date: '2026-01-10', employment: true, claimNumber: 'x'.repeat(500) },
  };
  const clipped = clipDraft(draft);
  expect(ClaimDraftSchema.safeParse(clipped).success).toBe(true);
  expect(clipped.injury?.claimNumber).toHaveLength(200);
  expect(ClaimDraftSchema.safeParse({ ...draft, injury: { employment: 'yes' } }).success).toBe(false);
});
