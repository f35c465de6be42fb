import type { PortalAdapter } from './types';

// UnitedHealthcare Online "Claim Submission, HCFA 1500" (2016), Struts (reference/portals.md section 2a).
// Fixed 10 lines numbered 1..10 in the names; patient, member id, group and tax id are hidden inputs
// (named, no id) because an earlier member-lookup step filled them.
export const uhcLegacy: PortalAdapter = {
  id: 'uhc-legacy-2016',
  name: 'UnitedHealthcare Online HCFA 1500 (2016)',
  urls: [
    'https://*.unitedhealthcareonline.com/b2c/clmSubEnrollee.do*',
    'https://*.unitedhealthcareonline.com/b2c/submitClaim.do*',
  ],
  signature: 'input[name="txt_procCode1"]',
  fixtures: ['uhc-hcfa1500-2016.html'],
  fields: [
    {
      path: 'lines.#.from',
      part: 'month',
      selector: 'input[name^="txt_dosFrom"][name$="MM"]',
      index: /(\d+)MM$/,
      count: 10,
    },
    {
      path: 'lines.#.from',
      part: 'day',
      selector: 'input[name^="txt_dosFrom"][name$="DD"]',
      index: /(\d+)DD$/,
      count: 10,
    },
    {
      path: 'lines.#.from',
      part: 'year',
      selector: 'input[name^="txt_dosFrom"][name$="YYYY"]',
      index: /(\d+)YYYY$/,
      count: 10,
    },
    {
      path: 'lines.#.to',
      part: 'month',
      selector: 'input[name^="txt_dosTo"][name$="MM"]',
      index: /(\d+)MM$/,
      count: 10,
    },
    {
      path: 'lines.#.to',
      part: 'day',
      selector: 'input[name^="txt_dosTo"][name$="DD"]',
      index: /(\d+)DD$/,
      count: 10,
    },
    {
      path: 'lines.#.to',
      part: 'year',
      selector: 'input[name^="txt_dosTo"][name$="YYYY"]',
      index: /(\d+)YYYY$/,
      count: 10,
    },
    { path: 'lines.#.placeOfService', selector: 'input[name^="txt_pos"]', index: /(\d+)$/, count: 10 },
    { path: 'lines.#.code', selector: 'input[name^="txt_procCode"]', index: /(\d+)$/, count: 10 },
    // "modifer" is the portal's own spelling.
    { path: 'lines.#.modifiers', selector: 'input[name^="txt_modifer"]', index: /(\d+)[a-d]$/, count: 40 },
    // Twelve checkboxes a..l per line, valued 1..12.
    {
      path: 'lines.#.pointers',
      selector: 'input[type="checkbox"][name^="cb_diagnosisCode"]',
      index: /(\d+)[a-l]$/,
      count: 120,
    },
    { path: 'lines.#.charge', selector: 'input[name^="txt_charge"]', index: /(\d+)$/, count: 10 },
    { path: 'lines.#.units', selector: 'input[name^="txt_days"]', index: /(\d+)$/, count: 10 },
    { path: 'lines.*.renderingNpi', selector: 'input[name="txt_renderingPhysNPI"]', count: 1 },
    { path: 'diagnoses.#', selector: 'input[name^="txt_diagnosisText"]', index: /(\d+)$/, count: 12 },
    { path: 'referringProvider.lastName', selector: 'input[name="txt_referringPhysLName"]', count: 1 },
    { path: 'referringProvider.firstName', selector: 'input[name="txt_referringPhysFName"]', count: 1 },
    { path: 'referringProvider.npi', selector: 'input[name="txt_referringPhyNPI"]', count: 1 },
    { path: 'billingProvider.npi', selector: 'input[name="txt_billingNPI"]', count: 1 },
    { path: 'patient.lastName', selector: 'input[name="txt_patientLName"]', hidden: true, count: 1 },
    { path: 'patient.firstName', selector: 'input[name="txt_patientFName"]', hidden: true, count: 1 },
    {
      path: 'patient.birthDate',
      part: 'month',
      selector: 'input[name="txt_patientDOBMM"]',
      hidden: true,
      count: 1,
    },
    {
      path: 'patient.birthDate',
      part: 'day',
      selector: 'input[name="txt_patientDOBDD"]',
      hidden: true,
      count: 1,
    },
    {
      path: 'patient.birthDate',
      part: 'year',
      selector: 'input[name="txt_patientDOBYYYY"]',
      hidden: true,
      count: 1,
    },
    { path: 'patient.memberId', selector: 'input[name="txt_insuredID"]', hidden: true, count: 1 },
    { path: 'patient.groupNumber', selector: 'input[name="txt_insuredPolNo"]', hidden: true, count: 1 },
    { path: 'billingProvider.taxId', selector: 'input[name="txt_fedTaxID"]', hidden: true, count: 1 },
    // Fill-only boxes. Box 33's name and address and box 25 are hidden inputs here: never filled.
    { path: 'fill.taxonomy', selector: 'input[name="txt_taxonomy"]', count: 1 },
    { path: 'fill.renderingTaxonomy', selector: 'input[name="txt_taxonomy_R"]', count: 1 },
    { path: 'fill.claimNumber', selector: 'input[name="txt_otherClaimId"]', count: 1 },
    { path: 'fill.injuryDate', part: 'month', selector: 'input[name="txt_currentIllnessDateMM"]', count: 1 },
    { path: 'fill.injuryDate', part: 'day', selector: 'input[name="txt_currentIllnessDateDD"]', count: 1 },
    { path: 'fill.injuryDate', part: 'year', selector: 'input[name="txt_currentIllnessDateYYYY"]', count: 1 },
  ],
};
