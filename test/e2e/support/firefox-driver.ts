import { shownText } from '../../../components/inline/testing/shown-text';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/manifest';
import { WAIT_MS, type DriverPage, type ExtensionDriver, type Target, type Where } from './driver';
import { findInPage, type PageQuery, type PageTarget } from './find-in-page';
import { SETTLE_MS } from './markers';

/**
 * The driver over puppeteer-core and Debian's Firefox ESR, speaking WebDriver BiDi
 * (docs/reference/engineering.md, "Firefox under WebDriver BiDi", has the sources for each choice):
 * - The unpacked e2e build is installed with BiDi `webExtension.install`, as a temporary add-on: Firefox
 *   grants its `host_permissions` and content-script matches at install, so the claim checker runs on
 *   the local test pages with no prompt (optional host permissions stay ungranted, as in a real install).
 * - Its pages are at moz-extension://<uuid>/, the uuid chosen per profile: the profile's
 *   `extensions.webextensions.uuids` pref fixes it, so the tests know it.
 * - BiDi refuses to navigate to moz-extension: URLs unless Firefox runs with
 *   `--remote-allow-system-access`, and sends no load events for extension documents (it leaves
 *   extension contexts out of its event tracking), so navigations to our pages wait for the document
 *   themselves instead of on puppeteer's goto.
 * - The background is an event page, not a service worker: the e2e hooks are called from one of our
 *   pages through `runtime.getBackgroundPage()`. Backups go as JSON text (importBackup takes that form
 *   too) and come back as JSON text, so nothing depends on objects crossing between the two windows.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3-e2e');
/** Any fixed uuid: the moz-extension:// host of our pages in the test profile. */
export const FIREFOX_EXTENSION_UUID = '5f0c4d3e-2b1a-4c6d-9e8f-7a6b5c4d3e2f';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** `prefs`: more Firefox preferences for this profile (e.g. `network.dns.localDomains` for a test host). */
export async function launchFirefoxDriver(
  options: { prefs?: Record<string, unknown> } = {},
): Promise<ExtensionDriver> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:e2e:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...options.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    // webExtension.install and --remote-allow-system-access are recent BiDi additions and only ESR 153
    // was run: an older Firefox gets this sentence instead of a protocol error half-way through.
    const version = await browser.version();
    const major = Number(/(\d+)\./.exec(version)?.[1] ?? 0);
    if (major < 140) throw new Error(`${FIREFOX} is ${version}: the tests need Firefox ESR 140 or later.`);
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}`);
    // The page the background hooks are called from; opened first, so the tests' own tabs open after it
    // and the active tab (what triggerFill acts on) is never this one.
    const hooks = await openExtension(browser, 'popup.html');
    return firefoxDriver(browser, hooks, version);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

type Hooks = {
  importBackup(doc: unknown): Promise<void>;
  exportBackup(): Promise<unknown>;
  triggerFill(): Promise<void>;
  JSON: typeof JSON;
};
type ExtensionGlobal = { browser: { runtime: { getBackgroundPage(): Promise<Hooks> } } };

function firefoxDriver(browser: Browser, hooks: Page, version: string): ExtensionDriver {
  const json = (doc: unknown) => (typeof doc === 'string' ? doc : JSON.stringify(doc));
  return {
    browserName: 'firefox',
    version,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (pathAndQuery) => wrap(await openExtension(browser, pathAndQuery)),
    async importBackup(doc) {
      await hooks.evaluate(async (text) => {
        const background = await (globalThis as never as ExtensionGlobal).browser.runtime.getBackgroundPage();
        await background.importBackup(text);
      }, json(doc));
    },
    importBackupError(doc) {
      return hooks.evaluate(async (text) => {
        const background = await (globalThis as never as ExtensionGlobal).browser.runtime.getBackgroundPage();
        try {
          await background.importBackup(text);
          return null;
        } catch (e) {
          // An Error from the background's window is not an `instanceof Error` here.
          return typeof (e as Error)?.message === 'string' ? (e as Error).message : String(e);
        }
      }, json(doc));
    },
    async exportBackup() {
      const text = await hooks.evaluate(async () => {
        const background = await (globalThis as never as ExtensionGlobal).browser.runtime.getBackgroundPage();
        return background.JSON.stringify(await background.exportBackup());
      });
      return JSON.parse(text);
    },
    async triggerFill() {
      await hooks.evaluate(async () => {
        const background = await (globalThis as never as ExtensionGlobal).browser.runtime.getBackgroundPage();
        await background.triggerFill();
      });
    },
    inExtension: (fn) => hooks.evaluate(fn) as never,
    close: () => browser.close(),
  };
}

async function openExtension(browser: Browser, pathAndQuery: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateTo(page, `${ORIGIN}/${pathAndQuery}`, 'bidi');
  return page;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Navigates and waits for the new document to be complete. `bidi`: through BiDi's navigate, whose
 * promise is left behind (no load event ever comes for our pages); `page`: the page navigates itself.
 */
async function navigateTo(page: Page, url: string, how: 'bidi' | 'page'): Promise<void> {
  const token = `nav-${Date.now()}-${Math.random()}`;
  await page.evaluate((t) => Object.assign(window, { __mbaNavigation: t }), token).catch(() => undefined);
  if (how === 'bidi') void page.goto(url, { timeout: 2 * WAIT_MS }).catch(() => undefined);
  else await page.evaluate((u) => location.assign(u), url);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const arrived = await page
      .evaluate(
        (u, t) =>
          location.href === u &&
          document.readyState === 'complete' &&
          (window as never as { __mbaNavigation?: string }).__mbaNavigation !== t,
        url,
        token,
      )
      .catch(() => false);
    if (arrived) return;
    if (Date.now() > deadline) throw new Error(`Firefox did not finish loading ${url}`);
    await sleep(100);
  }
}

async function frameOf(page: Page, where?: Where): Promise<Frame> {
  let frame = page.mainFrame();
  for (const selector of where?.frames ?? []) {
    // `pierce/`: the fill frame is inside our shadow root (open in the e2e build); Playwright's CSS
    // engine looks into open shadow roots by itself.
    const element = await frame.waitForSelector(`pierce/${selector}`, { timeout: WAIT_MS });
    const inner = await element?.contentFrame();
    if (!inner) throw new Error(`${selector} is not a frame`);
    frame = inner;
  }
  return frame;
}

function pageTarget(target: Target): PageTarget {
  if (typeof target === 'string') return { css: target };
  if ('label' in target) return { label: target.label, exact: target.exact ?? false };
  if ('role' in target) {
    const { name } = target;
    return {
      role: target.role,
      name:
        name === undefined
          ? null
          : name instanceof RegExp
            ? { source: name.source, flags: name.flags }
            : { text: name },
      exact: target.exact ?? false,
    };
  }
  if ('testId' in target) return { testId: target.testId };
  return { text: target.text, exact: target.exact ?? false };
}

function query(target: Target, where: Where | undefined, all: boolean): PageQuery {
  return {
    target: pageTarget(target),
    within: where?.within ? pageTarget(where.within) : null,
    nth: where?.nth ?? null,
    all,
  };
}

/** The one element a target names, waited for as Playwright's actions wait. */
async function element(page: Page, target: Target, where?: Where): Promise<ElementHandle> {
  const frame = await frameOf(page, where);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const handle = await frame.evaluateHandle(findInPage, query(target, where, false));
    const found = handle.asElement();
    if (found) return found as ElementHandle;
    const why = String(await handle.jsonValue());
    await handle.dispose();
    if (why.startsWith('strict') || Date.now() > deadline)
      throw new Error(`${JSON.stringify(pageTarget(target))}: ${why}`);
    await sleep(100);
  }
}

/**
 * Clicks the element the way Playwright's actionability check does. A click lands on whatever is on top
 * at the element's centre, and on the portal pages our own panel floats over part of the form; puppeteer
 * neither checks that nor keeps the scroll position it checked. So: try the scroll positions in turn
 * until the element itself is on top at its centre, then click that point (in the tab's coordinates,
 * through the frames above it). Fails with what covers the element when no position works.
 */
async function clickWhereReachable(page: Page, el: ElementHandle): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const spot = await el.evaluate(async (e) => {
      const root = e.getRootNode() as Document | ShadowRoot;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let hit: Element | null = null;
      for (const block of ['center', 'start', 'end', 'nearest'] as const) {
        e.scrollIntoView({ block, inline: 'nearest' });
        // Stable: the same box on four animation frames in a row. Scrolling moves more than the page:
        // our panel follows the visible part of a tall portal frame a frame or two after a scroll.
        let r = e.getBoundingClientRect();
        for (let same = 0, tries = 0; same < 3 && tries < 40; tries++) {
          await frame();
          const next = e.getBoundingClientRect();
          same =
            next.x === r.x && next.y === r.y && next.width === r.width && next.height === r.height
              ? same + 1
              : 0;
          r = next;
        }
        if (!r.width || !r.height) continue;
        let x = r.left + r.width / 2;
        let y = r.top + r.height / 2;
        hit = root.elementFromPoint(x, y);
        if (!(
          hit &&
          (hit === e || e.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === e))
        ))
          continue;
        for (let w: Window = e.ownerDocument.defaultView!; w.frameElement; w = w.parent) {
          const f = w.frameElement.getBoundingClientRect();
          x += f.left + w.frameElement.clientLeft;
          y += f.top + w.frameElement.clientTop;
        }
        return { x, y };
      }
      return hit ? `<${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}>` : 'nothing (not rendered)';
    });
    if (typeof spot !== 'string') return page.mouse.click(spot.x, spot.y);
    if (Date.now() > deadline) throw new Error(`The element cannot be clicked: ${spot} is on top of it`);
    await sleep(100);
  }
}

function wrap(page: Page): DriverPage {
  const on = <R>(target: Target, where: Where | undefined, read: (el: Element) => R) =>
    element(page, target, where).then(async (el) => {
      try {
        return (await el.evaluate(read as never)) as R;
      } finally {
        await el.dispose();
      }
    });
  const selectAllAndType = async (target: Target, text: string, where?: Where) => {
    const el = await element(page, target, where);
    await clickWhereReachable(page, el);
    await el.dispose();
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    if (text) await page.keyboard.type(text, { delay: 5 });
  };
  return {
    async goto(url) {
      await page.goto(url, { timeout: 2 * WAIT_MS });
    },
    gotoExtensionPage: (pathAndQuery) => navigateTo(page, `${ORIGIN}/${pathAndQuery}`, 'page'),
    async click(target, where) {
      const el = await element(page, target, where);
      await clickWhereReachable(page, el);
      await el.dispose();
    },
    async press(target, where) {
      const el = await element(page, target, where);
      // Into view first (our panel follows a tall frame's visible part as the page scrolls), a look, then
      // the click, which finds it where it already is.
      await el.evaluate(async (e) => {
        e.scrollIntoView({ block: 'center', inline: 'nearest' });
        for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
      });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      await el.click(); // no scrolling now: it is in view, where the person has been looking at it
      await el.dispose();
    },
    fill: (target, value, where) => selectAllAndType(target, value, where),
    async typeInto(target, text, where) {
      await selectAllAndType(target, text, where);
      await page.keyboard.press('Tab');
    },
    async check(target, where) {
      const el = await element(page, target, where);
      if (!(await el.evaluate((e) => (e as HTMLInputElement).checked))) {
        await clickWhereReachable(page, el);
      }
      await el.dispose();
    },
    value: (t, w) => on(t, w, (e) => (e as HTMLInputElement).value),
    checked: (t, w) => on(t, w, (e) => (e as HTMLInputElement).checked),
    attr: (t, name, w) =>
      element(page, t, w).then((el) =>
        el.evaluate((e, n) => e.getAttribute(n), name).finally(() => el.dispose()),
      ),
    text: (t, w) => on(t, w, shownText),
    innerText: (t, w) => on(t, w, (e) => (e as HTMLElement).innerText),
    async count(target, where) {
      const frame = await frameOf(page, where);
      const handle = await frame.evaluateHandle(findInPage, query(target, where, true));
      try {
        return await frame.evaluate((found: unknown) => (Array.isArray(found) ? found.length : 0), handle);
      } finally {
        await handle.dispose();
      }
    },
    async waitFor(target, where) {
      (await element(page, target, where)).dispose();
    },
    async evaluate(fn, arg, where) {
      const frame = await frameOf(page, where);
      return frame.evaluate(fn as never, arg) as never;
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(file, options) {
      await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    async pdf(file) {
      return Buffer.from(await page.pdf({ format: 'Letter', path: file, printBackground: true }));
    },
    close: () => page.close(),
  };
}
