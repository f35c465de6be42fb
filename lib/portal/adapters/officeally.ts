import type { PortalAdapter } from './types';

// Office Ally online CMS-1500 (02/12) entry, ASP.NET WebForms (reference/portals.md section 1). The form is
// the document inside `iframe#Iframe9`. Ids are stable from 2016 to 2026 (bots dated 2022-2026 use them).
const H = 'ctl00_phFolderContent_ucHCFA_';
const L = `${H}ucHCFALineItem_ucClaimLineItem_`;
const ROW = /(\d+)$/;

export const officeAlly: PortalAdapter = {
  id: 'officeally',
  name: 'Office Ally (CMS-1500 02/12 online entry)',
  urls: [
    'https://*.officeally.com/oa/Claims/OA_EditClaim_HCFA.aspx*',
    'https://*.officeally.com/*/EditClaim_HCFARefactor.aspx*',
  ],
  frame: 'iframe#Iframe9',
  signature: `[id="${L}CPT_CODE0"]`,
  fixtures: ['officeally-hcfa-cms0212-2016.html'],
  addLine: '#btnAddRow',
  fields: [
    {
      path: 'lines.#.from',
      part: 'month',
      selector: `[id^="${L}FM_DATE_OF_SVC_MONTH"]`,
      index: ROW,
      count: 12,
    },
    { path: 'lines.#.from', part: 'day', selector: `[id^="${L}FM_DATE_OF_SVC_DAY"]`, index: ROW, count: 12 },
    {
      path: 'lines.#.from',
      part: 'year',
      selector: `[id^="${L}FM_DATE_OF_SVC_YEAR"]`,
      index: ROW,
      count: 12,
    },
    {
      path: 'lines.#.to',
      part: 'month',
      selector: `[id^="${L}TO_DATE_OF_SVC_MONTH"]`,
      index: ROW,
      count: 12,
    },
    { path: 'lines.#.to', part: 'day', selector: `[id^="${L}TO_DATE_OF_SVC_DAY"]`, index: ROW, count: 12 },
    { path: 'lines.#.to', part: 'year', selector: `[id^="${L}TO_DATE_OF_SVC_YEAR"]`, index: ROW, count: 12 },
    { path: 'lines.#.placeOfService', selector: `[id^="${L}PLACE_OF_SVC"]`, index: ROW, count: 12 },
    { path: 'lines.#.code', selector: `[id^="${L}CPT_CODE"]`, index: ROW, count: 12 },
    { path: 'lines.#.modifiers', selector: `[id^="${L}MODIFIER_"]`, index: ROW, count: 48 },
    { path: 'lines.#.pointers', selector: `[id^="${L}DOS_DIAG_CODE"]`, index: ROW, count: 12 },
    { path: 'lines.#.charge', selector: `[id^="${L}DOS_CHRG"]`, index: ROW, count: 12 },
    { path: 'lines.#.units', selector: `[id^="${L}UNITS"]`, index: ROW, count: 12 },
    { path: 'lines.#.renderingNpi', selector: `[id^="${L}RENDERING_PHYSICIAN_NPI"]`, index: ROW, count: 12 },
    // Box 21 of the 02/12 form; the hidden 08/05 duplicates DIAGNOSIS_CODE1..8 are not matched.
    { path: 'diagnoses.#', selector: `[id^="${H}DIAGNOSIS_CODECMS0212_"]`, index: /_(\d+)$/, count: 12 },
    { path: 'patient.memberId', selector: `#${H}PRI_PATIENT_ID`, count: 1 },
    { path: 'patient.lastName', selector: `#${H}LAST_NAME`, count: 1 },
    { path: 'patient.firstName', selector: `#${H}FIRST_NAME`, count: 1 },
    // Script-rendered on the live site (four bots use it); absent from the 2016 saved copy.
    { path: 'patient.birthDate', part: 'month', selector: `#${H}PATIENT_BIRTHDATE_Month`, count: 0 },
    { path: 'patient.birthDate', part: 'day', selector: `#${H}PATIENT_BIRTHDATE_Day`, count: 0 },
    { path: 'patient.birthDate', part: 'year', selector: `#${H}PATIENT_BIRTHDATE_Year`, count: 0 },
    { path: 'patient.groupNumber', selector: `#${H}PRI_FECA_GRP_NUM`, count: 1 },
    // Box 17 despite the "Order" in the names; ORDERING_LAST/NPI further down are another section.
    { path: 'referringProvider.lastName', selector: `#${H}OrderLast0212`, count: 1 },
    { path: 'referringProvider.firstName', selector: `#${H}OrderFirst0212`, count: 1 },
    { path: 'referringProvider.npi', selector: `#${H}REFER_PHYSICIAN_NPI`, count: 1 },
    { path: 'billingProvider.npi', selector: `#${H}SUPPLIER_NPI`, count: 1 },
    { path: 'billingProvider.taxId', selector: `#${H}HCFA_TAX_ID`, count: 1 },
    // Fill-only boxes (lib/portal types FillKey).
    { path: 'fill.taxIdKind', selector: `[id^="${H}HCFA_SSN_EIN"]`, count: 2 },
    { path: 'fill.renderingTaxonomy', selector: `#${H}RENDERING_PHYSICIAN_TAXONOMY`, count: 1 },
    { path: 'fill.billingName', selector: `#${H}SUPPLIER_1`, count: 1 },
    { path: 'fill.billingAddress', selector: `#${H}SUPPLIER_3`, count: 1 },
    { path: 'fill.billingCity', selector: `#${H}SUPPLIER_CITY`, count: 1 },
    { path: 'fill.billingState', selector: `#${H}SUPPLIER_STATE`, count: 1 },
    { path: 'fill.billingZip', selector: `#${H}SUPPLIER_ZIP`, count: 1 },
    { path: 'fill.claimNumber', selector: `#${H}txtOtherClaimID`, count: 1 },
    { path: 'fill.claimNumberQual', selector: `#${H}selOtherClaimQual`, count: 1 },
    { path: 'fill.injuryDate', part: 'month', selector: `#${H}DATE_OF_CURRENT_Month`, count: 0 },
    { path: 'fill.injuryDate', part: 'day', selector: `#${H}DATE_OF_CURRENT_Day`, count: 0 },
    { path: 'fill.injuryDate', part: 'year', selector: `#${H}DATE_OF_CURRENT_Year`, count: 0 },
    { path: 'fill.injuryDateQual', selector: `#${H}selDateOfCurrentQual`, count: 1 },
    { path: 'fill.accidentDate', part: 'month', selector: `#${H}AccidentDate_Month`, count: 1 },
    { path: 'fill.accidentDate', part: 'day', selector: `#${H}AccidentDate_Day`, count: 1 },
    { path: 'fill.accidentDate', part: 'year', selector: `#${H}AccidentDate_Year`, count: 1 },
    { path: 'fill.patientAddress', selector: `#${H}STREET_ADDR`, count: 1 },
    { path: 'fill.patientCity', selector: `#${H}CITY`, count: 1 },
    { path: 'fill.patientState', selector: `#${H}STATE`, count: 1 },
    { path: 'fill.patientZip', selector: `#${H}ZIP`, count: 1 },
  ],
};
