import { describe, expect, it } from 'vitest';
import {
  cptError,
  dateError,
  icdListError,
  modifiersError,
  npiError,
  parseDate,
  parseIcdList,
  parseMoney,
  taxIdError,
  wholeNumberError,
} from './validate';

describe('field checks', () => {
  it('NPI: 10 digits with the check digit of Luhn over 80840 + NPI', () => {
    expect(npiError('1234567893')).toBeUndefined();
    expect(npiError('1234567890')).toMatch(/check digit/);
    expect(npiError('12345')).toBe('An NPI has 10 digits; this has 5.');
    expect(npiError('12345abcde')).toBe('An NPI has digits only.');
    expect(npiError('')).toBeUndefined();
    expect(npiError('', true)).toBe('Enter the 10-digit NPI.');
  });

  it('dates: ISO or US, real days only, and order', () => {
    expect(parseDate('3/14/1979')).toBe('1979-03-14');
    expect(parseDate('2026-02-29')).toBeUndefined();
    expect(dateError('2026-02-29')).toBe('2026-02-29 is not a real date.');
    expect(dateError('next week')).toBe('Write the date as YYYY-MM-DD or MM/DD/YYYY.');
    expect(
      dateError('2026-01-01', { notBefore: { date: '2026-02-01', what: 'the date it was written' } }),
    ).toBe('This is before the date it was written (2026-02-01).');
    expect(dateError('', { required: true })).toMatch(/Enter a date/);
  });

  it('ICD-10-CM: format and billable codes, normalised', () => {
    expect(parseIcdList('m5450, s13.4xxd;G44.209')).toEqual(['M54.50', 'S13.4XXD', 'G44.209']);
    expect(icdListError('M54.50, M62.830')).toBeUndefined();
    expect(icdListError('M54.5')).toMatch(
      /^M54.5 is a category, not a billable code: use a more specific one \(M54.50, M54.51, M54.59/,
    );
    expect(icdListError('5450')).toMatch(/is not an ICD-10-CM code/);
    expect(icdListError('', true)).toMatch(/at least one/);
  });

  it('codes, modifiers, numbers, money, tax ids', () => {
    expect(cptError('97124')).toBeUndefined();
    expect(cptError('G0283')).toBeUndefined();
    expect(cptError('9712')).toMatch(/5 characters/);
    expect(modifiersError('GP 59')).toBeUndefined();
    expect(modifiersError('GP 5')).toMatch(/5 is not a modifier/);
    expect(modifiersError('GP 59 XS XU 76')).toMatch(/at most 4/);
    // The same split as the portal reader's: "59:XS" (Office Ally's one box) is two modifiers.
    expect(modifiersError('59:XS')).toBeUndefined();
    expect(wholeNumberError('2.5', 'the units')).toBe('Enter the units as a whole number.');
    expect(parseMoney('$1,085.50')).toBe(1085.5);
    expect(parseMoney('12.345')).toBeUndefined();
    expect(taxIdError('36-1234567', 'EIN')).toBeUndefined();
    expect(taxIdError('36-12345', 'EIN')).toMatch(/9 digits/);
  });
});
