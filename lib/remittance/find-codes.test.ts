import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRemittanceCodes, uniqueCodes, type FoundCode } from './find-codes';

const HERE = dirname(fileURLToPath(import.meta.url));

const FIXTURE = readFileSync(join(HERE, '../../test/fixtures/portals/remittance-eob.html'), 'utf8');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** "CO-97", "16", "N290": the codes as a biller would read them off the page. */
function labels(found: readonly FoundCode[]): string[] {
  return found.map((f) => (f.group ? `${f.group}-${f.code}` : f.code));
}

function codesIn(html: string): string[] {
  return labels(findRemittanceCodes(parse(`<!doctype html><body>${html}</body>`)));
}

describe('findRemittanceCodes on the EOB fixture', () => {
  const doc = parse(FIXTURE);
  const found = findRemittanceCodes(doc);

  it('finds exactly the codes the EOB shows, in page order', () => {
    expect(labels(uniqueCodes(found))).toEqual(['PR-2', 'CO-97', 'CO-16', 'N290', 'CO-29']);
  });

  it('tells reason codes from remark codes', () => {
    const n290 = found.find((f) => f.code === 'N290')!;
    expect(n290.kind).toBe('rarc');
    expect(found.filter((f) => f.kind === 'carc').map((f) => f.code)).toEqual(['2', '97', '16', '29']);
  });

  it('takes the group from the row’s Group column when the reason cell holds a bare number', () => {
    const co97 = found.find((f) => f.code === '97')!;
    expect(co97.group).toBe('CO');
    expect(co97.text).toBe('97');
    expect(co97.element.closest('table')?.id).toBe('lines-1');
  });

  it('points at the text node and the characters of each code', () => {
    for (const f of found) expect(f.node.data.slice(f.start, f.end)).toBe(f.text);
    const co16 = found.find((f) => f.code === '16')!;
    expect(co16.text).toBe('CO-16');
    expect(co16.element.closest('section')?.id).toBe('claim-2');
  });

  it('reads the 835 CAS segment', () => {
    const co29 = found.find((f) => f.code === '29')!;
    expect(co29.element.tagName).toBe('PRE');
    expect(co29.group).toBe('CO');
  });

  it('ignores scripts, form fields and the payer’s own numbers', () => {
    expect(found.every((f) => !['SCRIPT', 'TEXTAREA', 'INPUT'].includes(f.element.tagName))).toBe(true);
    expect(found).toHaveLength(5);
  });

  it('scans only inside the element it is given', () => {
    expect(labels(findRemittanceCodes(doc.getElementById('claim-2')!))).toEqual(['CO-16', 'N290']);
    expect(findRemittanceCodes(doc.getElementById('payment')!)).toEqual([]);
  });
});

describe('findRemittanceCodes: shapes of codes', () => {
  it.each([
    ['CO-97 in running text', '<p>Line 2 denied CO-97.</p>', ['CO-97']],
    ['a space between group and code', '<p>Adjusted CO 97 and PR 1</p>', ['CO-97', 'PR-1']],
    ['no separator', '<p>OA18 duplicate</p>', ['OA-18']],
    ['a slash', '<p>Adj CO/45 48.00</p>', ['CO-45']],
    ['"Reason code: 236"', '<p>Reason code: 236</p>', ['236']],
    ['"Reason Codes" with a list', '<p>Reason Codes: 45, 97 and 16</p>', ['45', '97', '16']],
    ['"CARC 16 / RARC N290"', '<p>CARC 16 / RARC N290</p>', ['16', 'N290']],
    ['"Adj Reason" label', '<p>Adj. Reason: B15</p>', ['B15']],
    ['a label in its own element', '<p><span>Reason code:</span> <b>151</b></p>', ['151']],
    ['a definition list', '<dl><dt>Remark code(s)</dt><dd>N286, MA130</dd></dl>', ['N286', 'MA130']],
    ['a row header', '<table><tr><th>Adjustment reason code</th><td>CO-4</td></tr></table>', ['CO-4']],
    ['remark codes after a grouped code', '<p>CO-16 N290 M51 remark</p>', ['CO-16', 'N290', 'M51']],
    [
      'a CARC column',
      '<table><thead><tr><th>CPT</th><th>CARC</th></tr></thead><tr><td>97124</td><td>45; 253</td></tr></table>',
      ['45', '253'],
    ],
    [
      'an "Adj Reason" column with words after the code',
      '<table><thead><tr><th>Adj Reason</th></tr></thead><tr><td>119 - Benefit maximum reached</td></tr></table>',
      ['119'],
    ],
    [
      'a "Grp/Rsn" column',
      '<table><thead><tr><th>Grp/Rsn</th><th>Amt</th></tr></thead><tr><td>PR/3</td><td>25.00</td></tr></table>',
      ['PR-3'],
    ],
    [
      'a "Reason" column that holds only codes',
      '<table><thead><tr><th>Reason</th></tr></thead><tr><td>197</td></tr></table>',
      ['197'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(codesIn(html)).toEqual(expected);
  });
});

describe('findRemittanceCodes: no false positives on ordinary numbers', () => {
  it.each([
    ['an amount', '<p>Paid $97.00 on 97.50 allowed</p>'],
    ['CPT codes', '<p>CPT 97124 and 97140, modifier 59, 4 units</p>'],
    ['a date and a time', '<p>Reason code: 10/02/2026 at 10:30</p>'],
    ['a ZIP code after a state', '<p>Denver, CO 80202</p>'],
    ['a phone number after a state', '<p>San Juan, PR 787-555-0100</p>'],
    ['a claim number', '<p>Claim 2026-1002-0097, account 16-2901</p>'],
    [
      'a percentage in a reason code column',
      '<table><thead><tr><th>Reason code</th></tr></thead><tr><td>80% of allowed</td></tr></table>',
    ],
    [
      'words in a "Reason" column',
      '<table><thead><tr><th>Reason</th></tr></thead><tr><td>2 visits over the limit</td></tr></table>',
    ],
    ['numbers under a "Remarks" label', '<dl><dt>Remarks</dt><dd>2 corrections, see page 16</dd></dl>'],
    [
      'ICD-10 codes in a remark column',
      '<table><thead><tr><th>Remark</th></tr></thead><tr><td>M62.830, N39.0</td></tr></table>',
    ],
    ['upper-case words that start like group codes', '<p>CO-INSURANCE 20, PROVIDER 16, COPAY 30</p>'],
    ['"reason" without "code"', '<p>Reason for visit: 2 sessions</p>'],
    ['a bare number after a grouped code', '<p>CO-45 2 units reduced</p>'],
  ])('%s', (_name, html) => {
    expect(codesIn(html).filter((c) => c !== 'CO-45')).toEqual([]);
  });
});

describe('uniqueCodes', () => {
  it('keeps the first of each distinct code', () => {
    const found = findRemittanceCodes(parse('<p>CO-97 then CO-97 again, PR-97 and N290 N290</p>'));
    expect(labels(uniqueCodes(found))).toEqual(['CO-97', 'PR-97', 'N290']);
  });
});

describe('find-codes.ts stays small enough for the content script', () => {
  it('imports nothing but the code shapes', () => {
    const source = readFileSync(join(HERE, './find-codes.ts'), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['./patterns']);
    const patterns = readFileSync(join(HERE, './patterns.ts'), 'utf8');
    expect(patterns).not.toMatch(/^import /m);
  });
});
