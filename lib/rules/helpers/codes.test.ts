// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { cleanCode, cleanText } from './codes';

const cases = [
  { name: 'a plain code', input: '97124', code: '97124' },
  { name: 'a zero-width space inside', input: '97\u200B110', code: '97110' },
  { name: 'a zero-width joiner and a BOM', input: '\uFEFF971\u200D40', code: '97140' },
  { name: 'a soft hyphen', input: '97\u00AD124', code: '97124' },
  { name: 'a left-to-right mark', input: '\u200E97112', code: '97112' },
  { name: 'full-width digits', input: '９７１２４', code: '97124' },
  { name: 'a no-break space around', input: '\u00A097140\u00A0', code: '97140' },
  { name: 'lower case modifier', input: 'xs', code: 'XS' },
  { name: 'full-width letters', input: 'ＧＰ', code: 'GP' },
  { name: 'not a string', input: 97124, code: '' },
  { name: 'undefined', input: undefined, code: '' },
];

describe('cleanCode', () => {
  test.each(cases)('$name', ({ input, code }) => {
    expect(cleanCode(input)).toBe(code);
  });

  test('cleanText keeps the case', () => {
    expect(cleanText(' m54.5\u200B0 ')).toBe('m54.50');
  });
});
