/**
 * The bundled demo claim page (demo/claim.html, the lead's): `npm start` opens it, so the reader must read
 * it as a biller would expect. Its script is inlined here; it adds four rows and types an example claim.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { loadHtml, type Page } from './load';

let page: Page;
beforeAll(async () => {
  // happy-dom lacks tbody.rows, which the demo script uses; a browser has it.
  const shim = `if (!('rows' in HTMLTableSectionElement.prototype)) Object.defineProperty(HTMLTableSectionElement.prototype, 'rows', { get() { return this.querySelectorAll(':scope > tr'); } });`;
  const html = readFileSync('demo/claim.html', 'utf8').replace(
    '<script src="claim.js"></script>',
    () => `<script>${shim}</script><script>${readFileSync('demo/claim.js', 'utf8')}</script>`,
  );
  page = await loadHtml(html, { scripts: true });
});
afterAll(() => page.close());

describe('demo claim page', () => {
  it('reads the example claim', () => {
    const form = locateClaimForm(page.document)!;
    expect(form.rows.length).toBeGreaterThanOrEqual(4);
    (page.document.getElementById('example') as HTMLButtonElement).click();
    const { draft } = readLocatedForm(form);
    expect(draft.patient).toMatchObject({ lastName: 'Rivera', firstName: 'Dana', memberId: 'XJH449120331' });
    expect(draft.referringProvider.npi).toBe('1234567890');
    expect(draft.diagnoses.slice(0, 2)).toEqual(['M54.5', 'M62.830']);
    expect(draft.lines.map((l) => [l.row, l.code, l.placeOfService, l.pointers, l.units])).toEqual([
      [0, '97124', '11', [1], 2],
      [1, '97140', '11', [2], 2],
      [2, '97010', '11', [1], 1],
    ]);
    expect(draft.lines.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.from ?? ''))).toBe(true);
  });
});
