// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import { createCodeTables } from './core';
import { claim, context, line, run } from './testing/builders';
import type { CodeTables } from './types';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  found: string[];
  tables?: CodeTables;
  message?: RegExp;
  fix?: RegExp;
  notFix?: RegExp;
  fields?: string[];
};

const pair = (a: string, b: string, modsA: string[] = [], modsB: string[] = []): Partial<ServiceLine>[] => [
  { code: a, modifiers: modsA },
  { code: b, modifiers: modsB },
];

// Synthetic tables for the date and indicator edges (the built-in rows are all indicator 1, in force).
const head =
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier\tPTP Edit Rationale';
const table = (...rows: string[]) => createCodeTables({ ncciText: [head, ...rows].join('\n') });
const HARD = table('97140\t97124\t\t20000101\t*\t0\tMutually exclusive procedures');
const DELETED_BEFORE = table('97140\t97124\t\t20000101\t20260301\t1\tx');
const DELETED_ON_DOS = table('97140\t97124\t\t20000101\t20260302\t1\tx');
const EFFECTIVE_AFTER = table('97140\t97124\t\t20260303\t*\t1\tx');
const EFFECTIVE_ON_DOS = table('97140\t97124\t\t20260302\t*\t1\tx');
const IND_9 = table('97140\t97124\t\t20000101\t*\t9\tx');

const cases: Case[] = [
  // 97124 + 97140, both orders in the form
  {
    name: '97140 then 97124, no modifier: warning; which one is denied is unconfirmed, said plainly',
    lines: pair('97140', '97124'),
    found: ['warning 0,1'],
    message:
      /payers pay only one of these for the same day and may deny the other \(CARC 236\).*not confirmed in the CMS file/,
    fix: /Bill one code for the session/,
    fields: ['lines.1.code', 'lines.1.modifiers', 'lines.0.code'],
  },
  {
    name: '97124 then 97140, no modifier: same pair',
    lines: pair('97124', '97140'),
    found: ['warning 0,1'],
    fields: ['lines.0.code', 'lines.0.modifiers', 'lines.1.code'],
  },
  {
    name: 'XS on the column 2 line (97124): info',
    lines: pair('97140', '97124', [], ['XS']),
    found: ['info 0,1'],
    message: /XS on 97124/,
  },
  { name: '59 on the column 2 line: info', lines: pair('97124', '97140', ['59'], []), found: ['info 0,1'] },
  { name: 'XE on column 2: info', lines: pair('97140', '97124', [], ['XE']), found: ['info 0,1'] },
  { name: 'XP on column 2: info', lines: pair('97140', '97124', [], ['XP']), found: ['info 0,1'] },
  { name: 'XU on column 2: info', lines: pair('97140', '97124', [], ['GP', 'XU']), found: ['info 0,1'] },
  {
    name: 'XS on the column 1 line only does not bypass (a confirmed pair: CMT 98940 + 97140)',
    lines: pair('98940', '97140', ['XS'], []),
    found: ['warning 0,1'],
    message: /XS on 98940 does not bypass/,
    fix: /Take the XS off 98940/,
    fields: ['lines.1.code', 'lines.1.modifiers', 'lines.0.code', 'lines.0.modifiers'],
  },
  {
    name: 'a modifier on 97140 in the unconfirmed pair: says it may not help, without claiming which is denied',
    lines: pair('97140', '97124', ['XS'], []),
    found: ['warning 0,1'],
    message: /which one that is is not confirmed: the XS on 97140 may not help/,
    fix: /put it on the line the payer denies \(ask the payer which one\)/,
    notFix: /Take the XS off/,
  },
  {
    name: '59 on the column 1 line only (97124 listed second)',
    lines: pair('97124', '97140', [], ['59']),
    found: ['warning 0,1'],
  },
  {
    name: 'a non-NCCI modifier (GP) does not bypass',
    lines: pair('97140', '97124', [], ['GP']),
    found: ['warning 0,1'],
  },
  {
    name: 'different dates: no pair',
    lines: [{ code: '97140' }, { code: '97124', from: '2026-03-03' }],
    found: [],
  },
  {
    name: 'same "from", different "to": same-day by "from"',
    lines: [{ code: '97140', to: '2026-03-04' }, { code: '97124' }],
    found: ['warning 0,1'],
  },
  {
    name: 'unreadable date 2026-02-30: dos-invalid reports it',
    lines: pair('97140', '97124').map((l) => ({ ...l, from: '2026-02-30' })),
    found: [],
  },
  // CMT pairs
  {
    name: '98940 + 97140: XS only for a different region',
    lines: pair('98940', '97140'),
    found: ['warning 0,1'],
    fix: /different body region .* add XS to 97140 .* point it to that region's diagnosis/,
  },
  {
    name: '97124 listed before 98941',
    lines: pair('97124', '98941'),
    found: ['warning 0,1'],
    message: /payers pay 98941 and deny 97124/,
  },
  { name: '98942 + 97112', lines: pair('98942', '97112'), found: ['warning 0,1'] },
  { name: '98942 + 97112 with XS on 97112', lines: pair('98942', '97112', [], ['XS']), found: ['info 0,1'] },
  { name: '98943 is not in the table (unconfirmed)', lines: pair('98943', '97140'), found: [] },
  // 97012 + 97140
  { name: '97012 + 97140', lines: pair('97012', '97140'), found: ['warning 0,1'], message: /deny 97140/ },
  // 97140 + 97530: a time-block separation
  {
    name: '97140 + 97530: 59 only for distinct 15-minute blocks, not XS',
    lines: pair('97530', '97140'),
    found: ['warning 0,1'],
    message: /deny 97530/,
    fix: /59 to 97530 only if the two were done in distinct 15-minute time blocks; XS does not apply/,
    notFix: /add XS/i,
  },
  {
    name: '97530 with 59: info',
    lines: pair('97140', '97530', [], ['59']),
    found: ['info 0,1'],
    fix: /distinct 15-minute time blocks/,
  },
  {
    name: '97530 with XS: info, warns XS may be rejected',
    lines: pair('97140', '97530', [], ['XS']),
    found: ['info 0,1'],
    message: /XS may be rejected/,
  },
  // codes that do not pair
  { name: '97124 + 97010: no NCCI pair', lines: pair('97124', '97010'), found: [] },
  { name: 'the same code twice is duplicate-line business', lines: pair('97124', '97124'), found: [] },
  {
    name: 'three lines: each pair once',
    lines: [{ code: '98940' }, { code: '97140' }, { code: '97124' }],
    found: ['warning 0,1', 'warning 0,2', 'warning 1,2'],
  },
  // many lines of one pair on one date: one finding per pair, date and modifier verdict
  {
    name: '97124, 97140, 97124 on one date: one finding naming all three lines',
    lines: [{ code: '97124' }, { code: '97140' }, { code: '97124' }],
    found: ['warning 0,1,2'],
    message: /97140 \(line 2\) and 97124 \(lines 1 and 3\)/,
    fields: ['lines.0.code', 'lines.0.modifiers', 'lines.2.code', 'lines.2.modifiers', 'lines.1.code'],
  },
  {
    name: 'the same pair with and without XS: one warning and one info',
    lines: [{ code: '97140' }, { code: '97124' }, { code: '97124', modifiers: ['XS'] }],
    found: ['warning 0,1', 'info 0,2'],
  },
  {
    name: 'the pair on two dates: one finding per date',
    lines: [
      { code: '97140', from: '2026-03-02' },
      { code: '97124', from: '2026-03-02' },
      { code: '97140', from: '2026-03-03' },
      { code: '97124', from: '2026-03-03' },
    ],
    found: ['warning 0,1', 'warning 2,3'],
  },
  {
    name: '200 massage and 200 manual-therapy lines on one date: one finding, not 40,000',
    lines: Array.from({ length: 400 }, (_, i) => ({ code: i % 2 ? '97140' : '97124' })),
    found: [`warning ${Array.from({ length: 400 }, (_, i) => i).join(',')}`],
  },
  // indicator 0 and the edit dates (synthetic tables)
  {
    name: 'indicator 0: error even with XS on column 2',
    lines: pair('97140', '97124', [], ['XS']),
    tables: HARD,
    found: ['error 0,1'],
    fix: /a modifier will not help/,
  },
  {
    name: 'indicator 0 without modifier: error',
    lines: pair('97124', '97140'),
    tables: HARD,
    found: ['error 0,1'],
  },
  {
    name: 'deleted the day before the date of service: no finding',
    lines: pair('97140', '97124'),
    tables: DELETED_BEFORE,
    found: [],
  },
  {
    name: 'deletion date equal to the date of service: still in force',
    lines: pair('97140', '97124'),
    tables: DELETED_ON_DOS,
    found: ['warning 0,1'],
  },
  {
    name: 'effective after the date of service: no finding',
    lines: pair('97140', '97124'),
    tables: EFFECTIVE_AFTER,
    found: [],
  },
  {
    name: 'effective on the date of service: fires',
    lines: pair('97140', '97124'),
    tables: EFFECTIVE_ON_DOS,
    found: ['warning 0,1'],
  },
  { name: 'indicator 9 (deleted): no finding', lines: pair('97140', '97124'), tables: IND_9, found: [] },
];

describe('ncci-pair', () => {
  test.each(cases)('$name', ({ lines, found, tables, message, fix, notFix, fields }) => {
    const c = claim({ lines: lines.map((l) => line(l)) });
    const findings = tables ? run('ncci-pair', c, context(), tables) : run('ncci-pair', c);
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (message) expect(findings[0]?.message).toMatch(message);
    if (fix) expect(findings[0]?.fix).toMatch(fix);
    if (notFix) expect(findings[0]?.fix).not.toMatch(notFix);
    if (fields) expect(findings[0]?.fields).toEqual(fields);
  });

  test('the 97124/97140 row says its order is unconfirmed', () => {
    expect(
      run('ncci-pair', claim({ lines: pair('97140', '97124').map((l) => line(l)) }))[0]?.message,
    ).toMatch(/not confirmed in the CMS file/);
  });
});
