import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { autofillRecords } from './flows/autofill-undo';
import { defineOurElementNamesFirst } from './support/attacker';
import { launchWithExtension, PRODUCTION_EXTENSION_DIR, type ExtensionBrowser } from './support/browser';
import { SETTLE_MS } from './support/markers';

// The production build, as a practice installs it, on a page served as https://www.officeally.com (the
// request never leaves the machine: Playwright answers it with a saved form). The page script plays the
// attacker: it defines our host's element name before we load, keeps attachInternals(), and looks for
// our UI's text through every door a page has (its text, a selection, the browser's find). The UI must be
// on screen for the person all the same.

let browser: ExtensionBrowser;
const PAGE = 'https://www.officeally.com/secure_oa.asp';
const FORM = readFileSync('test/fixtures/portals/react-controlled.html', 'utf8');
const SHOTS = 'test-results/screenshots';

beforeAll(async () => {
  browser = await launchWithExtension({ extensionDir: PRODUCTION_EXTENSION_DIR });
  await browser.context.route('https://www.officeally.com/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: FORM }),
  );
  // The production build has no test hooks: the records come in as a practice's do, restored from a
  // backup on the options page.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel('Restore a backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(autofillRecords(new Date()))),
  });
  // A new profile holds no records: nothing is replaced, so the button says Restore.
  await options.getByRole('button', { name: 'Restore', exact: true }).click();
  await options.getByText(/Backup restored/).waitFor();
  await options.close();
}, 60_000);

/** What a page script finds of these words by every means it has: find-in-page, its text, a selection. */
function pageFinds(page: Page, words: string[]) {
  return page.evaluate((list) => {
    const found: string[] = [];
    const find = (window as unknown as { find(s: string): boolean }).find.bind(window);
    const selection = getSelection()!;
    selection.selectAllChildren(document.body);
    const selected = selection.toString();
    selection.removeAllRanges();
    for (const word of list) {
      getSelection()?.removeAllRanges();
      if (find(word) || document.body.innerText.includes(word) || selected.includes(word)) found.push(word);
    }
    getSelection()?.removeAllRanges();
    return found;
  }, words);
}

/** The host's shadow root is closed here: a person's click where the fill frame's button is drawn. */
async function clickInFillFrame(page: Page, selector: string) {
  const frame = page
    .frames()
    .find((f) => f.url().endsWith('/fill-frame.html') || f.url().includes('/fill-frame.html#'));
  if (!frame) throw new Error('no fill frame');
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(SETTLE_MS);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
afterAll(async () => {
  await browser?.close();
});

type Probe = {
  stolen: number;
  hosts: { tag: string; open: boolean }[];
  innerText: boolean;
  selection: boolean;
  found: string[];
};

describe('the production build on a hostile www.officeally.com', () => {
  test('our UI is drawn, and the page reaches neither its root nor its text', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(defineOurElementNamesFirst);
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
        // The browser's find searches inside closed shadow roots too: our text is drawn from attributes.
        found: ['Claim check', 'Fill from my records', 'Fills empty boxes', 'warning', 'Fix:'].filter((w) => {
          getSelection()?.removeAllRanges();
          return (window as unknown as { find(s: string): boolean }).find(w);
        }),
      };
    });
    expect(probe).toEqual({
      stolen: 0,
      hosts: [{ tag: 'DIV', open: false }],
      innerText: false,
      selection: false,
      found: [],
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

  test("the picker and the fill's review are drawn in the extension's frame: the page finds no name", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGE);
    // A form that names nobody yet: the fill asks which client (the picker).
    const fill = page.locator('div[data-mba-host="mba-claim-check"]');
    await fill.waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    // The root is closed: the Fill button is found where a person sees it, at the foot of the panel docked
    // bottom right (test-results/screenshots/production-officeally-host.png).
    const fillAt = { x: 1280 - 290, y: 900 - 60 };
    await page.mouse.move(fillAt.x, fillAt.y);
    await page.waitForTimeout(SETTLE_MS);
    await page.mouse.click(fillAt.x, fillAt.y);
    await expect
      .poll(() => page.frames().some((f) => f.url().includes('/fill-frame.html')), { timeout: 15_000 })
      .toBe(true);
    const picker = page.frames().find((f) => f.url().includes('/fill-frame.html'))!;
    await picker.locator('[data-client="demo-marcus"]').waitFor();
    // What the page can learn of the frame's address (resource timing) is the browser's per-session
    // address, not the extension's id.
    const seen = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(seen.join(' ')).not.toContain(browser.extensionId);
    expect(await picker.locator('[data-client]').allTextContents()).toContain('Lee, Marcus');
    await page.screenshot({ path: `${SHOTS}/production-picker.png` });
    const names = ['Lee, Marcus', 'Marcus', 'Okoye', 'Rivera', '1979', 'Okafor', 'Patel'];
    expect(await pageFinds(page, names)).toEqual([]);
    // Nor can it get at the frame's window: an iframe in a shadow tree is not among `window.frames`
    // (Chromium; a cross-origin window's document would be refused anyway).
    expect(await page.evaluate(() => window.frames.length)).toBe(0);

    await clickInFillFrame(page, '[data-client="demo-marcus"]');
    await expect.poll(() => page.locator('#patientLastName').inputValue(), { timeout: 15_000 }).toBe('Lee');
    // The review (who it was for, the session) is in the frame; the page's document says only how many.
    // (The frame is loaded anew for the review: look for it each time.)
    const filledFor = () =>
      page
        .frames()
        .find((f) => f.url().includes('/fill-frame.html'))
        ?.locator('[data-filled-for]')
        .textContent({ timeout: 1000 })
        .catch(() => '') ?? '';
    await expect.poll(filledFor).toContain('Lee, Marcus');
    expect(await pageFinds(page, ['Lee, Marcus'])).toEqual([]);
    await page.close();
  });
});
