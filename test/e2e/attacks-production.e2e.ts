import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, PRODUCTION_EXTENSION_DIR, type ExtensionBrowser } from './support/browser';

// The production build, as a practice installs it, on a page served as https://www.officeally.com (the
// request never leaves the machine: Playwright answers it with a saved form). The page script plays the
// attacker: it defines our host's element name before we load, keeps attachInternals(), and looks for
// our UI's text through every door a page has. The UI must be on screen for the person all the same.

let browser: ExtensionBrowser;
const PAGE = 'https://www.officeally.com/secure_oa.asp';
const FORM = readFileSync('test/fixtures/portals/react-controlled.html', 'utf8');
const SHOTS = 'test-results/screenshots';

beforeAll(async () => {
  browser = await launchWithExtension({ extensionDir: PRODUCTION_EXTENSION_DIR });
  await browser.context.route('https://www.officeally.com/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FORM }),
  );
});
afterAll(async () => {
  await browser?.close();
});

type Probe = {
  stolen: number;
  hosts: { tag: string; open: boolean }[];
  innerText: boolean;
  selection: boolean;
};

describe('the production build on a hostile www.officeally.com', () => {
  test('our UI is drawn, and the page reaches neither its root nor its text', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __stolen: ElementInternals[] };
      w.__stolen = [];
      for (const name of ['mba-claim-check', 'mba-remittance'])
        customElements.define(
          name,
          class extends HTMLElement {
            constructor() {
              super();
              w.__stolen.push(this.attachInternals());
            }
          },
        );
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGE);
    await page.locator('#patientLastName').fill('Rivera');
    await page.locator('#memberId').fill('XJH449120331');
    await page.locator('div[data-mba-host="mba-claim-check"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500); // the first check's answer is drawn
    const probe: Probe = await page.evaluate(() => {
      const w = window as unknown as { __stolen: ElementInternals[] };
      const hosts = [...document.querySelectorAll('[data-mba-host]')].map((h) => ({
        tag: h.tagName,
        open: h.shadowRoot !== null,
      }));
      const selection = getSelection()!;
      selection.selectAllChildren(document.body);
      const selected = selection.toString();
      selection.removeAllRanges();
      return {
        stolen: w.__stolen.filter((i) => i.shadowRoot).length,
        hosts,
        innerText: document.body.innerText.includes('Claim check'),
        selection: selected.includes('Claim check'),
      };
    });
    expect(probe).toEqual({
      stolen: 0,
      hosts: [{ tag: 'DIV', open: false }],
      innerText: false,
      selection: false,
    });
    // Drawn all the same: what is painted at the bottom right, where the panel docks, is our host.
    await page.screenshot({ path: `${SHOTS}/production-officeally-host.png` });
    const drawn = await page.evaluate(
      () =>
        document.elementFromPoint(window.innerWidth - 100, window.innerHeight - 30) ===
        document.querySelector('[data-mba-host]'),
    );
    expect(drawn).toBe(true);
    await page.close();
  });
});
