import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateClaimPage } from '../fixtures/generate';
import { autofillRecords } from './flows/autofill-undo';
import { defineOurElementNamesFirst } from './support/attacker';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import {
  FILL,
  FILLED_FOR,
  fillFrame,
  inlineUi,
  PANEL_STATUS,
  pressLikeAPerson,
  SETTLE_MS,
} from './support/markers';
import { startFixtureServer } from './support/server';
import { shownText } from '../../components/inline/testing/shown-text';
import { typeInto } from './support/typing';

// The portal page plays the attacker, in a real Chromium with the extension loaded. Each test is one
// attack the in-page UI must defeat (what a page script can do to our host, our fill controls and the
// boxes a fill writes into, and a claim built to stall the background). The e2e build's shadow root is
// open so that the tests can find our controls; a test that needs the page to reach one says so.

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const SHOTS = 'test-results/screenshots';
const HOST = 'div[data-mba-host="mba-claim-check"]';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    autofillRecords(new Date()),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ui = (page: Page, selector: string) => inlineUi(page).locator(selector);
const value = (page: Page, selector: string) => page.locator(selector).inputValue();

/** The React form with Dana Rivera's name, birth date and member id typed: a fill has a client to use. */
async function danaOnReactForm(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/portals/react-controlled.html`);
  await typeInto(page, page, '#patientLastName', 'Rivera');
  await typeInto(page, page, '#patientDob', '04/12/1986');
  await typeInto(page, page, '#memberId', 'XJH449120331');
  await ui(page, FILL).waitFor();
}

describe('a page that defines our element name first, to keep attachInternals()', () => {
  test('gets nothing: our host is a plain div it cannot construct or upgrade', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(defineOurElementNamesFirst);
    await danaOnReactForm(page);
    expect(await page.evaluate(() => (window as unknown as { __stolen: unknown[] }).__stolen.length)).toBe(0);
    expect(await page.locator('mba-claim-check').count()).toBe(0);
    expect(await page.locator(HOST).evaluate((el) => el.tagName)).toBe('DIV');
    await page.close();
  });
});

describe('a page that tries to turn a person action into a fill', () => {
  test('a decoy laid over the Fill button (clicks pass through it) gets no fill; once it is gone, a click fills', async () => {
    const page = await browser.context.newPage();
    await danaOnReactForm(page);
    await typeInto(page, page, '#groupNumber', '');
    // The page draws "Continue" over our button, letting clicks through to it.
    await page.evaluate((host) => {
      const button = document.querySelector(host)!.shadowRoot!.querySelector('[data-action="autofill"]')!;
      const r = button.getBoundingClientRect();
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Continue';
      decoy.setAttribute(
        'style',
        `position:fixed;left:${r.left - 4}px;top:${r.top - 4}px;width:${r.width + 8}px;height:${r.height + 8}px;` +
          'z-index:2147483647;pointer-events:none;background:#2e7d32;color:#fff;font:16px sans-serif',
      );
      document.body.append(decoy);
    }, HOST);
    await page.screenshot({ path: `${SHOTS}/attack-decoy.png` });
    await pressLikeAPerson(ui(page, FILL));
    await expect
      .poll(() => ui(page, '.autofill .note').first().evaluate(shownText))
      .toMatch(/covers the button/);
    expect(await value(page, '#groupNumber')).toBe('');
    await page.evaluate(() => document.getElementById('decoy')!.remove());
    await page.waitForTimeout(SETTLE_MS);
    await pressLikeAPerson(ui(page, FILL));
    await expect.poll(() => value(page, '#groupNumber')).toBe('G-2201');
    await page.close();
  });

  test('Enter meant for a portal box, after the page moved focus onto the Fill button, fills nothing', async () => {
    const page = await browser.context.newPage();
    await danaOnReactForm(page);
    await page.locator('#groupNumber').click();
    await page.waitForTimeout(SETTLE_MS);
    // (The page reaches our button here through the e2e build's open root.)
    await page.evaluate((host) => {
      const button = document
        .querySelector(host)!
        .shadowRoot!.querySelector<HTMLElement>('[data-action="autofill"]')!;
      button.focus();
    }, HOST);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => ui(page, '.autofill .note').first().evaluate(shownText))
      .toMatch(/the page put focus here/);
    expect(await value(page, '#referringNpi')).toBe('');
    await page.close();
  });

  test("a page script's click() fills nothing and is not even answered", async () => {
    const page = await browser.context.newPage();
    await danaOnReactForm(page);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate((host) => {
      document
        .querySelector(host)!
        .shadowRoot!.querySelector<HTMLElement>('[data-action="autofill"]')!
        .click();
    }, HOST);
    await page.waitForTimeout(1000);
    expect(await value(page, '#referringNpi')).toBe('');
    await page.close();
  });
});

describe('a page that plants boxes nobody sees', () => {
  test('the fill writes only into visible boxes and lists the hidden ones it left empty', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = [
          '#groupNumber { position: absolute !important; left: -9999px !important; }',
          '#referringNpi { opacity: 0 !important; }',
          '#billingNpi { width: 1px !important; height: 1px !important; padding: 0 !important; border: 0 !important; }',
          '#federalTaxId { clip-path: inset(50%) !important; }',
          '#referringLastName { position: absolute !important; clip: rect(0 0 0 0) !important; }',
        ].join('\n');
        document.head.append(style);
      });
    });
    await danaOnReactForm(page);
    await page.waitForTimeout(SETTLE_MS);
    await pressLikeAPerson(ui(page, FILL));
    await expect.poll(() => ui(page, PANEL_STATUS).first().evaluate(shownText)).toMatch(/^Filled \d+ boxes/);
    await expect.poll(() => fillFrame(page).locator(FILLED_FOR).textContent()).toContain('Rivera, Dana');
    for (const id of ['groupNumber', 'referringNpi', 'billingNpi', 'federalTaxId', 'referringLastName'])
      expect(await value(page, `#${id}`), id).toBe('');
    // What is visible was filled.
    expect(await value(page, '#patientFirstName')).toBe('Dana');
    await ui(page, '[data-mba-panel] details summary').click();
    const skipped = await ui(page, '[data-mba-panel] .skipped').evaluate(shownText);
    expect(skipped?.match(/the page hides this box/g)?.length).toBe(5);
    await page.screenshot({ path: `${SHOTS}/attack-hidden-boxes.png` });
    await page.close();
  });
});

describe('a claim built to stall the background', () => {
  test('400 lines: the first 50 are checked and the panel says the rest were not; another tab is checked meanwhile', async () => {
    const hostile = await browser.context.newPage();
    await hostile.route('**/pages/hostile-400-lines.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: generateClaimPage({ lines: 400, filled: true }) }),
    );
    await hostile.goto(`${server.origin}/pages/hostile-400-lines.html`);
    await expect
      .poll(() => ui(hostile, '[data-mba-unchecked]').getAttribute('data-mba-unchecked'))
      .toBe('350');
    // The page keeps firing input events, as fast as it can.
    await hostile.evaluate(() => {
      const box = document.querySelector('input')!;
      setInterval(() => box.dispatchEvent(new Event('input', { bubbles: true })), 5);
    });
    const other = await browser.context.newPage();
    await danaOnReactForm(other);
    await expect
      .poll(() => ui(other, '[data-mba-panel] .panel__summary').evaluate(shownText))
      .not.toBe('Checking…');
    await hostile.close();
    await other.close();
  });
});
