import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates';
import { updateSession } from '../../lib/store';
import { importBackup } from '../../lib/store/backup';
import { resetStore } from '../../lib/store/testing/reset';
import { billingBackup } from '../../test/fixtures/records/billing-backup';
import { SuperbillPage } from './SuperbillPage';

// Today for the records and for the page: the records are dated relative to it.
const NOW = new Date(2026, 10, 26);
const TODAY = '2026-11-26';

beforeEach(async () => {
  resetStore();
  delete document.body.dataset.ready;
  delete document.body.dataset.superbill;
  await importBackup(billingBackup(NOW));
});
afterEach(cleanup);

async function open(search: string) {
  const view = render(<SuperbillPage search={search} today={TODAY} />);
  await waitFor(() => expect(document.body.dataset.ready).toBe('true'));
  return view;
}

const MONTH = `?client=maya&from=${addDays(TODAY, -35)}&to=${addDays(TODAY, -7)}`;

describe('superbill for a client and a range', () => {
  it('shows the practice, the client, the referral and the diagnoses with descriptions', async () => {
    const { container } = await open(MONTH);
    expect(document.body.dataset.superbill).toBe('ok');
    const sheet = container.querySelector('.sheet')!;
    const text = sheet.textContent!;
    for (const expected of [
      'Harbor Street Massage Therapy',
      '214 Harbor Street, Suite 3',
      'Tacoma, WA 98402',
      '253-555-0142',
      '1558598797',
      '84-1234567',
      'WA MT-60213',
      '225700000X (Massage Therapist)',
      'Maya Chen',
      '07/23/1991',
      '1420 N Proctor St, Tacoma, WA 98406',
      'Aetna',
      'W284117390',
      'Helen Park, MD',
      '1245319599',
      'Cervicalgia',
      'Other muscle spasm',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(sheet.querySelector('[data-field="claim-number"]')).toBeNull();
  });

  it('lists one line per service with the plain description, modifiers, units and charge', async () => {
    const { container } = await open(MONTH);
    const rows = [...container.querySelectorAll('.sb-lines tbody tr')];
    expect(rows).toHaveLength(6);
    const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(rows[0]!)).toEqual([
      usDate(addDays(TODAY, -35)),
      '11 Office',
      '97124',
      'Massage therapy, each 15 minutes',
      '—',
      'A',
      '4',
      '$160.00',
    ]);
    expect(cells(rows[3]!).slice(2, 5)).toEqual([
      '97140',
      'Manual therapy techniques, each 15 minutes',
      '59',
    ]);
  });

  it('totals the charges and the client’s payments with their method, and leaves the balance', async () => {
    const { container } = await open(MONTH);
    const total = (name: string) => container.querySelector(`[data-total="${name}"]`)?.textContent;
    expect(total('charged')).toBe('$810.00');
    expect(total('client-paid')).toBe('$810.00');
    expect(total('balance')).toBe('$0.00');
    expect(container.querySelector('.sb-payments')!.textContent).toContain('HSA/FSA card');
    expect(container.querySelector('.sb-sign')!.textContent).toContain('Provider signature');
  });

  it('shows what the rule library found, on screen only, with the superbill’s line numbers', async () => {
    const { container } = await open(MONTH);
    const checks = container.querySelector('[data-superbill-checks]')!;
    expect(checks.classList.contains('screen-only')).toBe(true);
    const ncci = checks.querySelector('[data-finding-rule="ncci-pair"]')!;
    expect(ncci.getAttribute('data-finding-lines')).toBe('2 3');
    expect(ncci.textContent).toContain('Fix:');
    expect(container.querySelector('.sb-lines tr[data-row="3"]')!.classList.contains('flagged')).toBe(true);
  });

  it('names the claim number and date of injury for an auto claim', async () => {
    const { container } = await open(`?session=m-45`);
    expect(container.querySelector('[data-field="claim-number"]')!.textContent).toBe('PIP-2026-88412');
    expect(container.querySelector('[data-field="date-of-injury"]')!.textContent).toBe(
      usDate(addDays(TODAY, -40)),
    );
    expect(container.textContent).toContain('Auto accident');
  });

  it('subtracts what the insurer paid and wrote off', async () => {
    const { container } = await open('?session=demo-s-3');
    const total = (name: string) => container.querySelector(`[data-total="${name}"]`)?.textContent;
    expect(total('insurer-paid')).toBe('$96.00');
    expect(total('adjustments')).toBe('$40.00');
    expect(total('balance')).toBe('$24.00');
  });

  it('sets the tab title the print dialog offers as the file name', async () => {
    await open(MONTH);
    expect(document.title).toBe(`Superbill Chen Maya ${addDays(TODAY, -35)} to ${addDays(TODAY, -7)}`);
  });

  it('follows a change made in another page', async () => {
    const { container } = await open('?session=maya-1');
    await updateSession('maya-1', { lines: [{ code: '97124', units: 3, modifiers: [], charge: 120 }] });
    await waitFor(() =>
      expect(container.querySelector('[data-total="charged"]')!.textContent).toBe('$120.00'),
    );
  });
});

describe('superbill messages', () => {
  it.each([
    ['no client in the address', '', 'error', /whose superbill/],
    ['an unknown client', '?client=nobody', 'error', /No client with the id “nobody”/],
    ['an unknown session', '?session=gone', 'error', /No session with the id “gone”/],
    ['a bad date', '?client=maya&from=2026-02-30', 'error', /from=2026-02-30, is not a date/],
    [
      'an empty range',
      '?client=maya&from=2020-01-01&to=2020-01-31',
      'empty',
      /No sessions for Maya Chen between 01\/01\/2020 and 01\/31\/2020/,
    ],
  ])('%s', async (_name, search, state, message) => {
    await open(search);
    expect(document.body.dataset.superbill).toBe(state);
    expect(screen.getByRole('alert').textContent).toMatch(message);
  });

  it('shows an id from the address as text, never as markup', async () => {
    const { container } = await open('?client=%3Cimg%20src%3Dx%3E');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('<img src=x>');
  });
});

function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
