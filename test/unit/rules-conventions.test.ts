// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../lib/model/findings';
import { CHECKS } from '../../lib/rules/core';
import { RULES } from '../../lib/rules/index';

/**
 * The rule library's conventions (DESIGN.md, in the spirit of refined-github's build/features.test.ts):
 * every rule id of the table is registered exactly once, lives in lib/rules/<id>.ts, names its sources
 * with URLs, says what it does not check, and has a table of cases beside it.
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
  const rule = RULES.find((r) => r.id === id);

  test('is registered exactly once, in RULES and in CHECKS', () => {
    expect(RULES.filter((r) => r.id === id)).toHaveLength(1);
    expect(CHECKS.filter((c) => c.id === id)).toHaveLength(1);
  });

  test(`lives in lib/rules/${id}.ts`, () => {
    const mod = modules[`../../lib/rules/${id}.ts`];
    expect(mod).toBeDefined();
    expect(Object.values(mod!)).toContain(rule);
    expect(Object.values(mod!)).toContain(CHECKS.find((c) => c.id === id));
  });

  test('has a short title, sources with URLs and a doesNotCheck sentence', () => {
    expect(rule!.title.length).toBeGreaterThan(3);
    expect(rule!.title.length).toBeLessThanOrEqual(48);
    expect(rule!.sources.length).toBeGreaterThan(0);
    for (const source of rule!.sources) {
      expect(source.title).toMatch(/\w/);
      expect(source.url).toMatch(/^https?:\/\/\S+$/);
    }
    expect(rule!.doesNotCheck).toMatch(/^[A-Z].{20,}[.)]$/s);
  });

  test('cites only pages domain.md cites', () => {
    const text = readFileSync(domainMd, 'utf8');
    for (const source of rule!.sources) expect(text).toContain(source.url);
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
  expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
});
