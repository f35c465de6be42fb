import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { FILL, finding, inlineUi, pressLikeAPerson } from './support/markers';
import { startFixtureServer } from './support/server';

// Nothing leaves the computer: a whole billing session (popup, options, a claim page with its warnings, autofill, superbill,
// follow-up) with every request logged: the extension sends none. The only requests are the test page's
// own loads from the local fixture server, and our own files (chrome-extension://).
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const requests: { url: string; from: string }[] = [];
const problems: string[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
  const log = (from: string) => (r: Request) => requests.push({ url: r.url(), from });
  browser.context.on('request', log('context'));
  browser.serviceWorker.on('console', (m) => {
    if (m.type() === 'error') problems.push(`service worker: ${m.text()}`);
  });
  browser.context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && page.url().startsWith('chrome-extension://'))
        problems.push(`${page.url()}: ${m.text()}`);
    });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a billing session sends no request anywhere, and no extension page reports a CSP violation', async () => {
  const ext = `chrome-extension://${browser.extensionId}`;
  await browser.serviceWorker.evaluate(
    (doc) => (globalThis as unknown as { importBackup(d: unknown): Promise<void> }).importBackup(doc),
    demoBackup(new Date()),
  );

  const popup = await browser.context.newPage();
  await popup.goto(`${ext}/popup.html`);
  await popup.getByPlaceholder('Name, member id or birth date').fill('Rivera');
  await popup.getByText('Rivera, Dana').first().click();

  const options = await browser.context.newPage();
  await options.goto(`${ext}/options.html`);
  await options.getByRole('button', { name: 'Download a backup' }).waitFor();

  const claim = await browser.context.newPage();
  await claim.goto(`${server.origin}/demo/claim.html`);
  await claim.getByRole('button', { name: 'type an example claim' }).click();
  await expect.poll(() => inlineUi(claim).locator(finding('ncci-pair')).count()).toBe(1);
  // Autofill into an emptied box: the fill script is loaded on demand, from the extension itself.
  await claim.locator('[name="subscriber.groupNumber"]').fill('');
  await pressLikeAPerson(inlineUi(claim).locator(FILL));
  await expect.poll(() => claim.locator('[name="subscriber.groupNumber"]').inputValue()).toBe('G-2201');

  const superbill = await browser.context.newPage();
  await superbill.goto(`${ext}/superbill.html?client=demo-dana`);
  await superbill.locator('body[data-ready="true"]').waitFor();
  const followup = await browser.context.newPage();
  await followup.goto(`${ext}/followup.html`);
  await followup.locator('body[data-ready="true"]').waitFor();

  const outside = requests.filter(
    (r) =>
      !r.url.startsWith(`${ext}/`) &&
      !r.url.startsWith(`${server.origin}/`) &&
      // The extension's own files at the per-session address of its web-accessible fill frame.
      !/^chrome-extension:\/\/[0-9a-f-]{36}\//.test(r.url) &&
      !/^(data|blob):/.test(r.url),
  );
  expect(outside).toEqual([]);
  // The log is live: it saw the extension's own pages load.
  expect(requests.some((r) => r.url === `${ext}/popup.html`)).toBe(true);
  // The fixture server saw only the test page's own files (the page, its script and style).
  const local = requests
    .filter((r) => r.url.startsWith(`${server.origin}/`))
    .map((r) => new URL(r.url).pathname);
  expect([...new Set(local)].sort()).toEqual(['/demo/claim.css', '/demo/claim.html', '/demo/claim.js']);
  expect(problems).toEqual([]);
});

test('the built extension loads no remote code, styles or fonts', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(html|css|js)$/.test(name)) files.push(file);
    }
  };
  walk(EXTENSION_DIR);
  const remote =
    /<script[^>]+src=["']https?:|<link[^>]+href=["']https?:|@import\s+url\(["']?https?:|@font-face[^}]*url\(["']?https?:|importScripts\(["']https?:|import\(["']https?:/i;
  const offenders = files.filter((f) => remote.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.content_security_policy.extension_pages).toContain('connect-src https: http:;');
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
});
