// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../model/claim';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';
import { claim, client, context, run } from './testing/builders';

type Case = {
  name: string;
  claim: ClaimDraft;
  client?: Client;
  settings?: Partial<Settings>;
  found: string[];
  fields?: string[];
  text?: RegExp;
};

const noRxNeeded = { payerRules: [{ payerName: 'ACME health', requiresRx: false }] };

const no17b = claim({ referringProvider: {} });
const cases: Case[] = [
  { name: 'prescription on file and box 17b filled', claim: claim(), client: client(), found: [] },
  {
    name: 'box 17b empty, prescription on file',
    claim: no17b,
    client: client(),
    found: ['warning'],
    fields: ['referringProvider.npi'],
    text: /^Box 17b/,
  },
  {
    name: 'box 17b blank spaces count as empty',
    claim: claim({ referringProvider: { npi: '   ' } }),
    client: client(),
    found: ['warning'],
  },
  {
    name: 'no client, box 17b empty: still fires (a claim-level fact)',
    claim: no17b,
    found: ['warning'],
    fields: ['referringProvider.npi'],
  },
  { name: 'no client, box 17b filled: nothing to say', claim: claim(), found: [] },
  {
    name: 'client without a prescription, box 17b filled',
    claim: claim(),
    client: client({ prescriptions: [] }),
    found: ['warning'],
    fields: [],
    text: /No prescription is on file for Ana Rivera/,
  },
  {
    name: 'both at once: one finding',
    claim: no17b,
    client: client({ prescriptions: [] }),
    found: ['warning'],
    text: /and box 17b .* is empty/,
  },
  {
    name: 'client record without a prescriptions array',
    claim: claim(),
    client: { ...client(), prescriptions: undefined } as unknown as Client,
    found: ['warning'],
  },
  {
    name: "the client's payer needs no prescription (requiresRx: false): nothing",
    claim: no17b,
    client: client({ prescriptions: [] }),
    settings: noRxNeeded,
    found: [],
  },
  {
    name: 'requiresRx: true is the usual check',
    claim: no17b,
    client: client(),
    settings: { payerRules: [{ payerName: 'Acme Health', requiresRx: true }] },
    found: ['warning'],
  },
  {
    name: "another payer's requiresRx: false does not apply",
    claim: no17b,
    client: client(),
    settings: { payerRules: [{ payerName: 'Other Plan', requiresRx: false }] },
    found: ['warning'],
  },
  {
    name: 'no saved client: no payer rule applies, box 17b empty still fires',
    claim: no17b,
    settings: noRxNeeded,
    found: ['warning'],
  },
  {
    name: 'a claim with no service lines yet',
    claim: claim({ referringProvider: {}, lines: [] }),
    client: client({ prescriptions: [] }),
    found: [],
  },
];

describe('rx-missing', () => {
  test.each(cases)('$name', ({ claim: c, client: cl, settings, found, fields, text }) => {
    const findings = run('rx-missing', c, context({ client: cl, settings: settings ?? {} }));
    expect(findings.map((f) => f.severity)).toEqual(found);
    if (fields) expect(findings[0]?.fields).toEqual(fields);
    if (text) expect(findings[0]?.message).toMatch(text);
  });
});
