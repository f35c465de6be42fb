import { shownText } from '../../../components/inline/testing/shown-text';
import type { ElementHandle, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { WAIT_MS, type DriverPage, type ExtensionDriver, type Target, type Where } from './driver';
import { SETTLE_MS } from './markers';

/** The driver over playwright-core and Debian's Chromium: Playwright's own locators do the finding. */
export function chromiumDriver(browser: ExtensionBrowser): ExtensionDriver {
  const hook = <R>(fn: (arg: unknown) => Promise<R>, arg?: unknown) =>
    browser.serviceWorker.evaluate(fn, arg);
  return {
    browserName: 'chromium',
    version: browser.context.browser()?.version() ?? 'unknown',
    async newPage() {
      return wrap(await browser.context.newPage(), browser.extensionId);
    },
    async openExtensionPage(pathAndQuery) {
      const page = wrap(await browser.context.newPage(), browser.extensionId);
      await page.gotoExtensionPage(pathAndQuery);
      return page;
    },
    async importBackup(doc) {
      await hook(
        (d) => (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(d),
        doc,
      );
    },
    importBackupError(doc) {
      return hook(async (d) => {
        try {
          await (globalThis as never as { importBackup(d: unknown): Promise<void> }).importBackup(d);
          return null;
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      }, doc);
    },
    exportBackup() {
      return hook(() => (globalThis as never as { exportBackup(): Promise<unknown> }).exportBackup());
    },
    async triggerFill() {
      await hook(() => (globalThis as never as { triggerFill(): Promise<void> }).triggerFill());
    },
    inExtension: (fn) => browser.serviceWorker.evaluate(fn),
    close: () => browser.close(),
  };
}

export async function launchChromiumDriver(): Promise<ExtensionDriver> {
  return chromiumDriver(await launchWithExtension());
}

function scopeOf(page: Page, where?: Where): Page | FrameLocator {
  let scope: Page | FrameLocator = page;
  for (const frame of where?.frames ?? []) scope = scope.frameLocator(frame);
  return scope;
}

function find(scope: Page | FrameLocator | Locator, target: Target): Locator {
  if (typeof target === 'string') return scope.locator(target);
  if ('label' in target) return scope.getByLabel(target.label, { exact: target.exact ?? false });
  if ('role' in target)
    return scope.getByRole(target.role, {
      ...(target.name === undefined ? {} : { name: target.name }),
      exact: target.exact ?? false,
    });
  if ('testId' in target) return scope.getByTestId(target.testId);
  return scope.getByText(target.text, { exact: target.exact ?? false });
}

function locate(page: Page, target: Target, where?: Where): Locator {
  const scope = scopeOf(page, where);
  const inside = where?.within ? find(scope, where.within) : scope;
  const found = find(inside, target);
  return where?.nth === undefined ? found : found.nth(where.nth);
}

function wrap(page: Page, extensionId: string): DriverPage {
  const at = (target: Target, where?: Where) => locate(page, target, where);
  return {
    async goto(url) {
      await page.goto(url);
    },
    async gotoExtensionPage(pathAndQuery) {
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
    },
    click: (t, w) => at(t, w).click({ timeout: WAIT_MS }),
    async press(t, w) {
      await at(t, w).hover({ timeout: WAIT_MS });
      await page.waitForTimeout(SETTLE_MS);
      await at(t, w).click({ timeout: WAIT_MS });
    },
    fill: (t, value, w) => at(t, w).fill(value, { timeout: WAIT_MS }),
    async typeInto(t, text, w) {
      await at(t, w).click({ timeout: WAIT_MS });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      if (text) await page.keyboard.type(text, { delay: 5 });
      await page.keyboard.press('Tab');
    },
    check: (t, w) => at(t, w).check({ timeout: WAIT_MS }),
    value: (t, w) => at(t, w).inputValue({ timeout: WAIT_MS }),
    checked: (t, w) => at(t, w).isChecked({ timeout: WAIT_MS }),
    attr: (t, name, w) => at(t, w).getAttribute(name, { timeout: WAIT_MS }),
    text: (t, w) => at(t, w).evaluate(shownText, undefined, { timeout: WAIT_MS }),
    innerText: (t, w) => at(t, w).innerText({ timeout: WAIT_MS }),
    count: (t, w) => at(t, w).count(),
    waitFor: (t, w) => at(t, w).waitFor({ timeout: WAIT_MS }),
    async evaluate(fn, arg, where) {
      let frame: Page | Frame = page;
      for (const selector of where?.frames ?? []) {
        const element: ElementHandle = await frame.waitForSelector(selector, { timeout: WAIT_MS });
        const inner: Frame | null = await element.contentFrame();
        if (!inner) throw new Error(`${selector} is not a frame`);
        frame = inner;
      }
      return frame.evaluate(fn as never, arg) as never;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(path, options) {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    async pdf(path) {
      return page.pdf({ format: 'Letter', path, printBackground: true });
    },
    close: () => page.close(),
  };
}
