/**
 * The newer UHC claim screen fixture: kebab ids with a row suffix (`input-modifier-1-0` is modifier 1 of
 * line 0), four numbered pointer boxes per line, and the page's own "add a row" script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { loadFixture, type, type Page } from './load';

let page: Page;
const id = (x: string) => page.document.getElementById(x);

beforeAll(async () => {
  page = await loadFixture('uhc-linkhealth-claim.html', { scripts: true });
});
afterAll(() => page.close());

describe('UHC linkhealth claim (kebab ids fixture)', () => {
  it('reads slot and row numbers apart and the numbered pointers', () => {
    const form = locateClaimForm(page.document, { adapters: [] })!;
    expect(form.rows).toEqual([0, 1, 2]);
    expect(form.addLine?.id).toBe('servicelines-add-row-button');
    const fields = new Map(form.fields.map((f) => [f.path, f]));
    expect(fields.get('lines.1.modifiers')!.elements.map((e) => e.id)).toEqual(
      [1, 2, 3, 4].map((k) => `input-modifier-${k}-1`),
    );
    expect(fields.get('lines.2.pointers')!.elements.map((e) => e.id)).toEqual(
      [1, 2, 3, 4].map((k) => `input-diagnosis-${k}-2`),
    );
    expect(fields.get('lines.2.pointers')!.format).toMatchObject({ pointers: 'numbers' });
    expect(fields.get('diagnoses.11')!.elements[0]!.id).toBe('diagnosis-code-data-11');

    type(id('patient-last-name'), 'Rivera');
    type(id('patient-dob'), '04-12-1986');
    type(id('subscriber-id'), '987654321');
    type(id('referring-provider-npi'), '1234567893');
    type(id('billing-provider-npi'), '1558598797');
    type(id('billing-tax-id'), '84 1234567');
    type(id('diagnosis-code-data-0'), 'M54.50');
    type(id('diagnosis-code-data-2'), 'M62.830');
    type(id('input-from-0'), '03/02/2026');
    type(id('input-to-0'), '03/02/2026');
    type(id('cpt-hcpc-code-data-0'), '97124');
    type(id('input-modifier-1-0'), '59');
    type(id('input-diagnosis-1-0'), '1');
    type(id('input-diagnosis-2-0'), '3');
    type(id('daysorunits-input-0'), '4');
    type(id('charge-value-0'), '160.00');
    type(id('cpt-hcpc-code-data-2'), '97140');
    expect(readLocatedForm(form).draft).toEqual({
      patient: { lastName: 'Rivera', birthDate: '1986-04-12', memberId: '987654321' },
      referringProvider: { npi: '1234567893' },
      billingProvider: { npi: '1558598797', taxId: '841234567' },
      diagnoses: ['M54.50', '', 'M62.830'],
      lines: [
        {
          row: 0,
          from: '2026-03-02',
          to: '2026-03-02',
          code: '97124',
          modifiers: ['59'],
          pointers: [1, 3],
          units: 4,
          charge: 160,
        },
        { row: 2, code: '97140', modifiers: [], pointers: [] },
      ],
    });
  });

  it('follows rows the page script adds', () => {
    const before = locateClaimForm(page.document)!;
    (id('servicelines-add-row-button') as HTMLButtonElement).click();
    expect(id('cpt-hcpc-code-data-3')).not.toBeNull();
    expect(readLocatedForm(before).stale).toBe(true);
    const after = locateClaimForm(page.document)!;
    expect(after.adapter).toBeUndefined();
    expect(after.addLine?.id).toBe('servicelines-add-row-button');
    expect(after.rows).toEqual([0, 1, 2, 3]);
    type(id('cpt-hcpc-code-data-3'), '97010');
    type(id('input-diagnosis-1-3'), '2');
    expect(readLocatedForm(after).draft.lines.at(-1)).toEqual({
      row: 3,
      code: '97010',
      modifiers: [],
      pointers: [2],
    });
  });
});
