import { expect } from 'vitest';
import { addDays, localToday } from '../../../lib/dates';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import { poll, shot } from './common';

/** No records, no practice profile: what a new install starts from. */
export function emptyBackup() {
  return {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    practice: {},
    settings: {},
    clients: [],
    sessions: [],
  };
}

async function openPopup(d: ExtensionDriver): Promise<DriverPage> {
  const page = await d.openExtensionPage('popup.html');
  await page.setViewport(800, 600);
  await page.waitFor('html[data-ready="true"]');
  return page;
}

const button = (name: string | RegExp) => ({ role: 'button' as const, name });

/**
 * The popup on an empty store: add a client with a prescription and a session, see the checklist,
 * close and reopen: everything is still there. Leaves Maria Garcia in the records.
 */
export async function popupChecklistFlow(d: ExtensionDriver) {
  const today = localToday();
  await d.importBackup(emptyBackup());
  const page = await openPopup(d);
  await page.click(button('New client'), { nth: 0 });
  await page.fill({ label: 'First name' }, 'Maria');
  await page.fill({ label: 'Last name' }, 'Garcia');
  await page.fill({ label: 'Birth date' }, '1979-02-30');
  await poll(() => page.attr({ label: 'Birth date' }, 'aria-invalid')).toBe('true');
  await poll(() => page.text('.field-error', { nth: 0 })).toContain('is not a real date');
  await page.screenshot(shot(d, 'popup-new-client'));
  await page.fill({ label: 'Birth date' }, '03/14/1979');
  await poll(() => page.attr({ label: 'Birth date' }, 'aria-invalid')).toBe('false');
  await page.fill({ label: 'Payer', exact: true }, 'Aetna');
  await page.fill({ label: 'Member id' }, 'W123 456 789');
  await page.fill({ label: 'Verified on' }, addDays(today, -3));
  await page.click(button('Add client'));

  // The client page opens on the prescriptions tab.
  await page.click(button('Add prescription'));
  await page.fill({ label: 'Last name' }, 'Nguyen');
  await page.fill({ label: 'First name' }, 'Alicia');
  const npi = { label: 'NPI (box 17b)' };
  await page.fill(npi, '1558598798');
  await poll(() => page.attr(npi, 'aria-invalid')).toBe('true');
  const npiMessageId = (await page.attr(npi, 'aria-describedby'))!;
  await poll(() => page.text(`[id="${npiMessageId}"]`)).toContain('check digit');
  await page.fill(npi, '1558598797');
  await poll(() => page.attr(npi, 'aria-invalid')).toBe('false');
  await page.fill({ label: 'Written on' }, addDays(today, -30));
  await page.fill({ label: 'Expires on' }, addDays(today, 150));
  await page.fill({ label: 'Visits authorised' }, '12');
  const dx = { label: 'Diagnoses (ICD-10-CM)' };
  await page.fill(dx, 'M54.5');
  await poll(() => page.count({ text: 'M54.5 is a category, not a billable code' })).toBe(1);
  await page.fill(dx, 'M54.50, M62.830');
  await page.click(button('Add prescription'));
  await poll(() => page.count({ testId: 'prescription' })).toBe(1);

  // A chiropractor visit tomorrow: a session booked then is flagged at once, with a day to move to.
  await page.click({ role: 'tab', name: /Other providers/ });
  await page.click(button('Add visit'));
  await page.fill({ label: 'Date' }, addDays(today, 1));
  await page.click(button('Add visit'));

  await page.click(button('New session'));
  await page.fill({ label: 'Date' }, addDays(today, 1));
  await poll(() => page.text({ testId: 'same-day-warning' })).toContain('sees a chiropractor');
  await page.screenshot(shot(d, 'popup-session-form'));
  await page.click(button(/Move to the day before/));
  await poll(() => page.value({ label: 'Date' })).toBe(today);
  await poll(() => page.count({ testId: 'same-day-warning' })).toBe(0);
  await page.fill({ label: 'Minutes' }, '53');
  await poll(() => page.value({ label: 'Units, line 1' })).toBe('4');
  await page.check({ label: 'SOAP notes done' });
  await page.click(button('Add session'));

  const inChecklist = { within: { testId: 'checklist' } };
  await poll(() => page.count('[data-check]', inChecklist)).toBe(8);
  const state = (id: string) => page.attr(`[data-check="${id}"]`, 'data-check-state', inChecklist);
  expect(await state('rx')).toBe('pass');
  expect(await state('eligibility')).toBe('pass');
  expect(await state('same-day')).toBe('pass');
  expect(await state('soap')).toBe('pass');
  expect(await state('units')).toBe('pass');
  // No practice profile yet: the license and NPI items say so.
  expect(await state('license')).toBe('fail');
  expect(await state('npi')).toBe('fail');
  await page.screenshot(shot(d, 'popup-new-session-checklist'));
  await page.close();

  // Reopen: everything is still there.
  const again = await openPopup(d);
  await again.click(button(/Garcia, Maria/), { within: { testId: 'today-list' } });
  await poll(() => again.count('[data-check]', { within: { testId: 'checklist' } })).toBe(8);
  expect(await again.attr('[data-check="rx"]', 'data-check-state')).toBe('pass');
  await again.click(button('← Garcia, Maria'));
  await again.click({ role: 'tab', name: /Prescriptions/ });
  await poll(() => again.text({ testId: 'prescription' })).toContain('12 authorised · 1 used · 11 remaining');
  await again.fill({ label: 'Find a client' }, 'w123456');
  await poll(() => again.text({ testId: 'client-list' })).toContain('Garcia, Maria');
  await again.close();
}
