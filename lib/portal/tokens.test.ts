import { describe, expect, it } from 'vitest';
import { nameIndex, nameTokens, textTokens } from './tokens';

describe('name tokens', () => {
  it.each([
    ['ctl00$phFolderContent$ucHCFA$ucHCFALineItem$ucClaimLineItem$CPT_CODE0', ['CPT', 'CODE', '0']],
    ['txt_dosFrom1MM', ['TXT', 'DOS', 'FROM', '1', 'MM']],
    ['txt_patientDOBMM', ['TXT', 'PATIENT', 'DOB', 'MM']],
    [
      'claimInformation.serviceLines.0.procedureCode',
      ['CLAIM', 'INFORMATION', 'SERVICE', 'LINES', '0', 'PROCEDURE', 'CODE'],
    ],
    ['input-modifier-1-0', ['INPUT', 'MODIFIER', '1', '0']],
    ['bill[1][code]', ['BILL', '1', 'CODE']],
    ['txt_referringPhysLName', ['TXT', 'REFERRING', 'PHYS', 'L', 'NAME', 'LNAME']],
  ])('%s', (name, words) => expect(nameTokens(name)).toEqual(expect.arrayContaining(words)));

  it('keeps look-alikes one word, so NDCUNITS is never UNITS', () => {
    expect(nameTokens('NDCUNITS0')).toEqual(['NDCUNITS', '0']);
    expect(nameTokens('daysorunits-input-0')).toContain('DAYSORUNITS');
  });

  it('counts box numbers only at the start of a text', () => {
    expect(textTokens('17b. NPI')).toEqual(expect.arrayContaining(['17B', 'NPI']));
    expect(textTokens("1a. INSURED'S I.D. NUMBER")).toEqual(expect.arrayContaining(['1A', 'ID', 'NUMBER']));
    expect(textTokens('Relate A-L to service line below (24E)')).not.toContain('24E');
  });
});

describe('row and slot numbers in names', () => {
  it.each([
    ['ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_CPT_CODE0', 0, false],
    ['ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_MODIFIER_A11', 11, false],
    ['txt_procCode1', 1, false],
    ['txt_dosFrom10MM', 10, false],
    ['txt_modifer1a', 1, false],
    ['serviceLineUnits1', 1, false],
    ['claimInformation.serviceLines.3.diagnosisCodePointer1', 3, true],
    ['serviceLines[2].fromDate', 2, true],
    ['bill[1][code]', 1, true],
    ['input-modifier-1-0', 0, true],
    ['input-diagnosis-2-5', 5, true],
    ['cpt-hcpc-code-data-4', 4, false],
    ['Modfr1', 1, false],
  ])('line field %s -> %j', (name, value, strong) =>
    expect(nameIndex(name, false)).toEqual({ value, strong }),
  );

  it.each([
    // Box numbers, form versions and naming containers are not rows.
    ['Cpt_24d', undefined],
    ['ctl00_ContentPlaceHolder_RadGrid_ctl00_ctl04_txtCPT', undefined],
    ['ctl00$phFolderContent$ucHCFA$OrderLast0212', undefined],
  ])('%s has no row', (name, value) => expect(nameIndex(name, false).value).toBe(value));

  it.each([
    ['Diag_1_21', 1],
    ['Diag_12_21', 12],
    ['ctl00_phFolderContent_ucHCFA_DIAGNOSIS_CODECMS0212_3', 3],
    ['claimInformation.diagnoses.0.code', 0],
    ['diagnosis-code-data-11', 11],
    ['txt_diagnosisText12', 12],
  ])('box 21 field %s is slot %i', (name, value) => expect(nameIndex(name, true).value).toBe(value));

  it('reads box 21 slot letters', () => {
    expect(nameIndex('diagnosis.B', true).letter).toBe(1);
    expect(nameIndex('dxC', true).letter).toBe(2);
  });
});
