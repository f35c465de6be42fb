// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { icdLookupFromText, isIcdFormat, normaliseIcd } from './icd';

describe('normaliseIcd', () => {
  const cases = [
    { input: 'M54.50', out: 'M54.50' },
    { input: 'm5450', out: 'M54.50' },
    { input: 'm545', out: 'M54.5' },
    { input: 'M545', out: 'M54.5' },
    { input: ' s13.4xxa ', out: 'S13.4XXA' },
    { input: 'S134XXA', out: 'S13.4XXA' },
    { input: 'r52', out: 'R52' },
    { input: 'R52.', out: 'R52' },
    { input: 'M5.45', out: 'M5.45' },
    { input: 'M54..5', out: 'M54..5' },
    { input: '', out: '' },
  ];
  it.each(cases)('$input -> $out', ({ input, out }) => {
    expect(normaliseIcd(input)).toBe(out);
  });
  it('returns "" for anything that is not a string', () => {
    expect(normaliseIcd(undefined)).toBe('');
    expect(normaliseIcd(5450)).toBe('');
  });
});

describe('isIcdFormat (domain.md 5.2)', () => {
  const cases = [
    { code: 'M54.50', ok: true },
    { code: 'm5450', ok: true },
    { code: 'R52', ok: true },
    { code: 'M1A.0110', ok: true },
    { code: 'M62.5A0', ok: true },
    { code: 'S13.4XXA', ok: true },
    { code: 'M54.5', ok: true },
    { code: '545', ok: false },
    { code: 'M5', ok: false },
    { code: 'MM54', ok: false },
    { code: 'M54.12345', ok: false },
    { code: 'M5.45', ok: false },
    { code: 'M54-5', ok: false },
    { code: '', ok: false },
  ];
  it.each(cases)('$code -> $ok', ({ code, ok }) => {
    expect(isIcdFormat(code)).toBe(ok);
  });
});

describe('icdLookupFromText', () => {
  const text = [
    '# ranges: M00-M99 S13 S29.0',
    'M5450',
    'M54.51',
    'm5459',
    'S134XXA',
    'S290XXA',
    'M1A0110',
  ].join('\n');
  const lookup = icdLookupFromText(text);

  const cases = [
    { code: 'M54.50', status: 'billable' },
    { code: 'M54.51', status: 'billable' },
    { code: 'M54.5', status: 'not-billable' },
    { code: 'M99.99', status: 'not-billable' },
    { code: 'M1A.0110', status: 'billable' },
    { code: 'S13.4', status: 'not-billable' },
    { code: 'S13.4XXA', status: 'billable' },
    { code: 'S29.0XXA', status: 'billable' },
    { code: 'S29.8XXA', status: 'outside' },
    { code: 'R52', status: 'outside' },
    { code: 'Z00.00', status: 'outside' },
  ];
  it.each(cases)('$code is $status', ({ code, status }) => {
    expect(lookup.status(code)).toBe(status);
  });

  it('lists the billable codes under a category, dotted', () => {
    expect(lookup.childrenOf('M54.5')).toEqual(['M54.50', 'M54.51', 'M54.59']);
    expect(lookup.childrenOf('M54.5', 2)).toEqual(['M54.50', 'M54.51']);
    expect(lookup.childrenOf('G44')).toEqual([]);
  });

  it('without a ranges line, covers the categories the list holds', () => {
    const plain = icdLookupFromText('code\tdescription\nM54.50\tLow back pain\nR52\tPain');
    expect(plain.size).toBe(2);
    expect(plain.status('M54.5')).toBe('not-billable');
    expect(plain.status('R52')).toBe('billable');
    expect(plain.status('G44.209')).toBe('outside');
  });

  it('sorts an unsorted list and ignores junk lines', () => {
    const messy = icdLookupFromText('M5459\n\nnot a code\nM5450\r\n12345\nM5451');
    expect(messy.size).toBe(3);
    expect(messy.childrenOf('M545')).toEqual(['M54.50', 'M54.51', 'M54.59']);
  });
});
