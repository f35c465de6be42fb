// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimInjury } from '../model/claim';
import type { Client } from '../model/client';
import { claim, client, context, line, run } from './testing/builders';

type Case = {
  name: string;
  kind?: Client['payer']['claimKind'] | 'no client';
  onFile?: { dateOfInjury?: string; claimNumber?: string };
  injury?: ClaimInjury;
  noLines?: boolean;
  found: string[];
  text?: RegExp;
  fix?: RegExp;
};

const WC_OK: ClaimInjury = { date: '2026-01-10', employment: true, claimNumber: 'WC-778' };
const AUTO_OK: ClaimInjury = {
  date: '2026-01-10',
  autoAccident: true,
  autoAccidentState: 'WA',
  claimNumber: 'PIP-9',
};

const cases: Case[] = [
  { name: 'a health plan claim with no injury boxes', kind: 'health', found: [] },
  { name: 'a health plan claim with injury boxes', kind: 'health', injury: { employment: false }, found: [] },
  { name: "workers' comp, every box filled", kind: 'workers-comp', injury: WC_OK, found: [] },
  {
    name: "workers' comp, box 14 empty: the date on file is offered",
    kind: 'workers-comp',
    onFile: { dateOfInjury: '2026-01-10' },
    injury: { ...WC_OK, date: undefined },
    found: ['warning injury.date'],
    text: /Box 14 \(date of injury\) is empty.*may return or deny/,
    fix: /2026-01-10 in the client's record\) with qualifier 431/,
  },
  {
    name: "workers' comp, box 10a says No",
    kind: 'workers-comp',
    injury: { ...WC_OK, employment: false },
    found: ['warning injury.employment'],
    text: /Box 10a .* says No/,
  },
  {
    name: "workers' comp, box 10a left unanswered",
    kind: 'workers-comp',
    injury: { ...WC_OK, employment: undefined },
    found: ['warning injury.employment'],
    text: /is not marked Yes/,
  },
  {
    name: "workers' comp, box 11b empty: the claim number on file is offered",
    kind: 'workers-comp',
    onFile: { claimNumber: 'WC-778' },
    injury: { ...WC_OK, claimNumber: undefined },
    found: ['warning injury.claimNumber'],
    fix: /qualifier Y4 .*WC-778 in the client's record/,
  },
  { name: 'auto, every box filled', kind: 'auto', injury: AUTO_OK, found: [] },
  {
    name: 'auto, box 10b Yes without the state',
    kind: 'auto',
    injury: { ...AUTO_OK, autoAccidentState: undefined },
    found: ['warning injury.autoAccidentState'],
  },
  {
    name: 'auto, box 10b says No',
    kind: 'auto',
    injury: { ...AUTO_OK, autoAccident: false },
    found: ['warning injury.autoAccident'],
  },
  {
    name: 'auto, nothing filled: date, 10b and 11b',
    kind: 'auto',
    injury: {},
    found: ['warning injury.date', 'warning injury.autoAccident', 'warning injury.claimNumber'],
  },
  {
    name: 'box 14 unlike the date of injury on file',
    kind: 'workers-comp',
    onFile: { dateOfInjury: '2026-01-09' },
    injury: WC_OK,
    found: ['warning injury.date'],
    text: /says the injury happened on 2026-01-10; the client's record says 2026-01-09/,
  },
  {
    name: "workers' comp on a form without boxes 10, 11b and 14: says they were not checked",
    kind: 'workers-comp',
    found: ['info '],
    text: /were not found on this form/,
  },
  {
    name: 'no saved client, box 10a Yes: judged as workers comp',
    kind: 'no client',
    injury: { employment: true },
    found: ['warning injury.date', 'warning injury.claimNumber'],
  },
  { name: 'no saved client, box 10 all No', kind: 'no client', injury: { employment: false }, found: [] },
  { name: 'no service lines yet', kind: 'workers-comp', injury: {}, noLines: true, found: [] },
];

describe('injury-info-missing', () => {
  test.each(cases)('$name', ({ kind = 'health', onFile = {}, injury, noLines, found, text, fix }) => {
    const c = claim({
      ...(injury ? { injury } : {}),
      ...(noLines ? { lines: [] } : { lines: [line()] }),
    });
    const base = client();
    const who =
      kind === 'no client'
        ? undefined
        : client({
            payer: {
              ...base.payer,
              claimKind: kind,
              claimNumber: onFile.claimNumber ?? '',
              dateOfInjury: onFile.dateOfInjury ?? '',
            },
          });
    const findings = run('injury-info-missing', c, context({ client: who }));
    expect(findings.map((f) => `${f.severity} ${f.fields.join(',')}`)).toEqual(found);
    if (text) expect(findings.map((f) => f.message).join(' ')).toMatch(text);
    if (fix) expect(findings.map((f) => f.fix).join(' ')).toMatch(fix);
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      expect(f.outcome).toBe('may-deny');
      expect(f.boxes?.length).toBe(1);
      expect(f.fix).toMatch(/box (14|10a|10b|11b)/i);
    }
  });
});
