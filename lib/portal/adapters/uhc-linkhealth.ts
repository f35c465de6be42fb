import type { PortalAdapter } from './types';

// UnitedHealthcare's 2019-2020 claim submission app (provider-apps.linkhealth.com), reference/portals.md
// section 2b: kebab ids with a 0-based row suffix. Only the line and box 21 ids are known from a public
// extension; the fixture's other ids are written in the same style.
const ROW = /-(\d+)$/;

export const uhcLinkhealth: PortalAdapter = {
  id: 'uhc-linkhealth',
  name: 'UnitedHealthcare claim submission (linkhealth, kebab ids)',
  urls: ['https://provider-apps.linkhealth.com/*', 'https://*.linkhealth.com/*claim*'],
  signature: '#cpt-hcpc-code-data-0',
  fixtures: ['uhc-linkhealth-claim.html'],
  addLine: '#servicelines-add-row-button',
  fields: [
    { path: 'lines.#.from', selector: '[id^="input-from-"]', index: ROW, count: 3 },
    { path: 'lines.#.to', selector: '[id^="input-to-"]', index: ROW, count: 3 },
    { path: 'lines.#.code', selector: '[id^="cpt-hcpc-code-data-"]', index: ROW, count: 3 },
    { path: 'lines.#.modifiers', selector: '[id^="input-modifier-"]', index: ROW, count: 12 },
    // Four boxes per line holding pointer numbers 1-4.
    { path: 'lines.#.pointers', selector: '[id^="input-diagnosis-"]', index: ROW, count: 12 },
    { path: 'lines.#.units', selector: '[id^="daysorunits-input-"]', index: ROW, count: 3 },
    { path: 'lines.#.charge', selector: '[id^="charge-value-"]', index: ROW, count: 3 },
    { path: 'diagnoses.#', selector: '[id^="diagnosis-code-data-"]', index: ROW, count: 12 },
  ],
};
