// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ServiceLine } from '../model/claim';
import type { RuleContext } from '../model/findings';
import type { SessionLine } from '../model/session';
import { claim, client, context, line, run, session } from './testing/builders';

type Case = {
  name: string;
  lines: Partial<ServiceLine>[];
  /** Session minutes; a number, or per code (the session lines record their own minutes). */
  minutes?: number | Record<string, number>;
  ctx?: Partial<RuleContext>;
  found: string[];
  text?: RegExp;
  fix?: RegExp;
};

const AMA = { settings: { unitRule: 'ama-midpoint' as const } };
const cases: Case[] = [
  // checks that need no session
  {
    name: 'timed code with 0 units',
    lines: [{ units: 0 }],
    minutes: 30,
    found: ['warning 0'],
    text: /0 units/,
  },
  {
    name: 'untimed 97010 with 2 units',
    lines: [{ code: '97010', units: 2 }],
    minutes: 30,
    found: ['warning 0'],
    fix: /Bill 1 unit/,
  },
  { name: 'untimed 97010 with 1 unit', lines: [{ code: '97010', units: 1 }], minutes: 30, found: [] },
  { name: 'units 1.5', lines: [{ units: 1.5 }], minutes: 30, found: ['warning 0'] },
  { name: 'units NaN', lines: [{ units: Number.NaN }], minutes: 30, found: ['warning 0'] },
  { name: 'units -1', lines: [{ units: -1 }], minutes: 30, found: ['warning 0'] },
  { name: 'a code the tables do not know', lines: [{ code: '99213', units: 3 }], minutes: 30, found: [] },
  // CMS 8-minute rule on the session total: 7/8/22/23/37/38-minute boundaries
  {
    name: 'CMS: 7 minutes, 1 unit',
    lines: [{ units: 1 }],
    minutes: 7,
    found: ['warning 0'],
    fix: /Under 8 timed minutes/,
  },
  { name: 'CMS: 8 minutes, 1 unit', lines: [{ units: 1 }], minutes: 8, found: [] },
  { name: 'CMS: 22 minutes, 1 unit', lines: [{ units: 1 }], minutes: 22, found: [] },
  {
    name: 'CMS: 22 minutes, 2 units',
    lines: [{ units: 2 }],
    minutes: 22,
    found: ['warning 0'],
    text: /support 1 under the CMS 8-minute rule/,
  },
  { name: 'CMS: 23 minutes, 2 units', lines: [{ units: 2 }], minutes: 23, found: [] },
  {
    name: 'CMS: 23 minutes, 1 unit (under-billed)',
    lines: [{ units: 1 }],
    minutes: 23,
    found: ['warning 0'],
    text: /going unbilled/,
  },
  { name: 'CMS: 37 minutes, 3 units', lines: [{ units: 3 }], minutes: 37, found: ['warning 0'] },
  { name: 'CMS: 37 minutes, 2 units', lines: [{ units: 2 }], minutes: 37, found: [] },
  { name: 'CMS: 38 minutes, 3 units', lines: [{ units: 3 }], minutes: 38, found: [] },
  // CMS Pub 100-04 ch. 5 section 20.2 example: 97110 18 min, 97140 13, 97116 10, 97035 8 = 49 min, 3 units
  {
    name: 'CMS example with gait training 97116 (timed): 97110, 97140, 97116 x1 each',
    lines: [
      { code: '97110', units: 1 },
      { code: '97140', units: 1 },
      { code: '97116', units: 1 },
    ],
    minutes: { '97110': 18, '97140': 13, '97116': 10, '97035': 8 },
    found: [],
  },
  {
    name: 'CMS example: 97116 billed 2 units is over',
    lines: [
      { code: '97110', units: 1 },
      { code: '97140', units: 1 },
      { code: '97116', units: 2 },
    ],
    minutes: { '97110': 18, '97140': 13, '97116': 10, '97035': 8 },
    found: ['warning 0,1,2'],
  },
  {
    name: '97116 with 0 units is a timed code with no units',
    lines: [{ code: '97116', units: 0 }],
    minutes: 30,
    found: ['warning 0'],
    text: /0 units/,
  },
  {
    name: 'CMS: 38 minutes as 97124 x2 + 97140 x1 (total decides)',
    lines: [{ units: 2 }, { code: '97140', units: 1 }],
    minutes: 38,
    found: [],
  },
  {
    name: 'CMS: 38 minutes as 97124 x2 + 97140 x2',
    lines: [{ units: 2 }, { code: '97140', units: 2 }],
    minutes: 38,
    found: ['warning 0,1'],
    fix: /Bill 3 timed units/,
  },
  {
    name: 'CMS: untimed minutes do not count (97010 is not a timed line)',
    lines: [{ units: 2 }, { code: '97010', units: 1 }],
    minutes: 23,
    found: [],
  },
  // CMS with per-code minutes: the split
  {
    name: 'CMS: 7 + 7 minutes, 1 unit to either',
    lines: [{ code: '97124', units: 1 }],
    minutes: { '97124': 7, '97140': 7 },
    found: [],
  },
  {
    name: 'CMS: 8 + 6 minutes, the unit goes to 97124 (most minutes), not 97140',
    lines: [{ code: '97140', units: 1 }],
    minutes: { '97124': 8, '97140': 6 },
    found: ['warning 0'],
    fix: /Bill 97124 x1/,
  },
  {
    name: 'CMS: 33 + 7 minutes as 97124 x2 + 97140 x1',
    lines: [{ units: 2 }, { code: '97140', units: 1 }],
    minutes: { '97124': 33, '97140': 7 },
    found: [],
  },
  {
    name: 'CMS: 33 + 7 minutes all on 97124 (x3)',
    lines: [{ units: 3 }],
    minutes: { '97124': 33, '97140': 7 },
    found: ['warning 0'],
    fix: /Bill 97124 x2, 97140 x1/,
  },
  // AMA midpoint rule, per code
  {
    name: 'AMA: 7 + 7 minutes, 1 unit is not supported',
    lines: [{ units: 1 }],
    minutes: { '97124': 7, '97140': 7 },
    ctx: AMA,
    found: ['warning 0'],
    text: /AMA\/CPT midpoint/,
  },
  { name: 'AMA: 8 minutes, 1 unit', lines: [{ units: 1 }], minutes: { '97124': 8 }, ctx: AMA, found: [] },
  {
    name: 'AMA: 22 minutes, 2 units',
    lines: [{ units: 2 }],
    minutes: { '97124': 22 },
    ctx: AMA,
    found: ['warning 0'],
  },
  { name: 'AMA: 23 minutes, 2 units', lines: [{ units: 2 }], minutes: { '97124': 23 }, ctx: AMA, found: [] },
  {
    name: 'AMA: 23 + 8 per code, 97124 x2 + 97140 x1',
    lines: [{ units: 2 }, { code: '97140', units: 1 }],
    minutes: { '97124': 23, '97140': 8 },
    ctx: AMA,
    found: [],
  },
  {
    name: 'AMA without per-code minutes: as CMS on the total',
    lines: [{ units: 3 }],
    minutes: 38,
    ctx: AMA,
    found: [],
  },
  {
    name: 'payer rule (case-insensitive payer name) switches to AMA',
    lines: [{ units: 1 }],
    minutes: { '97124': 7, '97140': 7 },
    ctx: {
      settings: {
        unitRule: 'cms-8-minute',
        payerRules: [{ payerName: 'ACME health', unitRule: 'ama-midpoint' }],
      },
    },
    found: ['warning 0'],
    text: /Acme Health's payer rule/,
  },
  {
    name: 'payer rule for another payer does not apply',
    lines: [{ units: 1 }],
    minutes: { '97124': 7, '97140': 7 },
    ctx: { settings: { payerRules: [{ payerName: 'Other Co', unitRule: 'ama-midpoint' }] } },
    found: [],
  },
  // sessions that cannot be compared
  {
    name: 'no session on that date: says it was not checked',
    lines: [{ units: 2 }],
    ctx: { sessions: [] },
    found: ['info 0'],
    text: /not checked/,
  },
  { name: 'a session with no minutes logged', lines: [{ units: 2 }], minutes: 0, found: ['info 0'] },
  {
    name: "another client's session is not used",
    lines: [{ units: 2 }],
    ctx: { sessions: [session({ clientId: 'c2', minutes: 30 })] },
    found: ['info 0'],
  },
  {
    name: 'a scheduled session still gives its minutes',
    lines: [{ units: 2 }],
    ctx: { sessions: [session({ minutes: 30, status: 'scheduled' })] },
    found: [],
  },
  {
    name: 'no client: only the session-free checks (client-unmatched lists the rest)',
    lines: [{ units: 9 }],
    ctx: { client: undefined },
    found: [],
  },
  {
    name: 'no client, 0 units still warns',
    lines: [{ units: 0 }],
    ctx: { client: undefined },
    found: ['warning 0'],
  },
];

function sessionFor(minutes: number | Record<string, number>) {
  if (typeof minutes === 'number') return session({ minutes, lines: [{ code: '97124' }] });
  const lines: Partial<SessionLine>[] = Object.entries(minutes).map(([code, m]) => ({ code, minutes: m }));
  return session({ minutes: Object.values(minutes).reduce((a, b) => a + b, 0), lines });
}

describe('units-time', () => {
  test.each(cases)('$name', ({ lines, minutes, ctx, found, text, fix }) => {
    const sessions = minutes === undefined ? [] : [sessionFor(minutes)];
    const findings = run(
      'units-time',
      claim({ lines: lines.map((l) => line(l)) }),
      context({ sessions, client: client(), ...ctx }),
    );
    expect(findings.map((f) => `${f.severity} ${f.lines.join(',')}`)).toEqual(found);
    if (text) expect(findings.map((f) => f.message).join(' ')).toMatch(text);
    if (fix) expect(findings.map((f) => f.fix).join(' ')).toMatch(fix);
    for (const f of findings) expect(f.fields.every((p) => /^lines\.\d+\.units$/.test(p))).toBe(true);
  });
});
