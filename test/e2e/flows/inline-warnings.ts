import { expect } from 'vitest';
import type { ExtensionDriver } from '../support/driver';
import { finding, findingsShown, inlineUiWhere } from '../support/markers';
import { poll, shot } from './common';

// The real saved Office Ally page (its claim form inside iframe#Iframe9), typed key by key: the
// findings appear, and clear again as the claim is corrected.
const OA = 'ctl00_phFolderContent_ucHCFA_';
const OA_LINE = `#${OA}ucHCFALineItem_ucClaimLineItem_`;
const FORM = ['#Iframe9'];

export async function officeAllyWarningsFlow(d: ExtensionDriver, origin: string) {
  const page = await d.newPage();
  await page.setViewport(1280, 1000);
  await page.goto(`${origin}/pages/officeally-secure.html`);
  const form = { frames: FORM };
  const ui = inlineUiWhere(FORM);
  const findings = () => findingsShown(page, FORM);
  await page.typeInto(`#${OA}PRI_PATIENT_ID`, 'W123456789', form);
  await page.typeInto(`#${OA}DIAGNOSIS_CODECMS0212_1`, 'M545', form);
  await page.typeInto(`#${OA}REFER_PHYSICIAN_NPI`, '1528060837', form);
  for (const [row, code] of [
    [0, '97124'],
    [1, '97140'],
  ] as const) {
    await page.typeInto(`${OA_LINE}FM_DATE_OF_SVC_MONTH${row}`, '11', form);
    await page.typeInto(`${OA_LINE}FM_DATE_OF_SVC_DAY${row}`, '20', form);
    await page.typeInto(`${OA_LINE}FM_DATE_OF_SVC_YEAR${row}`, '2026', form);
    await page.typeInto(`${OA_LINE}CPT_CODE${row}`, code, form);
    await page.typeInto(`${OA_LINE}UNITS${row}`, '2', form);
    await page.typeInto(`${OA_LINE}DOS_DIAG_CODE${row}`, 'A', form);
  }
  await poll(findings).toEqual(expect.arrayContaining(['ncci-pair [0 1]', 'icd-invalid [0 1]']));
  // The finding names the rule and the lines; each finding element carries the DESIGN.md markers.
  await poll(() => page.text(finding('ncci-pair'), ui)).toContain('97124');
  await page.screenshot(shot(d, 'officeally-inline-warnings'));

  // Correct the claim: the specific low-back code, and XS on the column-2 line (separate regions).
  await page.typeInto(`#${OA}DIAGNOSIS_CODECMS0212_1`, 'M5450', form);
  await poll(findings).not.toContain('icd-invalid [0 1]');
  await page.typeInto(`${OA_LINE}MODIFIER_A0`, 'XS', form);
  await poll(() => page.attr(finding('ncci-pair'), 'class', ui)).toContain('info');
  // Drop the second line: the pair is gone.
  await page.typeInto(`${OA_LINE}CPT_CODE1`, '', form);
  await poll(findings).not.toContain('ncci-pair [0 1]');
  await page.close();
}
