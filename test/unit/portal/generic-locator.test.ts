/**
 * The generic locator on markup families it has no adapter for (docs/reference/portals.md): PHP arrays
 * (OpenEMR), Telerik RadGrid naming containers, 1-based suffixes and ui-select widgets (ModMed), header-
 * only tables, aria-labelledby, and the look-alikes a locator must not take for claim fields.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { byName, loadHtml, type, type Page } from './load';

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
async function open(body: string) {
  page = await loadHtml(`<!DOCTYPE html><html><body>${body}</body></html>`);
  return page.document;
}
const paths = (doc: Document) =>
  locateClaimForm(doc)
    ?.fields.map((f) => f.path)
    .sort() ?? [];

describe('generic locator, markup without an adapter', () => {
  it('PHP array rows, one modifier box "25:59", a pointer select of ICD codes (OpenEMR fee sheet)', async () => {
    const row = (n: number) => `<tr>
      <td><input name="bill[${n}][code]" size="6"></td><td><input name="bill[${n}][mod]" title="Multiple modifiers can be separated by colons or spaces, maximum of 4"></td>
      <td><input name="bill[${n}][price]"></td><td><input name="bill[${n}][units]"></td>
      <td><select name="bill[${n}][justify]"><option value=""></option><option value="M54.50">M54.50</option><option value="M62.830">M62.830</option></select></td></tr>`;
    const doc = await open(`<form><p>Encounter date <input name="form_date" placeholder="yyyy-mm-dd"></p>
      <p>Diagnosis 1 <input name="dx1"> Diagnosis 2 <input name="dx2"></p>
      <table><tr><th>Code</th><th>Modifiers</th><th>Price</th><th>Units</th><th>Justify</th></tr>${row(1)}${row(2)}</table></form>`);
    const form = locateClaimForm(doc)!;
    expect(form.rows).toEqual([0, 1]);
    type(byName(doc, 'dx1'), 'M54.50');
    type(byName(doc, 'dx2'), 'M62.830');
    type(byName(doc, 'bill[2][code]'), '97124');
    type(byName(doc, 'bill[2][mod]'), '25:59');
    type(byName(doc, 'bill[2][price]'), '80.00');
    type(byName(doc, 'bill[2][units]'), '2');
    type(byName(doc, 'bill[2][justify]'), 'M62.830');
    expect(readLocatedForm(form).draft.lines).toEqual([
      { row: 1, code: '97124', modifiers: ['25', '59'], charge: 80, units: 2, pointers: [2] },
    ]);
  });

  it('RadGrid rows: ctl04/ctl06 are naming containers, rows come from the DOM', async () => {
    const row = (ctl: string) => `<tr class="rgRow">
      <td><input name="ctl00$Main$RadGrid1$ctl00$${ctl}$txtDOS" placeholder="MM/DD/YYYY"></td>
      <td><input name="ctl00$Main$RadGrid1$ctl00$${ctl}$txtCPT"></td>
      <td><input name="ctl00$Main$RadGrid1$ctl00$${ctl}$txtUnits"></td>
      <td><input name="ctl00$Main$RadGrid1$ctl00$${ctl}$txtDxPointer"></td></tr>`;
    const doc =
      await open(`<table class="rgMasterTable"><thead><tr><th>DOS</th><th>CPT</th><th>Units</th><th>Dx Pointer</th></tr></thead>
      <tbody>${row('ctl04')}${row('ctl06')}${row('ctl08')}</tbody></table>`);
    const form = locateClaimForm(doc)!;
    expect(form.rows).toEqual([0, 1, 2]);
    type(byName(doc, 'ctl00$Main$RadGrid1$ctl00$ctl06$txtCPT'), '97124');
    type(byName(doc, 'ctl00$Main$RadGrid1$ctl00$ctl06$txtDOS'), '03/02/2026');
    type(byName(doc, 'ctl00$Main$RadGrid1$ctl00$ctl06$txtDxPointer'), 'A');
    expect(readLocatedForm(form).draft.lines).toEqual([
      { row: 1, from: '2026-03-02', code: '97124', modifiers: [], pointers: [1] },
    ]);
  });

  it('1-based suffixes and ui-select pointer widgets (ModMed)', async () => {
    const line = (n: number) => `<div class="service-line">
      <input name="serviceLineCode${n}" aria-label="CPT"> <input name="serviceLineUnits${n}"> <input name="serviceLineUnitCharge${n}">
      <div class="ui-select-container" ng-model="diagnosisPointerSelectorCtrl.dxPointer"><div class="ui-select-match"><span class="ui-select-match-text">${n === 2 ? 'B' : ''}</span></div></div></div>`;
    const doc = await open(
      `<div>Diagnoses: <input id="dx" name="diagnosisCode1" aria-label="Diagnosis A"> <input name="diagnosisCode2" aria-label="Diagnosis B"></div>${line(1)}${line(2)}`,
    );
    const form = locateClaimForm(doc)!;
    expect(form.rows).toEqual([0, 1]);
    type(byName(doc, 'diagnosisCode1'), 'M54.50');
    type(byName(doc, 'diagnosisCode2'), 'M62.830');
    type(byName(doc, 'serviceLineCode2'), '97140');
    type(byName(doc, 'serviceLineUnits2'), '1');
    type(byName(doc, 'serviceLineUnitCharge2'), '45');
    expect(readLocatedForm(form).draft).toMatchObject({
      diagnoses: ['M54.50', 'M62.830'],
      lines: [{ row: 1, code: '97140', units: 1, charge: 45, pointers: [2], modifiers: [] }],
    });
  });

  it('labels by aria-labelledby and placeholder only', async () => {
    const doc =
      await open(`<span id="h-code">Procedure code</span><span id="h-units">Days or units</span><span id="h-dx">ICD-10 code</span>
      <div><input aria-labelledby="h-dx" name="a1"></div>
      <div class="line"><input aria-labelledby="h-code" name="f1"><input aria-labelledby="h-units" name="f2"><input placeholder="Charge $" name="f3"></div>`);
    const form = locateClaimForm(doc)!;
    type(byName(doc, 'a1'), 'm5450');
    type(byName(doc, 'f1'), '97124');
    type(byName(doc, 'f2'), '2');
    type(byName(doc, 'f3'), '80');
    expect(readLocatedForm(form).draft).toMatchObject({
      diagnoses: ['M54.50'],
      lines: [{ row: 0, code: '97124', units: 2, charge: 80 }],
    });
  });

  it('does not take look-alikes for claim fields', async () => {
    const doc = await open(`<table><tr>
      <td><input id="x_CPT_CODE0"></td><td><input id="x_NDCUNITS0"></td><td><input id="x_NDCCHARGE0"></td>
      <td><input id="x_TOTAL_CHARGE0"></td><td><input id="x_DOS_COMMENTS0"></td><td><input id="x_HOSPITAL_FM_DATE_Month0" maxlength="2"></td>
      <td><select id="x_txt_unitCode0"><option>UN</option></select></td><td><input id="x_DIAG_IND0"></td><td><input id="x_DOS_DIAG_CODE0"></td></tr>
      <tr><td><input id="x_CPT_CODE1"></td></tr></table>`);
    expect(paths(doc)).toEqual(['lines.0.code', 'lines.0.pointers', 'lines.1.code']);
  });

  it('keeps box numbers and slot numbers out of rows', async () => {
    const doc =
      await open(`<div class="box21"><input formcontrolname="Diag_1_21"><input formcontrolname="Diag_2_21"></div>
      <table><tr><td><input formcontrolname="Cpt_24d"></td><td><input formcontrolname="modifier1"><input formcontrolname="modifier2"></td><td><input formcontrolname="Units_24g"></td></tr>
      <tr><td><input formcontrolname="Cpt_24d"></td><td><input formcontrolname="modifier1"><input formcontrolname="modifier2"></td><td><input formcontrolname="Units_24g"></td></tr></table>`);
    expect(paths(doc)).toEqual([
      'diagnoses.0',
      'diagnoses.1',
      'lines.0.code',
      'lines.0.modifiers',
      'lines.0.units',
      'lines.1.code',
      'lines.1.modifiers',
      'lines.1.units',
    ]);
    const form = locateClaimForm(doc)!;
    expect(form.fields.find((f) => f.path === 'lines.1.modifiers')!.layout).toEqual({ kind: 'slots' });
  });
});
