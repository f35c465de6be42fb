import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainCode, formatCode, listedCodes, lookupCode, parseCode, parseCodeList } from './codes';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('the CARC/RARC table', () => {
  const text = readFileSync(join(HERE, '../../data/carc-rarc.tsv'), 'utf8');

  it('names its source and date', () => {
    expect(text).toMatch(/^# .*x12\.org\/codes\/claim-adjustment-reason-codes/m);
    expect(text).toMatch(/^# .*compiled \d{4}-\d{2}-\d{2}/m);
  });

  it('holds the four group codes and the codes of domain.md section 7', () => {
    expect(listedCodes('group').map((g) => g.code)).toEqual(['CO', 'PR', 'OA', 'PI']);
    const carcs = listedCodes('carc').map((c) => c.code);
    for (const code of [
      '1',
      '2',
      '3',
      '4',
      '11',
      '16',
      '18',
      '29',
      '45',
      '50',
      '96',
      '97',
      '119',
      '146',
      '151',
    ]) {
      expect(carcs).toContain(code);
    }
    for (const code of ['170', '181', '185', '197', '204', '206', '207', '208', '234', '236', 'B7', 'B15']) {
      expect(carcs).toContain(code);
    }
    expect(listedCodes('rarc').map((c) => c.code)).toEqual(['N290', 'N286', 'N362']);
  });

  it('gives every code a text and a fix', () => {
    for (const kind of ['group', 'carc', 'rarc'] as const) {
      for (const entry of listedCodes(kind)) {
        expect(entry.text.length, entry.code).toBeGreaterThan(5);
        expect(entry.fix.length, entry.code).toBeGreaterThan(20);
      }
    }
  });
});

describe('parseCode', () => {
  it.each([
    ['CO-97', { kind: 'carc', code: '97', group: 'CO' }],
    ['co 97', { kind: 'carc', code: '97', group: 'CO' }],
    ['PR/1', { kind: 'carc', code: '1', group: 'PR' }],
    ['97', { kind: 'carc', code: '97' }],
    ['B15', { kind: 'carc', code: 'B15' }],
    ['N290', { kind: 'rarc', code: 'N290' }],
    ['MA130', { kind: 'rarc', code: 'MA130' }],
  ])('%s', (text, expected) => {
    expect(parseCode(text)).toEqual(expected);
  });

  it.each(['97124', '0', 'XX-97', 'M54.50', '', 'CO'])('refuses %j', (text) => {
    expect(parseCode(text)).toBeUndefined();
  });
});

describe('parseCodeList', () => {
  it('reads what a biller types from an EOB', () => {
    const { codes, unreadable } = parseCodeList('CO 97, PR-2; 16/N290 and oa18');
    expect(codes.map(formatCode)).toEqual(['CO-97', 'PR-2', '16', 'N290', 'OA-18']);
    expect(unreadable).toEqual([]);
  });

  it('lists what it could not read', () => {
    expect(parseCodeList('97, 97124, bundled').unreadable).toEqual(['97124', 'BUNDLED']);
  });
});

describe('explainCode', () => {
  it('explains CO-97 with its group and the usual massage fix', () => {
    const e = explainCode({ kind: 'carc', code: '97', group: 'CO' });
    expect(e.label).toBe('CO-97');
    expect(e.text).toMatch(/included in the payment\/allowance for another service/);
    expect(e.groupText).toMatch(/Contractual obligation/);
    expect(e.fix).toMatch(/59 or XS/);
    expect(e.severity).toBe('warning');
    expect(e.known).toBe(true);
  });

  it('treats patient responsibility as routine', () => {
    expect(explainCode({ kind: 'carc', code: '2', group: 'PR' }).severity).toBe('info');
    expect(explainCode({ kind: 'carc', code: '50', group: 'PR' }).severity).toBe('info');
  });

  it('says so when a code is not in the table, and where to look', () => {
    const e = explainCode({ kind: 'carc', code: '253', group: 'CO' });
    expect(e.known).toBe(false);
    expect(e.text).toMatch(/not in the built-in table/);
    expect(e.fix).toMatch(/x12\.org/);
  });

  it('looks up remark codes', () => {
    expect(lookupCode('rarc', 'n290')?.text).toMatch(/rendering provider/);
  });
});
