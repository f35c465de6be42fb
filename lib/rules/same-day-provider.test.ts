// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { OtherVisit } from '../model/client';
import { claim, client, context, DOS, line, run, visit } from './testing/builders';

type Case = {
  name: string;
  visits: OtherVisit[];
  lines?: Partial<ServiceLine>[];
  noClient?: boolean;
  found: string[];
  text?: RegExp;
};

const cases: Case[] = [
  {
    name: 'chiropractor the same day',
    visits: [visit()],
    found: ['warning 0'],
    text: /saw a chiropractor on 2026-03-02/,
  },
  {
    name: 'physical therapist the same day',
    visits: [visit({ providerType: 'physical-therapist' })],
    found: ['warning 0'],
    text: /a physical therapist/,
  },
  {
    name: 'both the same day: one finding naming both',
    visits: [visit(), visit({ id: 'v2', providerType: 'physical-therapist' })],
    found: ['warning 0'],
    text: /a chiropractor and a physical therapist/,
  },
  {
    name: 'two chiropractor visits that day: one finding',
    visits: [visit(), visit({ id: 'v2' })],
    found: ['warning 0'],
  },
  {
    name: 'a physician the same day is not flagged',
    visits: [visit({ providerType: 'physician' })],
    found: [],
  },
  { name: 'chiropractor the day before', visits: [visit({ date: '2026-03-01' })], found: [] },
  {
    name: 'a line spanning into the chiropractor day: "from" decides',
    visits: [visit({ date: '2026-03-03' })],
    lines: [{ from: DOS, to: '2026-03-03' }],
    found: [],
  },
  {
    name: 'two lines that day',
    visits: [visit()],
    lines: [{ code: '97124' }, { code: '97140' }],
    found: ['warning 0,1'],
  },
  { name: 'no client', visits: [visit()], noClient: true, found: [] },
];

describe('same-day-provider', () => {
  test.each(cases)('$name', ({ visits, lines, noClient, found, text }) => {
    const ctx = context({ client: noClient ? undefined : client({ otherVisits: visits }) });
    const findings = run('same-day-provider', claim({ lines: (lines ?? [{}]).map((l) => line(l)) }), ctx);
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) expect(f.fix).toMatch(/different body region.*XS.*another day/);
  });
});
