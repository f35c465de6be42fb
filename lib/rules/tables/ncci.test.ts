// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInNcciEdits, indexNcci, parseNcciPtp } from './ncci';

// A synthetic file in the official CMS layout (ccipra): notice lines and a header wrapped over two lines
// before the data, tab-separated, "*" for no deletion date, indicator 9 for deleted edits, CRLF endings.
// Not CMS data: the codes are ours, the rows made up to exercise the parser.
const CMS_LAYOUT = [
  'CPT only copyright 2025 American Medical Association. All rights reserved.',
  '',
  'Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale',
  '\t\tprior to 1996\tDate\tDate *=no data\t0=not allowed 1=allowed 9=not applicable\t',
  '98940\t97140\t\t20020401\t*\t1\tMisuse of column two code with column one code',
  '97140\t97124\t\t20000101\t*\t1\tMutually exclusive procedures',
  '97530\t97161\t\t20200101\t20200331\t0\tMutually exclusive procedures',
  '97530\t97162\t\t20200101\t20200101\t9\tMutually exclusive procedures',
  '0001A\t0591T\t\t20210101\t*\t1\tMisuse of column two code with column one code',
  '97140\t97124\t\t2000-01-01\t*\t1\tbad date',
  '97140\t97124\t\t20000101\t*\t5\tbad indicator',
  'garbage line',
  '',
].join('\r\n');

describe('parseNcciPtp', () => {
  it('reads the CMS layout: skips the notice and wrapped header, filters to our codes, reports bad rows', () => {
    const result = parseNcciPtp(CMS_LAYOUT);
    expect(result.preamble).toBe(3);
    expect(result.edits.map((e) => `${e.column1}/${e.column2}/${e.modifierIndicator}`)).toEqual([
      '98940/97140/1',
      '97140/97124/1',
      '97530/97161/0',
      '97530/97162/9',
    ]);
    expect(result.outOfScope).toBe(1);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [10, 'effective date is not YYYYMMDD'],
      [11, 'modifier indicator is not 0, 1 or 9'],
      [12, 'fewer than 6 tab-separated columns'],
    ]);
    expect(result.edits[2]).toEqual({
      column1: '97530',
      column2: '97161',
      priorTo1996: false,
      effective: '2020-01-01',
      deletion: '2020-03-31',
      modifierIndicator: 0,
      rationale: 'Mutually exclusive procedures',
    });
  });

  it('reads data/ncci-ptp-practitioner.tsv as it is on disk (comments, header row)', () => {
    const text = readFileSync(new URL('../../../data/ncci-ptp-practitioner.tsv', import.meta.url), 'utf8');
    const result = parseNcciPtp(text);
    expect(result.skipped).toEqual([]);
    expect(result.outOfScope).toBe(0);
    expect(result.edits).toEqual(builtInNcciEdits());
    expect(result.edits.length).toBeGreaterThanOrEqual(12);
  });

  it('never throws on junk', () => {
    expect(parseNcciPtp('').edits).toEqual([]);
    expect(parseNcciPtp(undefined as unknown as string).edits).toEqual([]);
    expect(parseNcciPtp('\uFEFF98940\t97140\t*\t19960101\t*\t1\tx').edits[0]?.priorTo1996).toBe(true);
  });

  it('can keep every code when asked', () => {
    expect(parseNcciPtp(CMS_LAYOUT, { inScope: () => true }).edits).toHaveLength(5);
  });
});

describe('the built-in table (domain.md 1.2)', () => {
  const edits = builtInNcciEdits();
  const has = (c1: string, c2: string, ind: number) =>
    edits.some(
      (e) => e.column1 === c1 && e.column2 === c2 && e.modifierIndicator === ind && e.deletion === null,
    );
  const cases = [
    ['98940', '97140'],
    ['98941', '97140'],
    ['98942', '97140'],
    ['98940', '97124'],
    ['98941', '97124'],
    ['98942', '97124'],
    ['98940', '97112'],
    ['98941', '97112'],
    ['98942', '97112'],
    ['97140', '97124'],
    ['97012', '97140'],
    ['97140', '97530'],
  ] as const;
  it.each(cases)('%s (column 1) with %s (column 2), indicator 1', (c1, c2) => {
    expect(has(c1, c2, 1)).toBe(true);
  });
  it('says in the rationale that the 97140/97124 order and indicator are unconfirmed', () => {
    expect(edits.find((e) => e.column1 === '97140' && e.column2 === '97124')?.rationale).toMatch(
      /not confirmed in the CMS file/,
    );
  });
});

describe('indexNcci.find', () => {
  const index = indexNcci(parseNcciPtp(CMS_LAYOUT).edits);
  const cases = [
    { a: '98940', b: '97140', date: '2026-03-02', found: '98940/97140' },
    { a: '97140', b: '98940', date: '2026-03-02', found: '98940/97140' },
    { a: '98940', b: '97140', date: '2002-03-31', found: undefined },
    { a: '98940', b: '97140', date: '2002-04-01', found: '98940/97140' },
    { a: '97530', b: '97161', date: '2020-03-31', found: '97530/97161' },
    { a: '97530', b: '97161', date: '2020-04-01', found: undefined },
    { a: '97530', b: '97162', date: '2020-01-01', found: undefined },
    { a: '97124', b: '97010', date: '2026-03-02', found: undefined },
  ];
  it.each(cases)('$a + $b on $date -> $found', ({ a, b, date, found }) => {
    const edit = index.find(a, b, date);
    expect(edit ? `${edit.column1}/${edit.column2}` : undefined).toBe(found);
  });
  it('prefers an indicator-0 edit over an indicator-1 one for the same pair', () => {
    const both = indexNcci([
      {
        column1: '97140',
        column2: '97124',
        priorTo1996: false,
        effective: '2000-01-01',
        deletion: null,
        modifierIndicator: 1,
        rationale: '',
      },
      {
        column1: '97140',
        column2: '97124',
        priorTo1996: false,
        effective: '2000-01-01',
        deletion: null,
        modifierIndicator: 0,
        rationale: '',
      },
    ]);
    expect(both.find('97124', '97140', '2026-01-01')?.modifierIndicator).toBe(0);
  });
});
