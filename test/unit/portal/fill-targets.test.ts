/**
 * Fill-only boxes (`fill.*` paths): located for the autofill, never part of the ClaimDraft. The adapters
 * name them on the known portals; the generic locator finds the SSN/EIN radios, taxonomies, box 11b and
 * box 14 where the words say so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldForPath, locateClaimForm, readClaimForm, type LocatedForm } from '../../../lib/portal';
import { loadFixture, type Page } from './load';

const H = 'ctl00_phFolderContent_ucHCFA_';
const ids = (form: LocatedForm, path: string) =>
  fieldForPath(form, path)?.elements.map((e) => e.id || e.getAttribute('name'));

describe('Office Ally (real saved page)', () => {
  let page: Page;
  let adapted: LocatedForm;
  let generic: LocatedForm;
  beforeAll(async () => {
    page = await loadFixture('officeally-hcfa-cms0212-2016.html');
    adapted = locateClaimForm(page.document)!;
    generic = locateClaimForm(page.document, { adapters: [] })!;
  });
  afterAll(() => page.close());

  it('names box 25, 31, 33, 11b, 14 and box 5 for the autofill', () => {
    expect(ids(adapted, 'fill.taxIdKind')).toEqual([`${H}HCFA_SSN_EIN1`, `${H}HCFA_SSN_EIN2`]);
    expect(fieldForPath(adapted, 'fill.taxIdKind')!.layout).toEqual({ kind: 'choice', values: ['S', 'E'] });
    expect(fieldForPath(adapted, 'fill.taxIdKind')!.format.control).toBe('radio');
    expect(ids(adapted, 'fill.renderingTaxonomy')).toEqual([`${H}RENDERING_PHYSICIAN_TAXONOMY`]);
    expect(ids(adapted, 'fill.billingName')).toEqual([`${H}SUPPLIER_1`]);
    expect(ids(adapted, 'fill.billingAddress')).toEqual([`${H}SUPPLIER_3`]);
    expect(ids(adapted, 'fill.billingState')).toEqual([`${H}SUPPLIER_STATE`]);
    expect(fieldForPath(adapted, 'fill.billingState')!.format.options!.length).toBeGreaterThan(50);
    expect(ids(adapted, 'fill.claimNumber')).toEqual([`${H}txtOtherClaimID`]);
    expect(fieldForPath(adapted, 'fill.claimNumberQual')!.format.options).toContainEqual({
      value: 'Y4',
      label: 'Y4 - Property Casualty Claim Number',
    });
    expect(ids(adapted, 'fill.injuryDateQual')).toEqual([`${H}selDateOfCurrentQual`]);
    // Box 14's date boxes are script-rendered on the live site and missing from the 2016 copy.
    expect(fieldForPath(adapted, 'fill.injuryDate')).toBeUndefined();
    // Office Ally's own "Accident Date" (the 837's accident date, for auto claims).
    expect(ids(adapted, 'fill.accidentDate')).toEqual(
      ['Month', 'Day', 'Year'].map((p) => `${H}AccidentDate_${p}`),
    );
    expect(ids(adapted, 'fill.patientAddress')).toEqual([`${H}STREET_ADDR`]);
    expect(ids(adapted, 'fill.patientZip')).toEqual([`${H}ZIP`]);
  });

  it('finds the SSN/EIN radios, box 31 taxonomy and box 11b with the generic locator alone', () => {
    expect(ids(generic, 'fill.taxIdKind')).toEqual(ids(adapted, 'fill.taxIdKind'));
    expect(ids(generic, 'fill.renderingTaxonomy')).toEqual(ids(adapted, 'fill.renderingTaxonomy'));
    expect(ids(generic, 'fill.claimNumber')).toEqual(ids(adapted, 'fill.claimNumber'));
  });

  it('keeps the ClaimDraft contract: fill-only boxes are never read', () => {
    const supplier = page.document.getElementById(`${H}SUPPLIER_1`) as HTMLInputElement;
    supplier.value = 'Harbor Street Massage';
    const draft = readClaimForm(page.document);
    expect(Object.keys(draft)).toEqual([
      'patient',
      'referringProvider',
      'billingProvider',
      'diagnoses',
      'lines',
    ]);
    expect(JSON.stringify(draft)).not.toContain('Harbor');
    supplier.value = '';
  });
});

describe('UnitedHealthcare 2016 (real saved page)', () => {
  let page: Page;
  let form: LocatedForm;
  beforeAll(async () => {
    page = await loadFixture('uhc-hcfa1500-2016.html', { latin1: true });
    form = locateClaimForm(page.document)!;
  });
  afterAll(() => page.close());

  it('names both taxonomies, box 11b and box 14 (split), adapter or not', () => {
    for (const f of [form, locateClaimForm(page.document, { adapters: [] })!]) {
      expect(ids(f, 'fill.taxonomy')).toEqual(['txt_taxonomy']);
      expect(ids(f, 'fill.renderingTaxonomy')).toEqual(['txt_taxonomy_R']);
      expect(ids(f, 'fill.claimNumber')).toEqual(['txt_otherClaimId']);
      expect(ids(f, 'fill.injuryDate')).toEqual([
        'txt_currentIllnessDateMM',
        'txt_currentIllnessDateDD',
        'txt_currentIllnessDateYYYY',
      ]);
      expect(fieldForPath(f, 'fill.injuryDate')!.layout).toEqual({
        kind: 'date-parts',
        parts: ['month', 'day', 'year'],
      });
      // Box 25's radios are disabled pictures of a hidden value: nothing to fill.
      expect(fieldForPath(f, 'fill.taxIdKind')?.format.readOnly ?? true).toBe(true);
    }
  });
});

describe('written fixtures', () => {
  it('Availity: billing provider name, taxonomy (autocomplete) and both addresses', async () => {
    const page = await loadFixture('availity-professional-claim.html');
    const form = locateClaimForm(page.document)!;
    expect(ids(form, 'fill.billingName')).toEqual(['billingProvider.lastName']);
    expect(fieldForPath(form, 'fill.taxonomy')!.format.combobox).toBe(true);
    expect(ids(form, 'fill.billingZip')).toEqual(['billingProvider.zipCode']);
    expect(ids(form, 'fill.patientAddress')).toEqual(['patient.addressLine1']);
    await page.close();
  });

  it('Angular Material: box 14 "Dt_of_incident_14" is the date of injury', async () => {
    const page = await loadFixture('angular-material-cms1500.html');
    const form = locateClaimForm(page.document)!;
    const field = fieldForPath(form, 'fill.injuryDate')!;
    expect(field.elements[0]!.getAttribute('formcontrolname')).toBe('Dt_of_incident_14');
    await page.close();
  });
});
