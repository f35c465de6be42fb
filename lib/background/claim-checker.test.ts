import { describe, expect, test, vi } from 'vitest';
import type { ClaimDraft, Client } from '../model';
import { ClientSchema, SessionSchema, SettingsSchema } from '../model';
import { createClaimChecker } from './claim-checker';

const settings = SettingsSchema.parse({});
const draft = (memberId: string): ClaimDraft => ({
  patient: { memberId },
  referringProvider: { npi: '1528060837' },
  billingProvider: {},
  diagnoses: ['M54.50'],
  lines: [
    { row: 0, from: '2026-11-20', code: '97124', units: 2, modifiers: [], pointers: [1] },
    { row: 1, from: '2026-11-20', code: '97140', units: 1, modifiers: [], pointers: [1] },
  ],
});

describe('claim checker (background)', () => {
  test('runs the rule library with the matched client and says whether one matched', async () => {
    const client = { id: 'c1', prescriptions: [], otherVisits: [] } as unknown as Client;
    const getClaimContext = vi.fn(async () => ({ client, sessions: [], settings }));
    const checker = createClaimChecker({ getClaimContext, today: () => '2026-11-26' });
    const result = await checker.check(draft('W1'));
    expect(result.matched).toBe(true);
    expect(result.findings.map((f) => f.rule)).toContain('ncci-pair');
    expect(result.findings.map((f) => f.rule)).not.toContain('client-unmatched');
  });

  test('reads the records once per patient, not once per keystroke, until records change', async () => {
    const getClaimContext = vi.fn(async () => ({ sessions: [], settings }));
    const checker = createClaimChecker({ getClaimContext, today: () => '2026-11-26' });
    await checker.check(draft('W1'));
    await checker.check(draft('W1'));
    expect(getClaimContext).toHaveBeenCalledTimes(1);
    await checker.check(draft('W2'));
    expect(getClaimContext).toHaveBeenCalledTimes(2);
    checker.invalidate();
    await checker.check(draft('W1'));
    expect(getClaimContext).toHaveBeenCalledTimes(3);
  });

  test('a failed read is not cached', async () => {
    const getClaimContext = vi
      .fn()
      .mockRejectedValueOnce(new Error('storage busy'))
      .mockResolvedValue({ sessions: [], settings });
    const checker = createClaimChecker({ getClaimContext, today: () => '2026-11-26' });
    await expect(checker.check(draft('W1'))).rejects.toThrow('storage busy');
    const result = await checker.check(draft('W1'));
    expect(result.findings.map((f) => f.rule)).toContain('client-unmatched');
  });

  test('locked records: the form-only checks run, one records-locked finding, and the next check reads again', async () => {
    const locked = Object.assign(new Error('The records are locked.'), { name: 'RecordsLockedError' });
    const client = { id: 'c1', prescriptions: [], otherVisits: [] } as unknown as Client;
    const getClaimContext = vi
      .fn()
      .mockRejectedValueOnce(locked)
      .mockResolvedValue({ client, sessions: [], settings });
    const checker = createClaimChecker({ getClaimContext, today: () => '2026-11-26' });
    const whileLocked = await checker.check(draft('W1'));
    const rules = whileLocked.findings.map((f) => f.rule);
    expect(whileLocked).toMatchObject({ matched: false, locked: true });
    expect(rules[0]).toBe('records-locked'); // first in the panel, above the errors
    expect(rules).toEqual(expect.arrayContaining(['records-locked', 'ncci-pair']));
    expect(rules).not.toContain('client-unmatched');
    // Unlocked now: the same patient's next keystroke reads the records (a locked answer is never kept).
    const unlocked = await checker.check(draft('W1'));
    expect(getClaimContext).toHaveBeenCalledTimes(2);
    expect(unlocked.locked).toBeUndefined();
    expect(unlocked.findings.map((f) => f.rule)).not.toContain('records-locked');
  });

  test("the client's sessions and payer rules reach the rules: duplicates and yearly visit limits", async () => {
    const client = ClientSchema.parse({ id: 'c1', payer: { name: 'Acme Health' } });
    const sessions = ['2026-01-09', '2026-02-06', '2026-11-20'].map((date, i) =>
      SessionSchema.parse({
        id: `s${i}`,
        clientId: 'c1',
        date,
        status: 'billed',
        lines: [{ code: '97124', units: 2 }],
      }),
    );
    const withRules = SettingsSchema.parse({
      payerRules: [
        {
          payerName: 'acme health',
          visitsPerYear: 2,
          requiredModifiers: [{ codes: ['97124'], modifier: 'GP' }],
        },
      ],
    });
    const getClaimContext = vi.fn(async () => ({ client, sessions, settings: withRules }));
    const checker = createClaimChecker({ getClaimContext, today: () => '2026-11-26' });
    const rules = (await checker.check(draft('W1'))).findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['duplicate-claim', 'payer-visit-limit', 'payer-modifier-missing']),
    );
  });
});

describe('claim checker bounds', () => {
  const longDraft = (count: number): ClaimDraft => ({
    ...draft('W1'),
    lines: Array.from({ length: count }, (_, row) => ({
      row,
      from: '2026-11-20',
      code: row % 2 ? '97140' : '97124',
      units: 1,
      modifiers: [],
      pointers: [1],
    })),
  });

  test('checks the first 50 lines and says how many it left', async () => {
    const checker = createClaimChecker({
      getClaimContext: async () => ({ sessions: [], settings }),
      today: () => '2026-11-26',
    });
    const result = await checker.check(longDraft(400));
    expect(result.unchecked).toBe(350);
    const rows = result.findings.flatMap((f) => f.lines);
    expect(Math.max(...rows)).toBe(49);
    expect(result.findings.filter((f) => f.rule === 'ncci-pair')).toHaveLength(1);
  });

  test('a claim of 50 lines or fewer is checked whole', async () => {
    const checker = createClaimChecker({
      getClaimContext: async () => ({ sessions: [], settings }),
      today: () => '2026-11-26',
    });
    expect((await checker.check(longDraft(50))).unchecked).toBeUndefined();
  });

  test('a check overtaken while reading the records runs no rules', async () => {
    const checker = createClaimChecker({
      getClaimContext: async () => ({ sessions: [], settings }),
      today: () => '2026-11-26',
    });
    const result = await checker.check(draft('W1'), undefined, () => false);
    expect(result).toEqual({ findings: [], matched: false, superseded: true });
  });

  test("findings for a portal page name no one: not the client, the prescriber or a payer's claim number", async () => {
    const client = ClientSchema.parse({
      id: 'c1',
      firstName: 'Dana',
      lastName: 'Rivera',
      payer: { name: 'Acme Health', memberId: 'W1' },
      prescriptions: [
        {
          id: 'rx1',
          prescriber: { firstName: 'Grace', lastName: 'Okafor', npi: '1528060837', credential: 'MD' },
          writtenOn: '2026-01-02',
          expiresOn: '2026-03-01',
          diagnoses: ['M54.50'],
        },
      ],
      otherVisits: [{ id: 'v1', date: '2026-11-20', providerType: 'chiropractor' }],
    });
    const billed = SessionSchema.parse({
      id: 's1',
      clientId: 'c1',
      date: '2026-11-20',
      status: 'billed',
      billedOn: '2026-11-21',
      payerClaimNumber: 'PCN-77812',
      lines: [{ code: '97124', units: 2 }],
    });
    const checker = createClaimChecker({
      getClaimContext: async () => ({ client, sessions: [billed], settings }),
      today: () => '2026-11-26',
    });
    const { findings } = await checker.check(draft('W1'));
    const rules = findings.map((f) => f.rule);
    for (const rule of ['rx-expired', 'same-day-provider', 'duplicate-claim', 'eligibility-unverified'])
      expect(rules).toContain(rule);
    const text = findings.map((f) => `${f.message} ${f.fix ?? ''}`).join(' ');
    for (const name of ['Dana', 'Rivera', 'Grace', 'Okafor', 'PCN-77812']) expect(text).not.toContain(name);
    expect(text).toContain('The prescription from the prescriber expired on 2026-03-01');
    expect(findings.find((f) => f.rule === 'same-day-provider')?.message).toMatch(
      /^This client saw a chiropractor/,
    );
  });
});
