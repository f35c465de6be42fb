// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { Prescription } from '../model/client';
import { claim, client, context, line, run, rx } from './testing/builders';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  rxs?: Prescription[];
  noClient?: boolean;
  found: string[];
  text?: RegExp;
};

// The default prescription: written 2026-01-05, expires 2026-07-05.
const cases: Case[] = [
  { name: 'inside the window', lines: [{ from: '2026-03-02' }], found: [] },
  { name: 'on the day it was written', lines: [{ from: '2026-01-05' }], found: [] },
  {
    name: 'the day before it was written',
    lines: [{ from: '2026-01-04' }],
    found: ['warning 0'],
    text: /before the prescription was written \(2026-01-05\)/,
  },
  {
    name: 'on the day it expires',
    lines: [{ from: '2026-03-02' }],
    rxs: [rx({ expiresOn: '2026-03-02' })],
    found: [],
  },
  {
    name: 'the day after it expires',
    lines: [{ from: '2026-03-03' }],
    rxs: [rx({ expiresOn: '2026-03-02' })],
    found: ['warning 0'],
    text: /expired on 2026-03-02, before the date of service 2026-03-03/,
  },
  {
    name: 'no expiry date: open-ended',
    lines: [{ from: '2026-03-02' }],
    rxs: [rx({ expiresOn: undefined })],
    found: [],
  },
  {
    name: 'an expired prescription and a current one',
    lines: [{ from: '2026-03-02' }],
    rxs: [rx({ id: 'old', writtenOn: '2025-01-01', expiresOn: '2025-06-30' }), rx()],
    found: [],
  },
  {
    name: 'two lines on one expired date: one finding',
    lines: [{ from: '2026-03-03' }, { from: '2026-03-03', code: '97140' }],
    rxs: [rx({ expiresOn: '2026-03-02' })],
    found: ['warning 0,1'],
  },
  {
    name: 'two dates, one expired',
    lines: [{ from: '2026-03-02' }, { from: '2026-03-03' }],
    rxs: [rx({ expiresOn: '2026-03-02' })],
    found: ['warning 1'],
  },
  {
    name: 'no prescription at all is rx-missing business',
    lines: [{ from: '2026-03-02' }],
    rxs: [],
    found: [],
  },
  { name: 'no client', lines: [{ from: '2025-01-01' }], noClient: true, found: [] },
  { name: 'an unreadable date is dos-invalid business', lines: [{ from: '2026-02-30' }], found: [] },
];

describe('rx-expired', () => {
  test.each(cases)('$name', ({ lines, rxs, noClient, found, text }) => {
    const ctx = context({ client: noClient ? undefined : client(rxs ? { prescriptions: rxs } : {}) });
    const findings = run('rx-expired', claim({ lines: lines.map((l) => line(l)) }), ctx);
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings[0]?.message).toMatch(text);
    for (const f of findings) {
      expect(f.fix).toMatch(/prescription/);
      expect(f.fields.every((p) => p.endsWith('.from'))).toBe(true);
    }
  });
});
