// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { builtInMueEntries, indexMue, parseMue } from './mue';

// The CMS file's shape (domain.md 2): a quoted, multi-line AMA notice, the header, then the rows.
const CMS_CSV = [
  '"CPT codes, descriptions and other data only are copyright 2025 American Medical Association.',
  'All Rights Reserved.",,,',
  '"HCPCS/',
  'CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"',
  '97035,2,"3 Date of Service Edit: Clinical","Clinical: Data"',
  '97032,4,"3 Date of Service Edit: Clinical","Clinical: Data"',
  '20610,2,"2 Date of Service Edit: Policy",Anatomic Consideration',
  '97018,x,"3 Date of Service Edit: Clinical",Clinical',
  '',
].join('\r\n');

describe('parseMue', () => {
  test('reads the CMS CSV: skips the notice, reads the indicator digit, keeps codes in scope', () => {
    const result = parseMue(CMS_CSV, { source: 'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv' });
    expect(result.entries).toEqual([
      {
        code: '97035',
        mue: 2,
        mai: 3,
        rationale: 'Clinical: Data',
        source: 'MCR_MUE_PractitionerServices_Eff_01-01-2026.csv',
      },
      { code: '97032', mue: 4, mai: 3, rationale: 'Clinical: Data', source: expect.any(String) },
    ]);
    expect(result.outOfScope).toBe(1);
    expect(result.skipped).toEqual([
      { record: expect.any(Number), reason: 'the MUE value is not a whole number' },
    ]);
  });

  test('the built-in table has its rows with the day they were quoted', () => {
    const entries = builtInMueEntries();
    expect(entries.map((e) => `${e.code} ${e.mue} ${e.mai}`)).toEqual([
      '97012 1 3',
      '97018 1 3',
      '97022 1 3',
      '97032 4 3',
      '97035 2 3',
    ]);
    expect(entries[0]!.source).toMatch(/quoted 2017-09-20/);
    expect(indexMue(entries).get('97124')).toBeUndefined();
  });

  test('garbage gives no entries and never throws', () => {
    for (const text of ['', 'not a table', '\u0000,,\n"', undefined as unknown as string])
      expect(parseMue(text).entries).toEqual([]);
  });
});
