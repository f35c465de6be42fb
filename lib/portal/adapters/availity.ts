import type { AdapterField, PortalAdapter } from './types';

// Availity Essentials professional claim (React + MUI), docs/reference/portals.md section 3. The app runs in
// iframe#newBodyFrame, whose src contains "claims-ui"; names are react-hook-form paths with a 0-based
// line index in the middle.
const ROW = /serviceLines\.(\d+)\./;
const SL = 'claimInformation.serviceLines.';

/** A service-line field: `claimInformation.serviceLines.<n>.<name>` (`*=` for numbered slots). */
const line = (key: string, name: string, count = 2, op = '$='): AdapterField => ({
  path: `lines.#.${key}`,
  selector: `input[name^="${SL}"][name${op}".${name}"]`,
  index: ROW,
  count,
});
/** A field by its exact name. */
const named = (path: string, name: string): AdapterField => ({
  path,
  selector: `input[name="${name}"]`,
  count: 1,
});

export const availity: PortalAdapter = {
  id: 'availity',
  name: 'Availity Essentials professional claim',
  urls: ['https://*.availity.com/*claims-ui*'],
  frame: 'iframe#newBodyFrame',
  signature: `input[name="${SL}0.procedureCode"]`,
  fields: [
    line('from', 'fromDate'),
    line('to', 'toDate'),
    line('placeOfService', 'placeOfServiceCode'),
    line('code', 'procedureCode'),
    line('modifiers', 'modifierCode', 8, '*='),
    // Typed as the ICD code itself (autocomplete), not a letter.
    line('pointers', 'diagnosisCodePointer', 8, '*='),
    line('charge', 'amount'),
    line('units', 'quantity'),
    named('lines.*.placeOfService', 'claimInformation.placeOfServiceCode'),
    {
      path: 'diagnoses.#',
      selector: 'input[name^="claimInformation.diagnoses."][name$=".code"]',
      index: /diagnoses\.(\d+)\./,
      count: 4,
    },
    named('patient.lastName', 'patient.lastName'),
    named('patient.firstName', 'patient.firstName'),
    named('patient.birthDate', 'patient.birthDate'),
    named('patient.memberId', 'subscriber.memberId'),
    named('patient.groupNumber', 'subscriber.groupNumber'),
    named('referringProvider.lastName', 'claimInformation.referringProvider.lastName'),
    named('referringProvider.firstName', 'claimInformation.referringProvider.firstName'),
    named('referringProvider.npi', 'claimInformation.referringProvider.npi'),
    named('billingProvider.npi', 'billingProvider.npi'),
    {
      path: 'billingProvider.taxId',
      selector: 'input[name="billingProvider.taxId.ein"], input[name="billingProvider.taxId.ssn"]',
      count: 1,
    },
    // Fill-only: the billing provider's organisation name, taxonomy (specialty code, an autocomplete) and
    // address, and the patient's address.
    named('fill.billingName', 'billingProvider.lastName'),
    named('fill.taxonomy', 'billingProvider.specialtyCode'),
    ...(['billing', 'patient'] as const).flatMap((who) => {
      const at = who === 'billing' ? 'billingProvider' : 'patient';
      return [
        named(`fill.${who}Address`, `${at}.addressLine1`),
        named(`fill.${who}City`, `${at}.city`),
        named(`fill.${who}State`, `${at}.stateCode`),
        named(`fill.${who}Zip`, `${at}.zipCode`),
      ];
    }),
  ],
};
