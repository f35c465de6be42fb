/**
 * test/fixtures/portals/generated-50-lines.html is test/fixtures/generate.ts's output (for e2e tests that
 * serve files). This keeps the two in step: `UPDATE_FIXTURES=1 npx vitest run test/unit/portal/generated-fixture`
 * rewrites the file after a change to the generator.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { generateClaimPage, lineValues } from '../../fixtures/generate';
import { FIXTURES, loadFixture, type Page } from './load';

const FILE = `${FIXTURES}generated-50-lines.html`;
let page: Page | undefined;
afterAll(() => page?.close());

describe('generated 50-line claim page', () => {
  it('is the generator output', () => {
    const html = generateClaimPage({ lines: 50 });
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(FILE)) writeFileSync(FILE, html);
    expect(readFileSync(FILE, 'utf8')).toBe(html);
  });

  it('reads as 50 typed lines, with and without the Office Ally adapter', async () => {
    page = await loadFixture('generated-50-lines.html');
    for (const adapters of [undefined, []]) {
      const form = locateClaimForm(page.document, adapters ? { adapters } : {})!;
      const { draft } = readLocatedForm(form);
      expect(draft.lines).toHaveLength(50);
      expect(draft.diagnoses).toEqual(['M54.50', 'M62.830']);
      const v = lineValues(49);
      expect(draft.lines[49]).toEqual({
        row: 49,
        from: `2026-03-${v.day}`,
        placeOfService: '11',
        code: v.code,
        modifiers: [],
        pointers: [1, 2],
        charge: 80,
        units: 2,
        renderingNpi: '1558598797',
      });
    }
  });
});
