// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { Prescription } from '../model/client';
import type { Session } from '../model/session';
import { claim, client, context, DOS, line, run, rx, session } from './testing/builders';

const done = (date: string, over: Partial<Session> = {}) =>
  session({ id: `s-${date}`, date, status: 'done', ...over });

type Case = { name: string; rx: Prescription; sessions: Session[]; found: string[] };

// The claim is for DOS (2026-03-02); the prescription runs 2026-01-05 to 2026-07-05.
const cases: Case[] = [
  {
    name: '2 of 3 visits used: this is the 3rd',
    rx: rx({ visitsAuthorized: 3 }),
    sessions: [done('2026-01-10'), done('2026-02-10')],
    found: [],
  },
  {
    name: '3 of 3 used: this would be the 4th',
    rx: rx({ visitsAuthorized: 3 }),
    sessions: [done('2026-01-10'), done('2026-02-10'), done('2026-02-20')],
    found: ['warning 0'],
  },
  {
    name: 'billed, paid and denied sessions count',
    rx: rx({ visitsAuthorized: 3 }),
    sessions: [
      done('2026-01-10', { status: 'billed' }),
      done('2026-02-10', { status: 'paid' }),
      done('2026-02-20', { status: 'denied' }),
    ],
    found: ['warning 0'],
  },
  {
    name: 'a scheduled session does not count',
    rx: rx({ visitsAuthorized: 3 }),
    sessions: [done('2026-01-10'), done('2026-02-10'), done('2026-02-20', { status: 'scheduled' })],
    found: [],
  },
  {
    name: "the claim's own session (same date) is not a used visit",
    rx: rx({ visitsAuthorized: 2 }),
    sessions: [done('2026-01-10'), done(DOS)],
    found: [],
  },
  {
    name: 'sessions before the prescription was written do not count',
    rx: rx({ visitsAuthorized: 2 }),
    sessions: [done('2025-12-20'), done('2026-01-04'), done('2026-01-10')],
    found: [],
  },
  {
    name: 'a session on the day it was written counts',
    rx: rx({ visitsAuthorized: 2 }),
    sessions: [done('2026-01-05'), done('2026-01-10')],
    found: ['warning 0'],
  },
  {
    name: 'no visit limit on the prescription',
    rx: rx({ visitsAuthorized: undefined }),
    sessions: [done('2026-01-10'), done('2026-02-10')],
    found: [],
  },
  { name: 'visitsAuthorized 0', rx: rx({ visitsAuthorized: 0 }), sessions: [], found: ['warning 0'] },
  {
    name: "another client's sessions are not counted",
    rx: rx({ visitsAuthorized: 1 }),
    sessions: [done('2026-01-10', { clientId: 'c2' })],
    found: [],
  },
  {
    name: 'the date is outside the prescription: rx-expired business',
    rx: rx({ visitsAuthorized: 0, expiresOn: '2026-02-01' }),
    sessions: [],
    found: [],
  },
];

describe('rx-visits-exhausted', () => {
  test.each(cases)('$name', ({ rx: r, sessions, found }) => {
    const findings = run(
      'rx-visits-exhausted',
      claim({ lines: [line()] }),
      context({ client: client({ prescriptions: [r] }), sessions }),
    );
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    for (const f of findings) {
      expect(f.message).toMatch(/authorises \d+ visits?/);
      expect(f.fix).toMatch(/renewed prescription/);
    }
  });

  test('no client: silent (client-unmatched says so)', () => {
    expect(run('rx-visits-exhausted', claim(), context({ client: undefined }))).toEqual([]);
  });
});
