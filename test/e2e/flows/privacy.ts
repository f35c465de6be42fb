import { expect } from 'vitest';
import type { ExtensionDriver } from '../support/driver';
import { shot } from './common';

/** The options page links the privacy policy, and the policy the extension ships is PRIVACY.md's text. */
export async function privacyPolicyFlow(d: ExtensionDriver) {
  const options = await d.openExtensionPage('options.html');
  expect(await options.attr({ role: 'link', name: 'Privacy policy' }, 'href')).toBe('privacy.html');
  await options.close();
  const page = await d.openExtensionPage('privacy.html');
  await page.waitFor('body[data-ready="true"]');
  expect(await page.innerText('h1')).toBe('Privacy policy');
  expect(await page.innerText('main')).toContain('Chrome Web Store: Limited Use');
  await page.screenshot(shot(d, 'privacy-policy'), { fullPage: true });
  await page.close();
}
