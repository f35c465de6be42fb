import { mkdirSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';
import { shownFindings, typeInto } from './support/typing';

// Issue 5: the built extension fills claim forms from the seeded records, in a real Chromium: the real
// Office Ally page (inside iframe#Iframe9) and the UHC page, a React-controlled and an Angular-style form
// (their own page state is read back), a pre-typed box that is not overwritten without consent, Undo that
// puts every control back, rows added through the portal's own add-line control.

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const SHOTS = 'test-results/screenshots';
const now = new Date();
const day = (offset: number) => {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return [
    String(d.getFullYear()),
    String(d.getMonth() + 1).padStart(2, '0'),
    String(d.getDate()).padStart(2, '0'),
  ];
};
const [dosY, dosM, dosD] = day(-3); // Dana's unbilled session (demo data)
const [todayY, todayM, todayD] = day(0); // Marcus's session

function seed() {
  const doc = demoBackup(now) as unknown as {
    clients: Record<string, unknown>[];
    sessions: Record<string, unknown>[];
  };
  // A client with four service lines on one visit, for the form that starts with three rows.
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
        writtenOn: `${day(-30).join('-')}`,
        expiresOn: `${day(60).join('-')}`,
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
    date: day(-1).join('-'),
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

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    seed(),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Scope = Page | FrameLocator;
/** Every control's id/name, value and checked state, in document order (the page as a person sees it). */
async function snapshot(scope: Scope): Promise<string[]> {
  return scope.locator('input, select, textarea').evaluateAll((els) =>
    els.map((e) => {
      const i = e as HTMLInputElement;
      return `${i.id || i.name || i.getAttribute('formcontrolname')}=${i.value}|${i.checked}`;
    }),
  );
}
const value = (scope: Scope, selector: string) => scope.locator(selector).first().inputValue();
const checked = (scope: Scope, selector: string) => scope.locator(selector).first().isChecked();
const status = (scope: Scope) => scope.locator('[data-mba-panel] [role="status"].note').first().textContent();

const OA = 'ctl00_phFolderContent_ucHCFA_';
const OA_LINE = `#${OA}ucHCFALineItem_ucClaimLineItem_`;

describe('Office Ally, real saved page inside iframe#Iframe9', () => {
  test('one click fills every empty box from the records, findings follow; Undo puts the page back exactly', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/pages/officeally-secure.html`);
    const frame = page.frameLocator('#Iframe9');
    await typeInto(page, frame, `#${OA}PRI_PATIENT_ID`, 'XJH449120331');
    const before = await snapshot(frame);
    const fill = frame.locator('[data-action="autofill"]');
    await fill.waitFor();
    // The panel sits at the foot of the frame's viewport, and this frame is taller than the window.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `${SHOTS}/autofill-panel.png` });
    await fill.click();
    await expect.poll(() => status(frame)).toContain('Rivera, Dana');

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
      [`${OA_LINE}FM_DATE_OF_SVC_MONTH0`, dosM!],
      [`${OA_LINE}FM_DATE_OF_SVC_DAY0`, dosD!],
      [`${OA_LINE}FM_DATE_OF_SVC_YEAR0`, dosY!],
      [`${OA_LINE}TO_DATE_OF_SVC_YEAR0`, dosY!],
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
    for (const [selector, want] of expected) expect(await value(frame, selector), selector).toBe(want);
    expect(await checked(frame, `#${OA}HCFA_SSN_EIN2`)).toBe(true);
    // The findings are evaluated again on the filled claim (the pair, the expired Rx, the chiropractor visit).
    await expect
      .poll(() => shownFindings(frame))
      .toEqual(expect.arrayContaining(['ncci-pair [0 1]', 'rx-expired [0 1]', 'same-day-provider [0 1]']));
    await page.screenshot({ path: `${SHOTS}/autofill-filled.png` });

    await frame.locator('[data-action="undo-fill"]').click();
    await expect.poll(() => status(frame)).toContain('Fill undone');
    expect(await snapshot(frame)).toEqual(before);
    await page.close();
  });
});

describe('UnitedHealthcare, real saved page (windows-1252)', () => {
  test('no patient on the form to match: pick the client by name, then an auto claim fills 11b, box 14 and pointer boxes', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/portals/uhc-hcfa1500-2016.html`);
    const before = await snapshot(page);
    await page.locator('[data-action="autofill"]').click();
    // Before anything is typed, the clients with an unbilled session lately; then a name search.
    await page.locator('[data-mba-panel] [data-client="demo-marcus"]').waitFor();
    expect(await page.locator('[data-mba-panel] [data-client]').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/autofill-picker.png` });
    await page.locator('[data-mba-panel] input.search').fill('lee');
    await expect.poll(() => page.locator('[data-mba-panel] [data-client]').count()).toBe(1);
    await page.locator('[data-mba-panel] [data-client="demo-marcus"]').click();
    await expect.poll(() => status(page)).toContain('Lee, Marcus');
    // The patient is in hidden inputs here, so nothing on the form names Marcus: the client picked in the
    // panel stands for the patient, and the checks that need the records run.
    await expect.poll(() => shownFindings(page)).not.toContain('client-unmatched []');
    const expected: [string, string][] = [
      ['[name="txt_referringPhysLName"]', 'Patel'],
      ['[name="txt_referringPhyNPI"]', '1003347634'],
      ['[name="txt_diagnosisText1"]', 'S13.4XXD'],
      ['[name="txt_diagnosisText2"]', 'M54.2'],
      ['[name="txt_billingNPI"]', '1558598797'],
      ['[name="txt_taxonomy"]', '225700000X'],
      ['[name="txt_taxonomy_R"]', '225700000X'],
      ['[name="txt_renderingPhysNPI"]', '1003347634'],
      ['[name="txt_otherClaimId"]', 'PIP-2026-88412'],
      ['[name="txt_dosFrom1MM"]', todayM!],
      ['[name="txt_dosFrom1DD"]', todayD!],
      ['[name="txt_dosFrom1YYYY"]', todayY!],
      ['[name="txt_procCode1"]', '97124'],
      ['[name="txt_days1"]', '3'],
      ['[name="txt_charge1"]', '120.00'],
      ['[name="txt_procCode2"]', ''],
    ];
    for (const [selector, want] of expected) expect(await value(page, selector), selector).toBe(want);
    const [iy, im, id] = day(-40);
    expect(await value(page, '[name="txt_currentIllnessDateMM"]')).toBe(im);
    expect(await value(page, '[name="txt_currentIllnessDateDD"]')).toBe(id);
    expect(await value(page, '[name="txt_currentIllnessDateYYYY"]')).toBe(iy);
    expect(await checked(page, '[name="cb_diagnosisCode1a"]')).toBe(true);
    expect(await checked(page, '[name="cb_diagnosisCode1b"]')).toBe(false);
    // Patient, member id and tax id are hidden inputs on this page: never written.
    expect(await value(page, '[name="txt_insuredID"]')).toBe('');
    expect(await value(page, '[name="txt_fedTaxID"]')).toBe('');
    await page.locator('[data-mba-panel] details summary').click();
    await page.screenshot({ path: `${SHOTS}/autofill-uhc-filled.png` });
    await page.locator('[data-action="undo-fill"]').click();
    await expect.poll(() => status(page)).toContain('Fill undone');
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });
});

describe('Availity (React/MUI markup) inside iframe#newBodyFrame', () => {
  test('fills text boxes and autocompletes (pointers typed as the ICD code), billing provider and addresses', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/portals/availity-shell.html`);
    const frame = page.frameLocator('#newBodyFrame');
    await typeInto(page, frame, '[name="subscriber.memberId"]', 'XJH449120331');
    await frame.locator('[data-action="autofill"]').click();
    await expect.poll(() => status(frame)).toContain('Rivera, Dana');
    const sl = (n: number, key: string) => `[name="claimInformation.serviceLines.${n}.${key}"]`;
    const expected: [string, string][] = [
      ['[name="patient.lastName"]', 'Rivera'],
      ['[name="patient.birthDate"]', '04/12/1986'],
      ['[name="patient.addressLine1"]', '88 Alder Lane'],
      ['[name="patient.zipCode"]', '98403'],
      ['[name="subscriber.groupNumber"]', 'G-2201'],
      ['[name="claimInformation.referringProvider.npi"]', '1528060837'],
      ['[name="claimInformation.diagnoses.0.code"]', 'M54.50'],
      ['[name="claimInformation.diagnoses.1.code"]', 'M62.830'],
      [sl(0, 'fromDate'), `${dosM}/${dosD}/${dosY}`],
      [sl(0, 'toDate'), `${dosM}/${dosD}/${dosY}`],
      [sl(0, 'placeOfServiceCode'), '11'],
      [sl(0, 'procedureCode'), '97124'],
      [sl(0, 'diagnosisCodePointer1'), 'M54.50'],
      [sl(0, 'amount'), '40.00'],
      [sl(0, 'quantity'), '1'],
      [sl(1, 'procedureCode'), '97140'],
      ['[name="billingProvider.npi"]', '1558598797'],
      ['[name="billingProvider.taxId.ein"]', '841234567'],
      ['[name="billingProvider.lastName"]', 'Harbor Street Massage Therapy'],
      ['[name="billingProvider.addressLine1"]', '214 Harbor Street Suite 3'],
      ['[name="billingProvider.stateCode"]', 'WA'],
      // Already showing the practice's taxonomy as its option label: left as it is.
      ['[name="billingProvider.specialtyCode"]', '225700000X - Massage Therapist'],
    ];
    for (const [selector, want] of expected) expect(await value(frame, selector), selector).toBe(want);
    await page.close();
  });
});

describe('a React-controlled form', () => {
  test("the page's own state holds the filled values; a pre-typed box is asked about, replaced only when ticked", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/portals/react-controlled.html`);
    // The biller typed the patient's name, birth date and a member id from an old card.
    await typeInto(page, page, '#patientLastName', 'Rivera');
    await typeInto(page, page, '#patientDob', '04/12/1986');
    await typeInto(page, page, '#memberId', 'W999');
    await page.locator('[data-action="autofill"]').click();
    const conflict = page.locator('[data-mba-panel] [data-conflict="Member ID"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('W999 → XJH449120331');
    await page.screenshot({ path: `${SHOTS}/autofill-conflict.png` });
    const state = async () =>
      JSON.parse(await page.evaluate(() => (window as unknown as { __claimState: string }).__claimState));
    expect(await state()).toMatchObject({
      patientLastName: 'Rivera',
      patientFirstName: 'Dana',
      memberId: 'W999',
      groupNumber: 'G-2201',
      referringLastName: 'Okafor',
      referringNpi: '1528060837',
      billingNpi: '1558598797',
      federalTaxId: '841234567',
      taxIdType: 'EIN',
      'diagnoses[0]': 'M54.50',
      'serviceLines[0].fromDate': `${dosM}/${dosD}/${dosY}`,
      'serviceLines[0].pos': '11',
      'serviceLines[0].procedureCode': '97124',
      'serviceLines[0].diagnosisPointer': 'A',
      'serviceLines[0].units': '1',
      'serviceLines[0].charges': '40.00',
      'serviceLines[1].procedureCode': '97140',
    });
    expect(await value(page, '#memberId')).toBe('W999');
    await conflict.locator('input').check();
    await page.locator('[data-action="replace-conflicts"]').click();
    await expect.poll(async () => (await state()).memberId).toBe('XJH449120331');
    await page.close();
  });
});

describe('an Angular-style reactive form', () => {
  test('the model holds the filled values (blur formatting kept); Undo restores every control', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/portals/angular-reactive.html`);
    await typeInto(page, page, '#mid', 'EV-55120');
    const before = await snapshot(page);
    await page.locator('[data-action="autofill"]').click();
    await expect.poll(() => status(page)).toContain('Lee, Marcus');
    const model = JSON.parse(
      await page.evaluate(() => (window as unknown as { __ngModel: string }).__ngModel),
    );
    expect(model).toMatchObject({
      patientLastName: 'Lee',
      patientFirstName: 'Marcus',
      dobMonth: '09',
      dobDay: '30',
      dobYear: '1979',
      referringLastName: 'Patel',
      taxId: '84-1234567',
      taxIdKind: 'EIN',
      Diag_1_21: 'S13.4XXD',
      lines: [
        {
          dateOfService: `${todayY}-${todayM}-${todayD}`,
          placeOfService: '11',
          cptCode: '97124',
          ptrA: true,
          units: '3',
          charges: '120.00',
        },
        {},
      ],
    });
    expect(await page.locator('#pln').getAttribute('class')).toContain('ng-touched');
    await page.locator('[data-action="undo-fill"]').click();
    await expect.poll(() => status(page)).toContain('Fill undone');
    expect(await snapshot(page)).toEqual(before);
    await page.close();
  });
});

describe("rows added through the portal's own add-line control", () => {
  test('a four-line session on a form with three rows: one row is added, all four lines fill', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/portals/uhc-linkhealth-claim.html`);
    await typeInto(page, page, '#subscriber-id', 'UHC7781234');
    await page.locator('[data-action="autofill"]').click();
    await expect.poll(() => status(page)).toContain('adding 1 row');
    expect(await page.locator('.service-line').count()).toBe(4);
    expect(await value(page, '#cpt-hcpc-code-data-3')).toBe('97010');
    expect(await value(page, '#input-diagnosis-1-3')).toBe('2');
    expect(await value(page, '#input-modifier-1-1')).toBe('59');
    expect(await value(page, '#charge-value-2')).toBe('42.00');
    await page.locator('[data-action="undo-fill"]').click();
    await expect.poll(() => status(page)).toContain('added row stays');
    expect(await value(page, '#cpt-hcpc-code-data-3')).toBe('');
    await page.close();
  });
});

describe('the keyboard command and the context menu', () => {
  test('run the same fill as the button (what the background sends the tab)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/demo/claim.html`);
    await typeInto(page, page, '#memberId', 'XJH449120331');
    await page.locator('[data-action="autofill"]').waitFor();
    await page.bringToFront();
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { triggerFill(): Promise<void> }).triggerFill(),
    );
    await expect.poll(() => value(page, '#patientLast')).toBe('Rivera');
    await page.close();
  });
});
