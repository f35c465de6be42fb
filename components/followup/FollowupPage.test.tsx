import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSession } from '../../lib/store';
import { importBackup } from '../../lib/store/backup';
import { resetStore } from '../../lib/store/testing/reset';
import { billingBackup } from '../../test/fixtures/records/billing-backup';
import { FollowupPage } from './FollowupPage';

const NOW = new Date(2026, 10, 26);
const TODAY = '2026-11-26';

beforeEach(async () => {
  resetStore();
  delete document.body.dataset.ready;
  await importBackup(billingBackup(NOW));
});
afterEach(cleanup);

async function open() {
  const view = render(<FollowupPage today={TODAY} />);
  await waitFor(() => expect(document.body.dataset.ready).toBe('true'));
  return view;
}

function section(container: Element, id: string): HTMLElement {
  return container.querySelector<HTMLElement>(`[data-section="${id}"]`)!;
}
function sessionIds(element: Element): string[] {
  return [...element.querySelectorAll('tr[data-session-id]')].map((tr) =>
    tr.getAttribute('data-session-id')!,
  );
}

describe('the outstanding view', () => {
  it('puts billed, unpaid claims in age buckets, oldest first', async () => {
    const { container } = await open();
    const unpaid = section(container, 'unpaid');
    const bucket = (id: string) => unpaid.querySelector(`[data-bucket="${id}"]`)!.textContent;
    expect(bucket('0-30')).toBe('0–30 days$440.003 claims');
    expect(bucket('31-60')).toContain('1 claim');
    expect(bucket('61-90')).toContain('1 claim');
    expect(bucket('90+')).toContain('$120.00');
    expect(sessionIds(unpaid)).toEqual(['m-120', 'm-75', 'm-45', 'demo-s-2', 'demo-s-1', 'm-resubmitted']);
    expect(unpaid.querySelector('tr[data-session-id="m-resubmitted"]')!.textContent).toContain(
      '(resubmitted)',
    );
  });

  it('explains the codes of denied claims with the usual fix', async () => {
    const { container } = await open();
    const denied = section(container, 'denied');
    expect(sessionIds(denied)).toEqual(['m-denied-97', 'm-denied-16']);
    const co97 = denied.querySelector('[data-carc="97"]')!;
    expect(co97.textContent).toContain('CO-97');
    expect(co97.textContent).toMatch(/59 or XS/);
    expect(denied.querySelector('[data-rarc="N290"]')!.textContent).toContain('box 24J');
  });

  it('lists unbilled sessions near or past the payer’s filing limit', async () => {
    const { container } = await open();
    const filing = section(container, 'filing');
    const rows = [...filing.querySelectorAll('tr[data-session-id]')];
    expect(rows.map((r) => [r.getAttribute('data-session-id'), r.getAttribute('data-filing')])).toEqual([
      ['lena-late', 'missed'],
      ['dana-old-unbilled', 'due-soon'],
    ]);
    expect(rows[0]!.textContent).toContain('90 days (payer rule)');
    expect(rows[0]!.textContent).toContain('missed by 10 days');
    expect(rows[1]!.textContent).toContain('15 days left');
  });

  it('adds up what each client owes, with a link to their superbill', async () => {
    const { container } = await open();
    const balances = section(container, 'balances');
    const rows = [...balances.querySelectorAll('tr[data-balance-client]')];
    expect(
      rows.map((r) => [r.getAttribute('data-balance-client'), r.querySelector('.fu-owed')!.textContent]),
    ).toEqual([
      ['sam', '$140.00'],
      ['demo-dana', '$96.00'],
    ]);
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/superbill.html?client=sam&from=2026-11-14&to=2026-11-14');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('links every claim to its superbill', async () => {
    const { container } = await open();
    const claims = section(container, 'claims');
    const row = claims.querySelector('tr[data-session-id="m-45"]')!;
    expect(
      within(row as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/superbill.html?session=m-45');
    expect(row.getAttribute('data-claim-state')).toBe('awaiting');
  });

  it('shows the totals at the top', async () => {
    await open();
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(summary.textContent).toContain('Billed, not paid$800.006 claims');
    expect(summary.textContent).toContain('Denied, to resubmit2claims');
    expect(summary.textContent).toContain('Clients owe$236.00');
  });
});

describe('editing a claim', () => {
  it('records a denial with its codes, through the store, and moves the claim to the denied list', async () => {
    const { container } = await open();
    const row = section(container, 'unpaid').querySelector('tr[data-session-id="m-45"]')!;
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Update/ }));
    const editor = container.querySelector('[data-editor="m-45"]') as HTMLElement;
    fireEvent.change(within(editor).getByLabelText('Status'), { target: { value: 'denied' } });
    fireEvent.input(within(editor).getByLabelText(/Reason codes/), { target: { value: 'co 16' } });
    fireEvent.input(within(editor).getByLabelText(/Remark codes/), { target: { value: 'N290' } });
    // The meaning shows as the codes are typed.
    expect(editor.querySelector('[data-carc="16"]')!.textContent).toContain('lacks information');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save claim' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Saved the claim for Marcus Lee'),
    );
    const saved = await getSession('m-45');
    expect(saved).toMatchObject({ status: 'denied', denialCodes: ['CO-16'], remarkCodes: ['N290'] });
    await waitFor(() => expect(sessionIds(section(container, 'denied'))).toContain('m-45'));
    expect(sessionIds(section(container, 'unpaid'))).not.toContain('m-45');
  });

  it('records a payment and the write-off; the client’s balance follows', async () => {
    const { container } = await open();
    const row = section(container, 'unpaid').querySelector('tr[data-session-id="demo-s-1"]')!;
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Update/ }));
    const editor = container.querySelector('[data-editor="demo-s-1"]') as HTMLElement;
    fireEvent.change(within(editor).getByLabelText('Status'), { target: { value: 'paid' } });
    fireEvent.input(within(editor).getByLabelText(/Paid by insurer/), { target: { value: '96' } });
    fireEvent.input(within(editor).getByLabelText(/Written off/), { target: { value: '40' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save claim' }));
    await waitFor(() =>
      expect(
        section(container, 'balances').querySelector('[data-balance-client="demo-dana"] .fu-owed')!
          .textContent,
      ).toBe('$120.00'),
    );
  });

  it('refuses what cannot be right and says why, next to the field', async () => {
    const { container } = await open();
    const row = section(container, 'claims').querySelector('tr[data-session-id="m-45"]')!;
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Update/ }));
    const editor = container.querySelector('[data-editor="m-45"]') as HTMLElement;
    fireEvent.input(within(editor).getByLabelText(/Paid by insurer/), { target: { value: '500' } });
    fireEvent.change(within(editor).getByLabelText('Status'), { target: { value: 'denied' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save claim' }));
    expect(
      within(editor)
        .getByLabelText(/Paid by insurer/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(editor.textContent).toContain("more than the session's charges (120.00)");
    expect(editor.textContent).toContain('Enter the reason code the payer gave');
    expect((await getSession('m-45'))!.status).toBe('billed');
  });

  it('marks an unbilled session billed from the filing list', async () => {
    const { container } = await open();
    const row = section(container, 'filing').querySelector('tr[data-session-id="dana-old-unbilled"]')!;
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Mark billed/ }));
    const editor = container.querySelector('[data-editor="dana-old-unbilled"]') as HTMLElement;
    fireEvent.change(within(editor).getByLabelText('Status'), { target: { value: 'billed' } });
    fireEvent.input(within(editor).getByLabelText('Billed on'), { target: { value: TODAY } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save claim' }));
    await waitFor(() => expect(sessionIds(section(container, 'filing'))).toEqual(['lena-late']));
    expect(sessionIds(section(container, 'unpaid'))).toContain('dana-old-unbilled');
  });

  it('adds a client payment', async () => {
    const { container } = await open();
    const row = section(container, 'claims').querySelector('tr[data-session-id="demo-s-3"]')!;
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Update/ }));
    const editor = container.querySelector('[data-editor="demo-s-3"]') as HTMLElement;
    fireEvent.input(within(editor).getByLabelText('Amount ($)'), { target: { value: '24' } });
    fireEvent.change(within(editor).getByLabelText('Method'), { target: { value: 'hsa' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Add payment' }));
    await waitFor(async () =>
      expect((await getSession('demo-s-3'))!.clientPayments).toEqual([
        { date: TODAY, amount: 24, method: 'hsa' },
      ]),
    );
    await waitFor(() =>
      expect(
        section(container, 'balances').querySelector('[data-balance-client="demo-dana"] .fu-owed')!
          .textContent,
      ).toBe('$72.00'),
    );
  });
});
