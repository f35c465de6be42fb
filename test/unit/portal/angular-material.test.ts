/**
 * The Angular Material fixture: formcontrolname with box numbers (Diag_1_21, Phy_npi_33), mat-label
 * labels, mat-select widgets whose value is text, and FormArray rows with no index in any name (Modfr1..4
 * are modifier slots, not rows): rows come from the DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { loadFixture, type, type Page } from './load';

let page: Page;
const rowEl = (i: number) => page.document.querySelector(`tr[formgroupname="${i}"]`)!;
const fc = (scope: ParentNode, name: string) => scope.querySelector(`[formcontrolname="${name}"]`);

/** What Angular renders when an option is chosen in a mat-select. */
function choose(select: Element | null, label: string) {
  const value = select!.querySelector('.mat-select-value')!;
  const doc = select!.ownerDocument;
  const text = doc.createElement('span');
  text.className = 'mat-select-value-text';
  const inner = doc.createElement('span');
  inner.textContent = label;
  text.append(inner);
  value.replaceChildren(text);
}

beforeAll(async () => {
  page = await loadFixture('angular-material-cms1500.html');
});
afterAll(() => page.close());

describe('Angular Material CMS-1500 (formcontrolname + mat-label fixture)', () => {
  it('groups rows by the DOM and reads mat-select text', () => {
    const form = locateClaimForm(page.document)!;
    expect(form.rows).toEqual([0, 1, 2]);
    const fields = new Map(form.fields.map((f) => [f.path, f]));
    expect(fields.get('lines.2.modifiers')!.elements.map((e) => e.getAttribute('formcontrolname'))).toEqual([
      'Modfr1',
      'Modfr2',
      'Modfr3',
      'Modfr4',
    ]);
    expect(fields.get('lines.2.modifiers')!.elements.every((e) => rowEl(2).contains(e))).toBe(true);
    expect(fields.get('lines.0.placeOfService')!.format.control).toBe('widget');
    expect(fields.get('diagnoses.0')!.elements[0]!.getAttribute('formcontrolname')).toBe('Diag_1_21');
    expect(fields.get('billingProvider.npi')!.elements[0]!.getAttribute('formcontrolname')).toBe(
      'Phy_npi_33',
    );
    const names = form.fields.flatMap((f) => f.elements.map((e) => e.getAttribute('formcontrolname')));
    for (const bad of [
      'Hosp_from_18',
      'Hosp_to_18',
      'Out_lab_chrg_20',
      'Tot_chrg_28',
      'Srvc_ren_npi_32',
      'Other_insrd_ln_09',
      'Oi_polcy_num_09a',
      'Rendernpi_type',
    ])
      expect(names).not.toContain(bad);

    type(fc(page.document, 'Insrd_id_1a'), 'XJH449120331');
    type(fc(page.document, 'Pat_ln_02'), 'Rivera');
    type(fc(page.document, 'Pat_fn_02'), 'Dana');
    type(fc(page.document, 'Pat_dob_03'), '04/12/1986');
    type(fc(page.document, 'Ref_ln_17'), 'Okafor');
    type(fc(page.document, 'Ref_npi_17b'), '1234567893');
    type(fc(page.document, 'Fed_tax_id_25'), '841234567');
    type(fc(page.document, 'Phy_npi_33'), '1558598797');
    type(fc(page.document, 'Diag_1_21'), 'M54.50');
    type(fc(page.document, 'Diag_2_21'), 'S134XXA');
    type(fc(page.document, 'Hosp_from_18'), '01/01/2026');
    type(fc(rowEl(0), 'From'), '03/02/2026');
    choose(fc(rowEl(0), 'Place_of_srvc'), '11 - Office');
    type(fc(rowEl(0), 'Srvc_cd'), '97124');
    type(fc(rowEl(0), 'Modfr1'), '59');
    type(fc(rowEl(0), 'Modfr2'), 'GP');
    type(fc(rowEl(0), 'Diag_ptr'), 'A B');
    type(fc(rowEl(0), 'Days_units'), '2');
    type(fc(rowEl(0), 'Amt'), '80.00');
    choose(fc(rowEl(0), 'Rendernpi'), '1992753880 - Lee, Sam LMT');
    type(fc(rowEl(1), 'Srvc_cd'), '97140');
    type(fc(rowEl(1), 'Diag_ptr'), '2');
    expect(readLocatedForm(form).draft).toEqual({
      patient: { lastName: 'Rivera', firstName: 'Dana', birthDate: '1986-04-12', memberId: 'XJH449120331' },
      referringProvider: { lastName: 'Okafor', npi: '1234567893' },
      billingProvider: { npi: '1558598797', taxId: '841234567' },
      diagnoses: ['M54.50', 'S13.4XXA'],
      lines: [
        {
          row: 0,
          from: '2026-03-02',
          placeOfService: '11',
          code: '97124',
          modifiers: ['59', 'GP'],
          pointers: [1, 2],
          units: 2,
          charge: 80,
          renderingNpi: '1992753880',
        },
        { row: 1, code: '97140', modifiers: [], pointers: [2] },
      ],
    });
  });
});
