import { expect } from 'vitest';
import { demoBackup } from '../../../demo/demo-data.mjs';
import type { DriverPage, ExtensionDriver, Where } from '../support/driver';
import {
  FILL,
  FILLED_FOR,
  fillFrameWhere,
  findingsShown,
  inlineUiWhere,
  PANEL_STATUS,
  UNDO_FILL,
} from '../support/markers';
import { dayParts, poll, shot } from './common';

/** The demo records plus a client with four service lines on one visit (for the form with three rows). */
export function autofillRecords(now: Date) {
  const day = (offset: number) => dayParts(now, offset).join('-');
  const doc = demoBackup(now) as unknown as {
    clients: Record<string, unknown>[];
    sessions: Record<string, unknown>[];
  };
  doc.clients.push({
    id: 'e2e-ana',
    firstName: 'Ana',
    lastName: 'Okoye',
    birthDate: '1990-02-14',
    address: { line1: '', line2: '', city: '', state: '', zip: '' },
    phone: '',
    payer: { name: 'UHC', memberId: 'UHC7781234', groupNumber: '', claimKind: 'health', claimNumber: '' },
    eligibility: { notes: '' },
    prescriptions: [
      {
        id: 'e2e-rx',
        prescriber: { firstName: 'Grace', lastName: 'Okafor', npi: '1528060837', credential: 'MD' },
        writtenOn: day(-30),
        expiresOn: day(60),
        diagnoses: ['M54.50', 'M62.830'],
        frequency: '',
        notes: '',
      },
    ],
    otherVisits: [],
  });
  doc.sessions.push({
    id: 'e2e-ana-s1',
    clientId: 'e2e-ana',
    date: day(-1),
    minutes: 90,
    placeOfService: '11',
    lines: ['97124', '97140', '97124', '97010'].map((code, i) => ({
      code,
      units: 1,
      modifiers: i === 1 ? ['59'] : [],
      charge: 40 + i,
      pointers: i === 3 ? [2] : [1],
    })),
    status: 'done',
    soapNotesDone: true,
    denialCodes: [],
  });
  return doc;
}

/** Every control's id/name, value and checked state, in document order (the page as a person sees it). */
export function formSnapshot(page: DriverPage, where?: Where): Promise<string[]> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('input, select, textarea')].map((e) => {
        const i = e as HTMLInputElement;
        return `${i.id || i.name || i.getAttribute('formcontrolname')}=${i.value}|${i.checked}`;
      }),
    undefined,
    where,
  );
}

const OA = 'ctl00_phFolderContent_ucHCFA_';
const OA_LINE = `#${OA}ucHCFALineItem_ucClaimLineItem_`;
const FORM = ['#Iframe9'];

/**
 * The real Office Ally page: one click fills every empty box from the records (seeded with
 * autofillRecords), the findings follow the filled claim, and Undo puts every control back exactly.
 */
export async function officeAllyFillAndUndoFlow(d: ExtensionDriver, origin: string, now: Date) {
  const [dosY, dosM, dosD] = dayParts(now, -3); // Dana's unbilled session (demo data)
  const page = await d.newPage();
  await page.setViewport(1280, 1000);
  await page.goto(`${origin}/pages/officeally-secure.html`);
  const form = { frames: FORM };
  const ui = inlineUiWhere(FORM);
  await page.typeInto(`#${OA}PRI_PATIENT_ID`, 'XJH449120331', form);
  const before = await formSnapshot(page, form);
  await page.waitFor(FILL, ui);
  // The panel sits at the foot of the frame's viewport, and this frame is taller than the window.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.screenshot(shot(d, 'autofill-panel'));
  await page.press(FILL, ui);
  await poll(() => page.text(PANEL_STATUS, { ...ui, nth: 0 })).toMatch(/^Filled \d+ boxes/);
  // Who it was for is said in the fill frame (an extension page), never in the portal's document.
  await poll(() => page.text(FILLED_FOR, fillFrameWhere(FORM))).toContain('Rivera, Dana');

  const expected: [string, string][] = [
    [`#${OA}LAST_NAME`, 'Rivera'],
    [`#${OA}FIRST_NAME`, 'Dana'],
    [`#${OA}PRI_FECA_GRP_NUM`, 'G-2201'],
    [`#${OA}STREET_ADDR`, '88 Alder Lane'],
    [`#${OA}CITY`, 'Tacoma'],
    [`#${OA}STATE`, 'WA'],
    [`#${OA}ZIP`, '98403'],
    [`#${OA}OrderLast0212`, 'Okafor'],
    [`#${OA}OrderFirst0212`, 'Grace'],
    [`#${OA}REFER_PHYSICIAN_NPI`, '1528060837'],
    [`#${OA}DIAGNOSIS_CODECMS0212_1`, 'M54.50'],
    [`#${OA}DIAGNOSIS_CODECMS0212_2`, 'M62.830'],
    [`#${OA}HCFA_TAX_ID`, '841234567'],
    [`#${OA}SUPPLIER_NPI`, '1558598797'],
    [`#${OA}SUPPLIER_1`, 'Harbor Street Massage Therapy'],
    [`#${OA}SUPPLIER_3`, '214 Harbor Street Suite 3'],
    [`#${OA}SUPPLIER_CITY`, 'Tacoma'],
    [`#${OA}SUPPLIER_STATE`, 'WA'],
    [`#${OA}SUPPLIER_ZIP`, '98402'],
    [`#${OA}RENDERING_PHYSICIAN_TAXONOMY`, '225700000X'],
    [`${OA_LINE}FM_DATE_OF_SVC_MONTH0`, dosM],
    [`${OA_LINE}FM_DATE_OF_SVC_DAY0`, dosD],
    [`${OA_LINE}FM_DATE_OF_SVC_YEAR0`, dosY],
    [`${OA_LINE}TO_DATE_OF_SVC_YEAR0`, dosY],
    [`${OA_LINE}PLACE_OF_SVC0`, '11'],
    [`${OA_LINE}CPT_CODE0`, '97124'],
    [`${OA_LINE}DOS_DIAG_CODE0`, 'A'],
    [`${OA_LINE}UNITS0`, '1'],
    [`${OA_LINE}DOS_CHRG0`, '40.00'],
    [`${OA_LINE}RENDERING_PHYSICIAN_NPI0`, '1003347634'],
    [`${OA_LINE}CPT_CODE1`, '97140'],
    [`${OA_LINE}DOS_CHRG1`, '45.00'],
    [`${OA_LINE}CPT_CODE2`, ''],
  ];
  for (const [selector, want] of expected)
    expect(await page.value(selector, { ...form, nth: 0 }), selector).toBe(want);
  expect(await page.checked(`#${OA}HCFA_SSN_EIN2`, form)).toBe(true);
  // The findings are evaluated again on the filled claim (the pair, the expired Rx, the chiropractor visit).
  await poll(() => findingsShown(page, FORM)).toEqual(
    expect.arrayContaining(['ncci-pair [0 1]', 'rx-expired [0 1]', 'same-day-provider [0 1]']),
  );
  await page.screenshot(shot(d, 'autofill-filled'));

  await page.click(UNDO_FILL, ui);
  await poll(() => page.text(PANEL_STATUS, { ...ui, nth: 0 })).toContain('Fill undone');
  expect(await formSnapshot(page, form)).toEqual(before);
  await page.close();
}

/** The keyboard command and the context menu run the same fill as the button (what the background sends the tab). */
export async function keyboardCommandFillFlow(d: ExtensionDriver, origin: string) {
  const page = await d.newPage();
  await page.goto(`${origin}/demo/claim.html`);
  await page.typeInto('#memberId', 'XJH449120331');
  await page.waitFor(FILL, inlineUiWhere());
  await page.bringToFront();
  await d.triggerFill();
  await poll(() => page.value('#patientLast')).toBe('Rivera');
  await page.close();
}
