// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULE_IDS, type RuleId } from '../../lib/model/findings';
import { RULES } from '../../lib/rules/core';
import type { Rule } from '../../lib/rules/types';

/**
 * The rule library's conventions (DESIGN.md, in the spirit of refined-github's build/features.test.ts):
 * every rule id of the table is registered once in RULES, lives in lib/rules/<id>.ts, names its sources
 * with URLs found in docs/reference/domain.md, says what it checks and what it does not, and has a
 * table of cases beside it.
 */
const root = resolve(import.meta.dirname, '../..');
// Every module of lib/rules by path, so the test can look for lib/rules/<id>.ts.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../lib/rules/*.ts', '!**/*.test.ts', '!**/*.bench.ts'],
  {
    eager: true,
  },
);
// The researched reference the rules cite (docs/reference/domain.md).
const domainMd = resolve(root, 'docs/reference/domain.md');

describe.each(RULE_IDS.map((id) => ({ id })))('rule $id', ({ id }) => {
  const rule: Rule = RULES[id];

  test('is registered in RULES under its own id', () => {
    expect(rule).toBeDefined();
    expect(rule.id).toBe(id);
  });

  test(`lives in lib/rules/${id}.ts`, () => {
    const mod = modules[`../../lib/rules/${id}.ts`];
    expect(mod).toBeDefined();
    expect(Object.values(mod!)).toContain(rule);
  });

  test('has a short title, what it checks, sources with URLs and a doesNotCheck sentence', () => {
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.title.length).toBeLessThanOrEqual(48);
    expect(rule.checks).toMatch(/^[A-Z0-9"`].{20,}[.)]$/s);
    expect(rule.severities.length).toBeGreaterThan(0);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) {
      expect(source.title).toMatch(/\w/);
      expect(source.url).toMatch(/^https?:\/\/\S+$/);
    }
    expect(rule.doesNotCheck).toMatch(/^[A-Z].{20,}[.)]$/s);
  });

  test('cites only pages domain.md cites', () => {
    const text = readFileSync(domainMd, 'utf8');
    for (const source of rule.sources) expect(text).toContain(source.url);
  });

  test(`has a table of cases in lib/rules/${id}.test.ts`, () => {
    const file = resolve(root, `lib/rules/${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/const cases\b/);
    expect(text).toMatch(/\b(test|it)\.each\(cases\)/);
  });
});

test('no rule is registered that the DESIGN.md table does not name', () => {
  expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
});

test('the DESIGN.md rule table names every rule id', () => {
  const design = readFileSync(resolve(root, 'docs/DESIGN.md'), 'utf8');
  for (const id of RULE_IDS) expect(design).toContain(`| \`${id}\` |`);
});

// Compile-time halves of the convention (`npm run typecheck` fails if these stop being errors).
type Registry = { [K in RuleId]: Rule<K> };
const { 'client-unmatched': _dropped, ...missingOne } = RULES;
// @ts-expect-error a rule id with no rule registered
void (missingOne satisfies Registry);
// @ts-expect-error a key registering another rule than its own
void ({ ...RULES, 'rx-missing': RULES['rx-expired'] } satisfies Registry);
