import type { AdapterField, PortalAdapter } from './types';
import type { DatePart } from '../types';

// Office Ally online CMS-1500 (02/12) entry, ASP.NET WebForms (docs/reference/portals.md section 1). The form is
// the document inside `iframe#Iframe9`. Ids are stable from 2016 to 2026 (bots dated 2022-2026 use them).
const H = 'ctl00_phFolderContent_ucHCFA_';
const L = `${H}ucHCFALineItem_ucClaimLineItem_`;
const ROW = /(\d+)$/;

/** A box-24 field: every element whose id starts with the line prefix and `stem` (12 rows in the fixture). */
const line = (key: string, stem: string, count = 12, part?: DatePart): AdapterField => ({
  path: `lines.#.${key}`,
  selector: `[id^="${L}${stem}"]`,
  index: ROW,
  count,
  ...(part ? { part } : {}),
});
/** A claim-level field by its id suffix. */
const one = (path: string, id: string, count = 1, part?: DatePart): AdapterField => ({
  path,
  selector: `#${H}${id}`,
  count,
  ...(part ? { part } : {}),
});
const DAY: DatePart[] = ['month', 'day', 'year'];
/** A date split in three boxes: `<stem>_Month`, `_Day`, `_Year` (WebForms date control). */
const date = (path: string, stem: string, count = 1) =>
  DAY.map((part) => one(path, `${stem}_${part[0]!.toUpperCase()}${part.slice(1)}`, count, part));

export const officeAlly: PortalAdapter = {
  id: 'officeally',
  name: 'Office Ally (CMS-1500 02/12 online entry)',
  urls: [
    'https://*.officeally.com/oa/Claims/OA_EditClaim_HCFA.aspx*',
    'https://*.officeally.com/*/EditClaim_HCFARefactor.aspx*',
  ],
  frame: 'iframe#Iframe9',
  signature: `[id="${L}CPT_CODE0"]`,
  addLine: '#btnAddRow',
  fields: [
    ...DAY.map((part) => line('from', `FM_DATE_OF_SVC_${part.toUpperCase()}`, 12, part)),
    ...DAY.map((part) => line('to', `TO_DATE_OF_SVC_${part.toUpperCase()}`, 12, part)),
    line('placeOfService', 'PLACE_OF_SVC'),
    line('code', 'CPT_CODE'),
    line('modifiers', 'MODIFIER_', 48),
    line('pointers', 'DOS_DIAG_CODE'),
    line('charge', 'DOS_CHRG'),
    line('units', 'UNITS'),
    line('renderingNpi', 'RENDERING_PHYSICIAN_NPI'),
    // Box 21 of the 02/12 form; the hidden 08/05 duplicates DIAGNOSIS_CODE1..8 are not matched.
    { path: 'diagnoses.#', selector: `[id^="${H}DIAGNOSIS_CODECMS0212_"]`, index: /_(\d+)$/, count: 12 },
    one('patient.memberId', 'PRI_PATIENT_ID'),
    one('patient.lastName', 'LAST_NAME'),
    one('patient.firstName', 'FIRST_NAME'),
    // Script-rendered on the live site (four bots use it); absent from the 2016 saved copy.
    ...date('patient.birthDate', 'PATIENT_BIRTHDATE', 0),
    one('patient.groupNumber', 'PRI_FECA_GRP_NUM'),
    // Box 17 despite the "Order" in the names; ORDERING_LAST/NPI further down are another section.
    one('referringProvider.lastName', 'OrderLast0212'),
    one('referringProvider.firstName', 'OrderFirst0212'),
    one('referringProvider.npi', 'REFER_PHYSICIAN_NPI'),
    one('billingProvider.npi', 'SUPPLIER_NPI'),
    one('billingProvider.taxId', 'HCFA_TAX_ID'),
    // Fill-only boxes (lib/portal types FillKey).
    { path: 'fill.taxIdKind', selector: `[id^="${H}HCFA_SSN_EIN"]`, count: 2 },
    one('fill.renderingTaxonomy', 'RENDERING_PHYSICIAN_TAXONOMY'),
    one('fill.billingName', 'SUPPLIER_1'),
    one('fill.billingAddress', 'SUPPLIER_3'),
    one('fill.billingCity', 'SUPPLIER_CITY'),
    one('fill.billingState', 'SUPPLIER_STATE'),
    one('fill.billingZip', 'SUPPLIER_ZIP'),
    one('fill.claimNumber', 'txtOtherClaimID'),
    one('fill.claimNumberQual', 'selOtherClaimQual'),
    // Box 14's date boxes are script-rendered (a bot names them); the qualifier select is in the copy.
    ...date('fill.injuryDate', 'DATE_OF_CURRENT', 0),
    one('fill.injuryDateQual', 'selDateOfCurrentQual'),
    ...date('fill.accidentDate', 'AccidentDate'),
    one('fill.patientAddress', 'STREET_ADDR'),
    one('fill.patientCity', 'CITY'),
    one('fill.patientState', 'STATE'),
    one('fill.patientZip', 'ZIP'),
  ],
};
