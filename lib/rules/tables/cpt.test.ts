// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excludedReason, isExcludedCode, isTimedCode, knownCptCodes } from './cpt';
import { describeCpt } from './cpt-descriptions';

const EXCLUDED = [
  '97110',
  '97112',
  '97530',
  '97150',
  '97161',
  '97162',
  '97163',
  '97012',
  '97014',
  '97035',
  '98940',
  '98941',
  '98942',
  '98943',
];

describe('code tables', () => {
  it.each(EXCLUDED)('%s is outside a massage therapist scope, with a reason', (code) => {
    expect(isExcludedCode(code)).toBe(true);
    expect(excludedReason(code)).toMatch(/\w{5,}/);
  });
  it.each(['97124', '97140', '97010', ' 97124 '])('%s is not excluded', (code) => {
    expect(isExcludedCode(code)).toBe(false);
  });

  const timed = [
    { code: '97124', timed: true },
    { code: '97140', timed: true },
    { code: '97110', timed: true },
    { code: '97112', timed: true },
    { code: '97530', timed: true },
    { code: '97035', timed: true },
    { code: '97116', timed: true },
    { code: '97113', timed: true },
    { code: '97032', timed: true },
    { code: '97033', timed: true },
    { code: '97034', timed: true },
    { code: '97036', timed: true },
    { code: '97010', timed: false },
    { code: '97012', timed: false },
    { code: 'G0283', timed: false },
    { code: '97150', timed: false },
    { code: '97161', timed: false },
    { code: '98940', timed: false },
    { code: '99213', timed: undefined },
  ];
  it.each(timed)('$code timed: $timed (domain.md 3.3)', ({ code, timed }) => {
    expect(isTimedCode(code)).toBe(timed);
  });

  it('describes the codes in scope in plain words', () => {
    expect(describeCpt('97124')).toBe('Massage therapy, each 15 minutes');
    expect(describeCpt('97140')).toMatch(/^Manual therapy techniques/);
    expect(describeCpt('97010')).toBe('Hot or cold packs');
    expect(describeCpt('99999')).toBeUndefined();
  });

  it('the description table and the timed table list the same codes (the NCCI scope)', () => {
    const described = readFileSync(new URL('../../../data/cpt-codes.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split('\t')[0]);
    expect([...knownCptCodes()].sort()).toEqual([...described].sort());
    for (const code of EXCLUDED) expect(knownCptCodes()).toContain(code);
  });

  it.each([
    'cpt-codes',
    'excluded-codes',
    'timed-codes',
    'ncci-ptp-practitioner',
    'icd10cm-massage-subset',
    'mue-practitioner',
    'massage-diagnoses',
  ])('data/%s.tsv names its source and date in # lines at the top', (name) => {
    const head = readFileSync(new URL(`../../../data/${name}.tsv`, import.meta.url), 'utf8').slice(0, 3000);
    expect(head.startsWith('#')).toBe(true);
    expect(head).toMatch(/^# .*Source/im);
    expect(head).toMatch(/20\d\d-\d\d-\d\d/);
  });
});
