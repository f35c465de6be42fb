import { describe, expect, it } from 'vitest';
import { ClientSchema, SessionSchema } from '../model';
import { csvCell, sessionsToCsv } from './csv';

const client = ClientSchema.parse({
  id: 'c1',
  firstName: 'Maria',
  lastName: 'Garcia, Jr.',
  birthDate: '1979-03-14',
  payer: { name: 'Blue Cross "PPO"', memberId: 'XOF123' },
});
const hostile = ClientSchema.parse({
  id: 'c2',
  firstName: '@SUM(A1:A9)',
  lastName: '=HYPERLINK("http://x","y")',
});

describe('sessionsToCsv', () => {
  const csv = sessionsToCsv(
    [
      SessionSchema.parse({
        id: 's2',
        clientId: 'c1',
        date: '2026-11-26',
        minutes: 60,
        status: 'paid',
        lines: [
          { code: '97124', units: 2, modifiers: ['GP'], charge: 60 },
          { code: '97140', units: 2, modifiers: ['GP', '59'], charge: 70.5 },
        ],
        paidAmount: 96.4,
        adjustmentAmount: 20,
        clientPayments: [{ date: '2026-11-26', amount: 10, method: 'card' }],
      }),
      SessionSchema.parse({ id: 's1', clientId: 'c2', date: '2026-11-01', minutes: 30, notes: '-2+3' }),
    ],
    [client, hostile],
  );
  const rows = csv.split('\r\n');

  it('has a header and one row per session, by date', () => {
    expect(rows[0]).toBe(
      'Date,Client,Birth date,Payer,Member id,Kind of claim,Status,Minutes,Codes,Units,Charge,Billed on,Payer paid,Adjustment,Client paid,Balance,Payer claim number,Denial codes',
    );
    expect(rows).toHaveLength(4); // header, two rows, the empty string after the last CRLF
    expect(rows[2]).toBe(
      '2026-11-26,"Garcia, Jr., Maria",1979-03-14,"Blue Cross ""PPO""",XOF123,health,paid,60,97124-GP 97140-GP-59,4,130.5,,96.4,20,10,4.1,,',
    );
  });

  it('keeps formulas as text', () => {
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://x"",""y""), @SUM(A1:A9)"`);
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', `"'\tx"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [-5, '-5'],
    [undefined, ''],
  ])('%j becomes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});
