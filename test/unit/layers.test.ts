// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The path-zone lint (scripts/layers.mjs) catches what a newcomer could do wrong: each case is an import
 * a file in one layer must not make, linted as if it were that file. A zone that silently matched
 * nothing (a typo in a path) would pass lint forever; these cases fail instead.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer zones', () => {
  it.each([
    ['lib/model/x.ts', "import { ready } from '../store';"],
    ['lib/model/x.ts', "import { RULES } from '../rules';"],
    ['lib/rules/x.ts', "import { ready } from '../store';"],
    ['lib/rules/x.ts', "import { readClaimForm } from '../portal';"],
    ['lib/store/x.ts', "import { App } from '../../components/popup/App';"],
    ['lib/portal/x.ts', "import { ready } from '../store';"],
    ['components/inline/x.ts', "import { ready } from '../../lib/store';"],
    ['entrypoints/portal/x.ts', "import { ready } from '../../lib/store';"],
    ['components/popup/x.ts', "import { createRouter } from '../../lib/background/router';"],
    ['components/popup/x.ts', "import { getClient } from '../../lib/store/clients';"],
    ['components/popup/x.ts', "import { read } from '../../lib/portal/read';"],
    ['components/popup/x.ts', "import { bundledCode } from '../../lib/rules/bundled-code';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['lib/rules/x.ts', "import type { Finding } from '../model/findings';"],
    ['components/popup/x.ts', "import { ready } from '../../lib/store';"],
    ['components/options/x.ts', "import { parseNcciPtp } from '../../lib/rules/core';"],
    ['lib/autofill/x.ts', "import { parsePointers } from '../portal/values';"],
    ['lib/store/x.ts', "import { getClient } from './records';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).not.toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['components/inline/x.ts', "import { ClaimDraftSchema } from '../../lib/model';"],
    ['lib/portal/x.ts', "import { ClaimDraftSchema } from '../model/claim';"],
    ['lib/messages/clip.ts', "import { z } from 'zod';"],
    ['lib/messages/clip.ts', "import * as z from 'zod/mini';"],
    ['lib/autofill/fill.ts', "import { FormInfoSchema } from '../messages/schemas';"],
  ])('content side: %s may not pull zod by value: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it.each([
    ['components/inline/x.ts', "import type { ClaimDraft } from '../../lib/model';"],
    ['lib/portal/x.ts', "import { DIAGNOSIS_LETTERS } from '../model/claim-form';"],
    ['lib/autofill/types.ts', "import type { FormInfo } from '../messages/schemas';"],
  ])('content side: %s may: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).not.toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('an import renamed (`a as b`) hides which one is used', async () => {
    expect(
      await problems('lib/rules/x.ts', "import { daysBetween as days } from '../dates';\nexport {};\n"),
    ).toContain('house/no-import-rename');
  });

  it('names a module one way: lib/store, never lib/store/index', async () => {
    expect(
      await problems('components/popup/x.ts', "import { ready } from '../../lib/store/index';\nexport {};\n"),
    ).toContain('import-x/no-useless-path-segments');
  });
});
