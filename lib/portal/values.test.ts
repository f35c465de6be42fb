import { describe, expect, it } from 'vitest';
import {
  checkboxPointer,
  joinDateParts,
  normalizeIcd,
  optionCode,
  parseCode,
  parseDate,
  parseModifierBox,
  parseCharge,
  parseNpi,
  parsePointers,
  parsePos,
  parseTaxId,
  parseUnits,
} from './values';

const YEAR = 2026;

describe('dates', () => {
  it.each([
    ['03/02/2026', '2026-03-02'],
    ['3/2/2026', '2026-03-02'],
    ['03-02-2026', '2026-03-02'],
    ['03.02.2026', '2026-03-02'],
    ['03022026', '2026-03-02'],
    ['2026-03-02', '2026-03-02'],
    [' 03 / 02 / 2026 ', '2026-03-02'],
    ['03/02/26', '2026-03-02'],
    ['04/12/86', '1986-04-12'],
    // Impossible or incomplete dates stay as typed, so dos-invalid can say so.
    ['02/30/2026', '02/30/2026'],
    ['13/01/2026', '13/01/2026'],
    ['3/4', '3/4'],
    ['yesterday', 'yesterday'],
    ['', undefined],
    ['   ', undefined],
  ])('%j -> %j', (typed, iso) => expect(parseDate(typed, YEAR)).toBe(iso));

  it.each([
    [['03', '02', '2026'], '2026-03-02'],
    [['3', '2', '2026'], '2026-03-02'],
    [['03', '02', '26'], '2026-03-02'],
    [['02', '30', '2026'], '02/30/2026'],
    [['03', '', ''], '03//'],
    [['', '', ''], undefined],
  ])('split boxes %j -> %j', ([m, d, y], iso) => expect(joinDateParts(m!, d!, y!, YEAR)).toBe(iso));
});

describe('codes and option labels', () => {
  it.each([
    ['11 - Office', '11'],
    ['UN - Unit', 'UN'],
    ['97124 - Massage', '97124'],
    ['M54.50 - Low back pain, unspecified', 'M54.50'],
    ['Office visit', 'Office visit'],
  ])('option label %j -> %j', (label, code) => expect(optionCode(label)).toBe(code));

  it.each([
    ['97124', '97124'],
    [' 97124 ', '97124'],
    ['g0283', 'G0283'],
    ['97124 - Therapeutic massage', '97124'],
    ['', undefined],
  ])('CPT/HCPCS %j -> %j', (typed, code) => expect(parseCode(typed)).toBe(code));

  it.each([
    ['11', '11'],
    ['2', '02'],
    ['11 - Office', '11'],
    ['xx', 'XX'],
    ['', undefined],
  ])('place of service %j -> %j', (typed, pos) => expect(parsePos(typed)).toBe(pos));

  it.each([
    ['59', ['59']],
    ['59:XS', ['59', 'XS']],
    ['59 xs', ['59', 'XS']],
    ['59, XS ,GP', ['59', 'XS', 'GP']],
    ['GP - Outpatient PT plan of care', ['GP']],
    ['', []],
  ])('modifiers %j -> %j', (typed, mods) => expect(parseModifierBox(typed)).toEqual(mods));
});

describe('numbers', () => {
  it.each([
    ['2', 2],
    ['2.0', 2],
    ['1.5', 1.5],
    ['2 UN', 2],
    [' 4 ', 4],
    ['two', undefined],
    ['', undefined],
  ])('units %j -> %j', (typed, units) => expect(parseUnits(typed)).toBe(units));

  it.each([
    ['$1,234.50', 1234.5],
    ['80', 80],
    ['80.00', 80],
    ['.5', 0.5],
    ['$ 45.00', 45],
    ['eighty', undefined],
    ['1.2.3', undefined],
    ['', undefined],
  ])('charge %j -> %j', (typed, money) => expect(parseCharge(typed)).toBe(money));
});

describe('ICD-10-CM codes', () => {
  it.each([
    ['M54.50', 'M54.50'],
    ['m5450', 'M54.50'],
    [' M54.5 ', 'M54.5'],
    ['R52', 'R52'],
    ['s134xxa', 'S13.4XXA'],
    ['M62.830 - Muscle spasm of back', 'M62.830'],
    ['1234', '1234'],
    ['', undefined],
  ])('%j -> %j', (typed, code) => expect(normalizeIcd(typed)).toBe(code));
});

describe('pointers', () => {
  const dx = ['M54.50', 'M62.830', '', 'S13.4XXA'];
  it.each([
    ['A', [1]],
    ['AB', [1, 2]],
    ['ab', [1, 2]],
    ['A,B', [1, 2]],
    ['A B', [1, 2]],
    ['1', [1]],
    ['1,2', [1, 2]],
    ['12', [12]],
    ['1234', [1, 2, 3, 4]],
    ['M54.50', [1]],
    ['m62830', [2]],
    ['S134XXA', [4]],
    ['M79.1', [0]],
    ['AM', [1, 0]],
    ['0', [0]],
    ['', []],
  ])('%j -> %j', (typed, pointers) => expect(parsePointers(typed, dx)).toEqual(pointers));

  it('reads a checkbox from its value, else its slot letter', () => {
    expect(checkboxPointer('3', 'cb_diagnosisCode1c')).toBe(3);
    expect(checkboxPointer('C', 'x')).toBe(3);
    expect(checkboxPointer('on', 'cb_diagnosisCode1d')).toBe(4);
    expect(checkboxPointer('on', 'box')).toBeUndefined();
  });
});

describe('identifiers and bad input', () => {
  it('normalises NPIs and tax ids', () => {
    expect(parseNpi(' 1558598797 ')).toBe('1558598797');
    expect(parseNpi('1992753880 - Lee, Sam LMT')).toBe('1992753880');
    expect(parseTaxId('84-1234567')).toBe('841234567');
  });

  it('keeps 10,000-character values short and never throws', () => {
    const huge = 'A'.repeat(10_000);
    for (const fn of [parseDate, parseCode, parsePos, parseNpi, parseTaxId, normalizeIcd]) {
      const out = fn(huge);
      expect(out === undefined || out.length <= 64).toBe(true);
    }
    expect(parseModifierBox(huge).join('').length).toBeLessThanOrEqual(64);
    expect(parsePointers(huge, []).length).toBeLessThanOrEqual(12);
    expect(parseUnits('9'.repeat(10_000))).toBeUndefined();
    expect(parseCharge('9'.repeat(10_000))).toBeUndefined();
  });
});
