import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { finding, inlineUi } from './support/markers';
import { startFixtureServer } from './support/server';

// Sites the practice enables: a portal the manifest does not list is checked once its origin is granted: the background
// registers the content scripts for it (all frames) and injects them into the open tab. The e2e build
// pre-grants http://enabled-portal.test/* (headless runs cannot click the browser's permission prompt);
// both test host names resolve to the local fixture server.
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let port: string;

beforeAll(async () => {
  server = await startFixtureServer();
  port = new URL(server.origin).port;
  browser = await launchWithExtension({
    args: ['--host-resolver-rules=MAP enabled-portal.test 127.0.0.1, MAP other-portal.test 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const registered = () =>
  browser.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({
      id: s.id,
      matches: s.matches,
      allFrames: s.allFrames,
    })),
  );

async function tabIdOf(url: string): Promise<number> {
  return browser.serviceWorker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)!.id!;
  }, url);
}

test('a granted site gets the claim checker registered for every frame, and its pages are checked', async () => {
  await expect.poll(registered).toEqual([
    {
      id: 'mba-site:http://enabled-portal.test/*',
      matches: ['http://enabled-portal.test/*'],
      allFrames: true,
    },
  ]);
  const page = await browser.context.newPage();
  await page.goto(`http://enabled-portal.test:${port}/demo/claim.html`);
  await page.getByRole('button', { name: 'type an example claim' }).click();
  await expect.poll(() => inlineUi(page).locator(finding('ncci-pair')).count()).toBe(1);
  await page.close();
});

test('enabling a site checks the page already open, without a reload; the popup says it is enabled', async () => {
  // As if the site had just been granted: no registration yet, a claim page already open.
  await browser.serviceWorker.evaluate(() => chrome.scripting.unregisterContentScripts());
  const url = `http://enabled-portal.test:${port}/demo/claim.html`;
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'type an example claim' }).click();
  await page.waitForTimeout(300);
  expect(await page.locator('div[data-mba-host="mba-claim-check"]').count()).toBe(0);

  const tabId = await tabIdOf(url);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect
    .poll(() => popup.locator('[data-site-status]').getAttribute('data-site-status'))
    .toBe('enabled');
  // What the "Enable on this site" click sends once the browser granted the origin.
  const reply = await popup.evaluate(
    (id) =>
      chrome.runtime.sendMessage({ type: 'site-enabled', origin: 'http://enabled-portal.test/*', tabId: id }),
    tabId,
  );
  expect(reply).toEqual({ ok: true, injected: true });
  await expect.poll(() => inlineUi(page).locator(finding('ncci-pair')).count()).toBe(1);
  expect((await registered()).map((r) => r.id)).toEqual(['mba-site:http://enabled-portal.test/*']);
  await popup.close();
  await page.close();
});

test('a site that is not enabled runs nothing', async () => {
  const page = await browser.context.newPage();
  await page.goto(`http://other-portal.test:${port}/demo/claim.html`);
  await page.getByRole('button', { name: 'type an example claim' }).click();
  await page.waitForTimeout(300);
  expect(await page.locator('div[data-mba-host="mba-claim-check"]').count()).toBe(0);
  // Without a grant the extension cannot even read the tab's address (no "tabs" permission): the popup's
  // "This site" row appears only when the toolbar button is clicked (activeTab), as unit-tested in
  // components/popup/SiteAccess.test.tsx.
  const tabId = await browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { id: tab?.id, url: tab?.url };
  });
  expect(tabId.url).toBeUndefined();
  await page.close();
});

test('the background refuses site messages from a content script and malformed origins', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'site-enabled', origin: '<all_urls>', tabId: 1 }),
  );
  expect(reply).toEqual({ refused: 'malformed message' });
  await popup.close();
});
