import type { PortalAdapter } from './types';

// Availity Essentials professional claim (React + MUI), reference/portals.md section 3. The app runs in
// iframe#newBodyFrame, whose src contains "claims-ui"; names are react-hook-form paths with a 0-based
// line index in the middle.
const ROW = /serviceLines\.(\d+)\./;
const SL = 'claimInformation.serviceLines.';

export const availity: PortalAdapter = {
  id: 'availity',
  name: 'Availity Essentials professional claim',
  urls: ['https://*.availity.com/*claims-ui*'],
  frame: 'iframe#newBodyFrame',
  signature: `input[name="${SL}0.procedureCode"]`,
  fixtures: ['availity-professional-claim.html'],
  fields: [
    { path: 'lines.#.from', selector: `input[name^="${SL}"][name$=".fromDate"]`, index: ROW, count: 2 },
    { path: 'lines.#.to', selector: `input[name^="${SL}"][name$=".toDate"]`, index: ROW, count: 2 },
    {
      path: 'lines.#.placeOfService',
      selector: `input[name^="${SL}"][name$=".placeOfServiceCode"]`,
      index: ROW,
      count: 2,
    },
    { path: 'lines.#.code', selector: `input[name^="${SL}"][name$=".procedureCode"]`, index: ROW, count: 2 },
    {
      path: 'lines.#.modifiers',
      selector: `input[name^="${SL}"][name*=".modifierCode"]`,
      index: ROW,
      count: 8,
    },
    // Typed as the ICD code itself (autocomplete), not a letter.
    {
      path: 'lines.#.pointers',
      selector: `input[name^="${SL}"][name*=".diagnosisCodePointer"]`,
      index: ROW,
      count: 8,
    },
    { path: 'lines.#.charge', selector: `input[name^="${SL}"][name$=".amount"]`, index: ROW, count: 2 },
    { path: 'lines.#.units', selector: `input[name^="${SL}"][name$=".quantity"]`, index: ROW, count: 2 },
    {
      path: 'lines.*.placeOfService',
      selector: 'input[name="claimInformation.placeOfServiceCode"]',
      count: 1,
    },
    {
      path: 'diagnoses.#',
      selector: 'input[name^="claimInformation.diagnoses."][name$=".code"]',
      index: /diagnoses\.(\d+)\./,
      count: 4,
    },
    { path: 'patient.lastName', selector: 'input[name="patient.lastName"]', count: 1 },
    { path: 'patient.firstName', selector: 'input[name="patient.firstName"]', count: 1 },
    { path: 'patient.birthDate', selector: 'input[name="patient.birthDate"]', count: 1 },
    { path: 'patient.memberId', selector: 'input[name="subscriber.memberId"]', count: 1 },
    { path: 'patient.groupNumber', selector: 'input[name="subscriber.groupNumber"]', count: 1 },
    {
      path: 'referringProvider.lastName',
      selector: 'input[name="claimInformation.referringProvider.lastName"]',
      count: 1,
    },
    {
      path: 'referringProvider.firstName',
      selector: 'input[name="claimInformation.referringProvider.firstName"]',
      count: 1,
    },
    {
      path: 'referringProvider.npi',
      selector: 'input[name="claimInformation.referringProvider.npi"]',
      count: 1,
    },
    { path: 'billingProvider.npi', selector: 'input[name="billingProvider.npi"]', count: 1 },
    {
      path: 'billingProvider.taxId',
      selector: 'input[name="billingProvider.taxId.ein"], input[name="billingProvider.taxId.ssn"]',
      count: 1,
    },
    // Fill-only: the billing provider's organisation name and taxonomy (specialty code, an autocomplete).
    { path: 'fill.billingName', selector: 'input[name="billingProvider.lastName"]', count: 1 },
    { path: 'fill.taxonomy', selector: 'input[name="billingProvider.specialtyCode"]', count: 1 },
    { path: 'fill.billingAddress', selector: 'input[name="billingProvider.addressLine1"]', count: 1 },
    { path: 'fill.billingCity', selector: 'input[name="billingProvider.city"]', count: 1 },
    { path: 'fill.billingState', selector: 'input[name="billingProvider.stateCode"]', count: 1 },
    { path: 'fill.billingZip', selector: 'input[name="billingProvider.zipCode"]', count: 1 },
    { path: 'fill.patientAddress', selector: 'input[name="patient.addressLine1"]', count: 1 },
    { path: 'fill.patientCity', selector: 'input[name="patient.city"]', count: 1 },
    { path: 'fill.patientState', selector: 'input[name="patient.stateCode"]', count: 1 },
    { path: 'fill.patientZip', selector: 'input[name="patient.zipCode"]', count: 1 },
  ],
};
