import path from 'node:path';
import { expect } from 'vitest';
import { billingBackup } from '../../fixtures/records/billing-backup';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import { pdfPageCount } from '../support/pdf';
import { dayParts, poll, shot } from './common';

// The superbill page opened directly (DESIGN.md, "Pages a test may open directly"), from the records
// billingBackup seeds through the e2e background's importBackup.
export const superbillMonth = (now: Date) =>
  `?client=maya&from=${dayParts(now, -35).join('-')}&to=${dayParts(now, -7).join('-')}`;

export async function openSuperbill(d: ExtensionDriver, search: string, page?: DriverPage) {
  const target = `superbill.html${search}`;
  if (page) await page.gotoExtensionPage(target);
  else page = await d.openExtensionPage(target);
  await page.waitFor('body[data-ready="true"]');
  return page;
}

/** A month of weekly sessions: everything an insurer needs on screen, and one page of US Letter printed. */
export async function superbillFlow(d: ExtensionDriver, now: Date) {
  await d.importBackup(billingBackup(now));
  const page = await openSuperbill(d, superbillMonth(now));
  expect(await page.attr('body', 'data-superbill')).toBe('ok');
  const text = await page.innerText('article.sheet');
  for (const expected of [
    'Harbor Street Massage Therapy',
    'Tacoma, WA 98402',
    'Phone 253-555-0142',
    '1558598797',
    '84-1234567',
    'WA MT-60213',
    '225700000X',
    'Maya Chen',
    '07/23/1991',
    'Aetna',
    'W284117390',
    'Helen Park, MD',
    '1245319599',
    'M54.2',
    'Cervicalgia',
    'M62.838',
    'Other muscle spasm',
    'Massage therapy, each 15 minutes',
    'Manual therapy techniques, each 15 minutes',
    'Provider signature',
  ]) {
    expect(text, expected).toContain(expected);
  }
  await poll(() => page.count('.sb-lines tbody tr')).toBe(6);
  expect(await page.innerText('[data-total="charged"]')).toBe('$810.00');
  expect(await page.innerText('[data-total="client-paid"]')).toBe('$810.00');
  expect(await page.innerText('[data-total="balance"]')).toBe('$0.00');
  // What an insurer would question is on the screen, with the DESIGN.md markers.
  expect(await page.attr('[data-finding-rule="ncci-pair"]', 'data-finding-lines')).toBe('2 3');
  expect(
    await page.evaluate(
      () => document.querySelector('[data-finding-rule="ncci-pair"]')!.getClientRects().length,
    ),
  ).toBeGreaterThan(0);
  await page.screenshot(shot(d, 'superbill'), { fullPage: true });

  // Printed (the browser's own print to PDF): one page of Letter.
  const file = path.resolve(
    'test-results',
    d.browserName === 'chromium' ? 'superbill.pdf' : `superbill-${d.browserName}.pdf`,
  );
  expect(pdfPageCount(await page.pdf(file))).toBe(1);
  return page;
}
