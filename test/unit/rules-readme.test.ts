// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { RULE_LIST } from '../../lib/rules/core';
import { renderRulesSection, withRulesSection } from '../../lib/rules/testing/readme';

/**
 * lib/rules/README.md's list of rules is generated from RULES (titles, what each checks, severities,
 * sources, what it does not check), so it cannot drift from the code. `npm run docs:rules` rewrites it;
 * this test fails when the file is stale.
 */
const file = resolve(import.meta.dirname, '../../lib/rules/README.md');

test('the rules README lists exactly what RULES holds', () => {
  const current = readFileSync(file, 'utf8');
  const expected = withRulesSection(current, renderRulesSection(RULE_LIST));
  if (process.env.UPDATE_RULES_README === '1' && expected !== current) writeFileSync(file, expected);
  else expect(current, 'lib/rules/README.md is stale: run `npm run docs:rules`').toBe(expected);
});
