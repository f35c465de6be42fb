// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { amaUnits, cmsDistribution, cmsUnits, isCmsSplit } from './units';

describe('cmsUnits = floor((m + 7) / 15) (domain.md 3.1)', () => {
  const cases = [
    { minutes: 0, units: 0 },
    { minutes: 7, units: 0 },
    { minutes: 8, units: 1 },
    { minutes: 22, units: 1 },
    { minutes: 23, units: 2 },
    { minutes: 37, units: 2 },
    { minutes: 38, units: 3 },
    { minutes: 52, units: 3 },
    { minutes: 53, units: 4 },
    { minutes: 67, units: 4 },
    { minutes: 68, units: 5 },
    { minutes: 127, units: 8 },
    { minutes: -5, units: 0 },
    { minutes: Number.NaN, units: 0 },
    { minutes: Infinity, units: 0 },
  ];
  it.each(cases)('$minutes min -> $units', ({ minutes, units }) => {
    expect(cmsUnits(minutes)).toBe(units);
  });
});

describe('amaUnits: per code, a unit once the midpoint (7.5 min) is passed (domain.md 3.2)', () => {
  const cases = [
    { minutes: 7, units: 0 },
    { minutes: 7.5, units: 0 },
    { minutes: 7.6, units: 1 },
    { minutes: 8, units: 1 },
    { minutes: 22, units: 1 },
    { minutes: 23, units: 2 },
    { minutes: 37, units: 2 },
    { minutes: 38, units: 3 },
    { minutes: 0, units: 0 },
    { minutes: Number.NaN, units: 0 },
  ];
  it.each(cases)('$minutes min -> $units', ({ minutes, units }) => {
    expect(amaUnits(minutes)).toBe(units);
  });
});

describe('cmsDistribution', () => {
  const cases = [
    {
      name: 'two services of 7 minutes or less totalling 8+: 1 unit to the one with most minutes',
      services: [
        { code: '97140', minutes: 5 },
        { code: '97124', minutes: 7 },
      ],
      units: { '97140': 0, '97124': 1 },
    },
    {
      name: '7 + 7 tie: the code listed first',
      services: [
        { code: '97124', minutes: 7 },
        { code: '97140', minutes: 7 },
      ],
      units: { '97124': 1, '97140': 0 },
    },
    {
      name: 'CMS example: 33 + 7 = 40 minutes, 3 units as 2 + 1',
      services: [
        { code: '97110', minutes: 33 },
        { code: '97140', minutes: 7 },
      ],
      units: { '97110': 2, '97140': 1 },
    },
    {
      name: 'CMS example: 24 + 23 = 47 minutes, 3 units as 2 + 1',
      services: [
        { code: '97112', minutes: 24 },
        { code: '97110', minutes: 23 },
      ],
      units: { '97112': 2, '97110': 1 },
    },
    {
      name: 'a service of 15 minutes or more gets at least 1 unit',
      services: [
        { code: '97124', minutes: 15 },
        { code: '97140', minutes: 14 },
      ],
      units: { '97124': 1, '97140': 1 },
    },
    {
      name: 'under 8 minutes in all: nothing',
      services: [
        { code: '97124', minutes: 4 },
        { code: '97140', minutes: 3 },
      ],
      units: { '97124': 0, '97140': 0 },
    },
  ];
  it.each(cases)('$name', ({ services, units }) => {
    const out = Object.fromEntries(cmsDistribution(services).map((s) => [s.code, s.units]));
    expect(out).toEqual(units);
  });
});

describe('isCmsSplit', () => {
  const minutes = [
    { code: '97124', minutes: 33 },
    { code: '97140', minutes: 7 },
  ];
  const cases = [
    { billed: { '97124': 2, '97140': 1 }, ok: true },
    { billed: { '97124': 3 }, ok: false },
    { billed: { '97124': 1, '97140': 2 }, ok: false },
    { billed: { '97124': 2, '97140': 1, '97530': 1 }, ok: false },
  ];
  it.each(cases)('$billed -> $ok', ({ billed, ok }) => {
    expect(isCmsSplit(minutes, new Map(Object.entries(billed)))).toBe(ok);
  });
  it('accepts either code in a tie', () => {
    const tie = [
      { code: '97124', minutes: 7 },
      { code: '97140', minutes: 7 },
    ];
    expect(isCmsSplit(tie, new Map([['97124', 1]]))).toBe(true);
    expect(isCmsSplit(tie, new Map([['97140', 1]]))).toBe(true);
  });
});
