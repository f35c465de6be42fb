import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';

// The probe is the one script every portal frame gets; the reader (portal.js) and the explainer
// (remittance.js) are loaded only into the frames that show a claim form or remittance codes. Chromium's
// own record of the scripts it compiled, per frame (DevTools protocol), says what each frame carries.

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Our scripts Chromium compiled in each frame of `page` (by frame URL), as they are compiled. */
async function ourScripts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const frameOf = new Map<number, string>();
  const byFrame = new Map<string, Set<string>>();
  const frameUrl = new Map<string, string>();
  cdp.on('Page.frameNavigated', (e) => {
    frameUrl.set(e.frame.id, e.frame.url);
    byFrame.delete(e.frame.id); // a new document: what the last one carried is gone
  });
  cdp.on('Runtime.executionContextCreated', (e) => {
    const frameId = (e.context.auxData as { frameId?: string } | undefined)?.frameId;
    if (frameId) frameOf.set(e.context.id, frameId);
  });
  cdp.on('Debugger.scriptParsed', (e) => {
    const m = /^chrome-extension:\/\/[^/]+\/(.+)$/.exec(e.url);
    const frameId = frameOf.get(e.executionContextId);
    if (!m || !frameId) return;
    if (!byFrame.has(frameId)) byFrame.set(frameId, new Set());
    byFrame.get(frameId)!.add(m[1]!);
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return () => {
    const out: Record<string, string[]> = {};
    for (const [frameId, files] of byFrame) {
      const url = new URL(frameUrl.get(frameId) ?? 'about:blank', server.origin).pathname;
      out[url] = [...files].sort();
    }
    return out;
  };
}

describe('the probe', () => {
  test('Office Ally: the top frame carries only the probe, the claim frame the probe and the reader', async () => {
    const page = await browser.context.newPage();
    const scripts = await ourScripts(page);
    await page.goto(`${server.origin}/pages/officeally-secure.html`);
    const frame = page.frameLocator('#Iframe9');
    await frame.locator('[id$="CPT_CODE0"]').waitFor();
    await expect
      .poll(() => scripts()['/portals/officeally-hcfa-cms0212-2016.html'])
      .toEqual(['portal.js', 'probe.js']);
    expect(scripts()['/pages/officeally-secure.html']).toEqual(['probe.js']);
    await page.close();
  });

  test('an EOB gets the explainer only, and a page with neither form nor codes nothing more', async () => {
    const page = await browser.context.newPage();
    const scripts = await ourScripts(page);
    await page.goto(`${server.origin}/portals/remittance-eob.html`);
    await page.locator('[data-mba-remittance]').waitFor();
    expect(scripts()['/portals/remittance-eob.html']).toEqual(['content-scripts/remittance.js', 'probe.js']);
    // A portal page with boxes but no claim form and no codes (a profile screen).
    await page.route(`${server.origin}/profile.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<h1>Your profile</h1><form><input name="first"><input name="last"><input name="phone"></form>',
      }),
    );
    await page.goto(`${server.origin}/profile.html`);
    await expect.poll(() => scripts()['/profile.html']).toEqual(['probe.js']);
    await page.locator('[name="first"]').fill('Sam');
    await page.evaluate(() => document.body.append(document.createElement('p')));
    // Typing and page changes load nothing else.
    await page.waitForTimeout(700);
    expect(scripts()['/profile.html']).toEqual(['probe.js']);
    await page.close();
  });
});
