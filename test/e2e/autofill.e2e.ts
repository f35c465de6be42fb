import { mkdirSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { chromiumDriver } from './support/chromium-driver';
import {
  FILL,
  fillFrame,
  inlineUi,
  PANEL_STATUS,
  pressLikeAPerson,
  shownFindings,
  UNDO_FILL,
} from './support/markers';
import { startFixtureServer } from './support/server';
import { shownText } from '../../components/inline/testing/shown-text';
import { typeInto } from './support/typing';
import { autofillRecords, keyboardCommandFillFlow, officeAllyFillAndUndoFlow } from './flows/autofill-undo';
import { dayParts } from './flows/common';

// The built extension fills claim forms from the seeded records, in a real Chromium: the real Office Ally
// page (inside iframe#Iframe9) and the UHC page, a React-controlled and an Angular-style form (their own
// page state is read back), a pre-typed box that is not overwritten without consent, Undo that puts every
// control back, rows added through the portal's own add-line control. The Office Ally fill and the
// keyboard command are shared with Firefox (flows/autofill-undo.ts, firefox.e2e.ts).

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const SHOTS = 'test-results/screenshots';
const now = new Date();
const day = (offset: number) => dayParts(now, offset);
const [dosY, dosM, dosD] = day(-3); // Dana's unbilled session (demo data)
const [todayY, todayM, todayD] = day(0); // Marcus's session

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    autofillRecords(now),
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
const status = (scope: Scope) => inlineUi(scope).locator(PANEL_STATUS).first().evaluate(shownText);
/** The client the fill frame says the fill was for. */
const filledFor = (scope: Scope) => fillFrame(scope).locator('[data-filled-for]').textContent();
/** A marker of the inline UI (the panel, its controls) on the portal page or frame `scope`. */
const ui = (scope: Scope, selector: string) => inlineUi(scope).locator(selector);

describe('Office Ally, real saved page inside iframe#Iframe9', () => {
  test('one click fills every empty box from the records, findings follow; Undo puts the page back exactly', () =>
    officeAllyFillAndUndoFlow(chromiumDriver(browser), server.origin, now));
});

describe('UnitedHealthcare, real saved page (windows-1252)', () => {
  test('no patient on the form to match: pick the client by name, then an auto claim fills 11b, box 14 and pointer boxes', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/portals/uhc-hcfa1500-2016.html`);
    const before = await snapshot(page);
    await pressLikeAPerson(ui(page, FILL));
    // Before anything is typed, the clients with an unbilled session lately; then a name search. The
    // picker is the fill frame's (an extension page): the portal's document never holds a client's name.
    const picker = fillFrame(page);
    await picker.locator('[data-client="demo-marcus"]').waitFor();
    expect(await picker.locator('[data-client]').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/autofill-picker.png` });
    await picker.locator('input.search').fill('lee');
    await expect.poll(() => picker.locator('[data-client]').count()).toBe(1);
    await pressLikeAPerson(picker.locator('[data-client="demo-marcus"]'));
    await expect.poll(() => filledFor(page)).toContain('Lee, Marcus');
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
    await ui(page, '[data-mba-panel] details summary').click();
    await page.screenshot({ path: `${SHOTS}/autofill-uhc-filled.png` });
    await ui(page, UNDO_FILL).click();
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
    await pressLikeAPerson(ui(frame, FILL));
    await expect.poll(() => filledFor(frame)).toContain('Rivera, Dana');
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
    await pressLikeAPerson(ui(page, FILL));
    const conflict = fillFrame(page).locator('[data-conflict="Member ID"]');
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
    await pressLikeAPerson(fillFrame(page).locator('[data-action="replace-conflicts"]'));
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
    await pressLikeAPerson(ui(page, FILL));
    await expect.poll(() => filledFor(page)).toContain('Lee, Marcus');
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
    await ui(page, UNDO_FILL).click();
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
    await pressLikeAPerson(ui(page, FILL));
    await expect.poll(() => status(page)).toContain('adding 1 row');
    expect(await page.locator('.service-line').count()).toBe(4);
    expect(await value(page, '#cpt-hcpc-code-data-3')).toBe('97010');
    expect(await value(page, '#input-diagnosis-1-3')).toBe('2');
    expect(await value(page, '#input-modifier-1-1')).toBe('59');
    expect(await value(page, '#charge-value-2')).toBe('42.00');
    await ui(page, UNDO_FILL).click();
    await expect.poll(() => status(page)).toContain('added row stays');
    expect(await value(page, '#cpt-hcpc-code-data-3')).toBe('');
    await page.close();
  });
});

describe('the keyboard command and the context menu', () => {
  test('run the same fill as the button (what the background sends the tab)', () =>
    keyboardCommandFillFlow(chromiumDriver(browser), server.origin));
});
