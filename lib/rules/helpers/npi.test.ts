// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiProblem } from './npi';

describe('isValidNpi (Luhn over "80840" + NPI, domain.md 4.1)', () => {
  const cases = [
    { npi: '1234567893', valid: true, why: 'CMS worked example' },
    { npi: '1558598797', valid: true, why: 'domain.md test value' },
    { npi: '1003347634', valid: true, why: 'domain.md test value' },
    { npi: '1528060837', valid: true, why: 'domain.md test value' },
    { npi: '1093791627', valid: false, why: 'domain.md invalid test value' },
    { npi: '1234567897', valid: false, why: 'passes plain Luhn but not with the 80840 prefix' },
    { npi: '123456789', valid: false, why: '9 digits' },
    { npi: '12345678930', valid: false, why: '11 digits' },
    { npi: '12345678 3', valid: false, why: 'a space' },
    { npi: '123456789X', valid: false, why: 'a letter' },
    { npi: '', valid: false, why: 'empty' },
  ];
  it.each(cases)('$npi is $valid ($why)', ({ npi, valid }) => {
    expect(isValidNpi(npi)).toBe(valid);
  });

  it('tells a format problem from a check-digit problem', () => {
    expect(npiProblem('12345')).toBe('format');
    expect(npiProblem('1234567894')).toBe('check-digit');
    expect(npiProblem('1234567893')).toBeNull();
    expect(npiProblem(1234567893)).toBe('format');
  });
});
