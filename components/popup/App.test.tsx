import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from './App';
import {
  createClient,
  createSession,
  getClient,
  getClientSessions,
  importBackupForTest,
} from './test-support';
import { generateRecords } from '../../lib/store/testing/generate';
import { resetStore } from '../../lib/store/testing/reset';
import { listClientSummaries, savePrescription, setComputerName, updateClient } from '../../lib/store';

const TODAY = '2026-11-26';

beforeEach(resetStore);
afterEach(cleanup);

async function seedMaria() {
  const maria = await createClient({
    firstName: 'Maria',
    lastName: 'Garcia',
    birthDate: '1979-03-14',
    payer: { name: 'Aetna', memberId: 'W123-456' },
    eligibility: { verifiedOn: '2026-11-20' },
    prescriptions: [
      {
        id: 'rx1',
        prescriber: { firstName: 'Alicia', lastName: 'Nguyen', npi: '1558598797' },
        writtenOn: '2026-09-15',
        expiresOn: '2027-03-15',
        visitsAuthorized: 12,
        diagnoses: ['M54.50'],
      },
    ],
    otherVisits: [{ id: 'ov1', date: '2026-11-27', providerType: 'chiropractor' }],
  });
  await createClient({ firstName: 'James', lastName: "O'Brien", birthDate: '1962-07-04' });
  const session = await createSession({
    clientId: maria.id,
    date: TODAY,
    minutes: 60,
    status: 'done',
    soapNotesDone: true,
    lines: [{ code: '97124', units: 4, modifiers: ['GP'], charge: 120 }],
  });
  return { maria, session };
}

describe('the popup', () => {
  it('shows today’s sessions first, then the clients', async () => {
    await seedMaria();
    render(<App today={TODAY} />);
    const today = await screen.findByTestId('today-list');
    // The day's list and the client list are two reads; the name shows once both are in.
    expect(await within(today).findByRole('button', { name: /Garcia, Maria/ })).toBeTruthy();
    const list = screen.getByTestId('client-list');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.querySelector('.side-item-main')?.textContent),
    ).toEqual(['Garcia, Maria', "O'Brien, James"]);
  });

  it('filters the clients as one types: name, member id, birth date', async () => {
    await seedMaria();
    render(<App today={TODAY} />);
    await screen.findByTestId('today-list');
    const search = screen.getByLabelText('Find a client');
    const names = () =>
      within(screen.getByTestId('client-list'))
        .queryAllByRole('button')
        .map((b) => b.querySelector('.side-item-main')?.textContent);
    fireEvent.input(search, { target: { value: 'obr' } });
    await waitFor(() => expect(names()).toEqual(["O'Brien, James"]));
    fireEvent.input(search, { target: { value: 'w123456' } });
    await waitFor(() => expect(names()).toEqual(['Garcia, Maria']));
    fireEvent.input(search, { target: { value: '7/4/1962' } });
    await waitFor(() => expect(names()).toEqual(["O'Brien, James"]));
    fireEvent.input(search, { target: { value: 'zzz' } });
    await screen.findByText('No client matches.');
  });

  it('renders only the first 50 clients of a large practice and counts the rest', async () => {
    const { clients, sessions } = generateRecords({ clients: 400, sessions: 0, today: TODAY });
    await importBackupForTest(clients, sessions);
    render(<App today={TODAY} />);
    await screen.findByText('400 clients');
    expect(within(screen.getByTestId('client-list')).getAllByRole('button')).toHaveLength(50);
    expect(screen.getByText('350 more: type to narrow the list.')).toBeTruthy();
  });

  it('opens with the typing in the search; Enter opens the first match, the arrows walk the list', async () => {
    await seedMaria();
    render(<App today={TODAY} />);
    const search = await screen.findByLabelText('Find a client');
    expect(document.activeElement).toBe(search);
    // Down from the search goes to the first entry listed (today's session), on to the clients, and
    // up from the first entry comes back to the search.
    await screen.findByText('2 clients');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const first = document.activeElement as HTMLElement;
    expect(first.classList.contains('side-item')).toBe(true);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).not.toBe(first);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: "o'bri" } });
    await screen.findByText('1 client');
    fireEvent.keyDown(search, { key: 'Enter' });
    await screen.findByRole('heading', { name: /O'Brien, James/ });
  });

  it("shows on the client's Details tab who changed what and when, newest first", async () => {
    await setComputerName('Front desk');
    await seedMaria();
    const id = (await listClientSummaries()).find((c) => c.lastName === 'Garcia')!.id;
    const client = await getClient(id);
    await updateClient(client!.id, { payer: { memberId: 'W999-000' } });
    await savePrescription(client!.id, { ...client!.prescriptions[0]!, visitsAuthorized: 30 });
    render(<App today={TODAY} />);
    fireEvent.click(
      await within(await screen.findByTestId('client-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Details/ }));
    const history = await screen.findByRole('region', { name: 'History' });
    const items = await within(history).findAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}, Front desk Changed/);
    expect(history.textContent).toContain(
      'Prescription written 2026-09-15 (Nguyen): visits authorised 12 → 30',
    );
    expect(history.textContent).toContain('Member id: W123-456 → W999-000');
    expect(history.textContent).toContain('Added');
    await setComputerName('');
  });

  it('shows a client another window adds, without reopening', async () => {
    render(<App today={TODAY} />);
    await screen.findByText('No clients yet.');
    await createClient({ firstName: 'Ann', lastName: 'Adams' });
    await waitFor(() =>
      expect(
        within(screen.getByTestId('client-list')).getByRole('button', { name: /Adams, Ann/ }),
      ).toBeTruthy(),
    );
  });

  it('opens a session with its checklist, each item carrying the markers', async () => {
    await seedMaria();
    render(<App today={TODAY} />);
    fireEvent.click(
      await within(await screen.findByTestId('today-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    const checklist = await screen.findByTestId('checklist', {}, { timeout: 3000 });
    const items = [...checklist.querySelectorAll('[data-check]')];
    // Failures first (no practice profile yet: license and NPI), then the passes in marker order.
    expect(items.map((i) => `${i.getAttribute('data-check')}:${i.getAttribute('data-check-state')}`)).toEqual(
      [
        'license:fail',
        'npi:fail',
        'rx:pass',
        'eligibility:pass',
        'same-day:pass',
        'codes:pass',
        'units:pass',
        'soap:pass',
      ],
    );
    // Each failure links to the exact settings section that fixes it.
    expect(checklist.querySelector('[data-check="license"] a[data-fix]')?.getAttribute('href')).toBe(
      '/options.html#practice',
    );
    const state = (id: string) =>
      checklist.querySelector(`[data-check="${id}"]`)!.getAttribute('data-check-state');
    expect(state('rx')).toBe('pass');
    expect(state('soap')).toBe('pass');
    expect(state('license')).toBe('fail'); // no practice profile yet
    expect(checklist.querySelector('[data-check="license"]')!.textContent).toMatch(
      /Fail.*No massage therapy license number on file/,
    );
  });

  it('adds a client through the form, refusing a bad birth date as one types', async () => {
    render(<App today={TODAY} />);
    await screen.findByText('No clients yet.');
    fireEvent.click(screen.getAllByRole('button', { name: 'New client' })[0]!);
    const birth = await screen.findByLabelText('Birth date', {}, { timeout: 3000 });
    fireEvent.input(birth, { target: { value: '02/30/1980' } });
    expect(birth.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(birth.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent).toBe('02/30/1980 is not a real date.');
    fireEvent.input(birth, { target: { value: '02/28/1980' } });
    expect(birth.getAttribute('aria-invalid')).toBe('false');
    fireEvent.input(screen.getByLabelText(/First name/), { target: { value: 'Ann' } });
    fireEvent.input(screen.getByLabelText(/Last name/), { target: { value: 'Adams' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    await screen.findByRole('heading', { name: 'Adams, Ann' });
    expect(screen.getByRole('tab', { name: /Prescriptions/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('adds a session: units follow the minutes, and a chiropractor day is flagged with days to move to', async () => {
    const { maria } = await seedMaria();
    render(<App today={TODAY} />);
    fireEvent.click(
      await within(screen.getByTestId('client-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'New session' }));
    const date = await screen.findByLabelText(/^Date/, {}, { timeout: 3000 });
    fireEvent.input(date, { target: { value: '2026-11-27' } });
    const warning = await screen.findByTestId('same-day-warning');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toMatch(/Maria sees a chiropractor on Friday, November 27, 2026/);
    fireEvent.click(within(warning).getByRole('button', { name: 'Move to the day after (2026-11-28)' }));
    expect((date as HTMLInputElement).value).toBe('2026-11-28');
    expect(screen.queryByTestId('same-day-warning')).toBeNull();
    // The usual lines are offered, not copied: the form starts from an empty line until one says so.
    expect((screen.getByLabelText('Code, line 1') as HTMLInputElement).value).toBe('');
    fireEvent.click(
      within(screen.getByTestId('usual-lines')).getByRole('button', { name: 'Use these lines' }),
    );
    fireEvent.input(screen.getByLabelText('Minutes'), { target: { value: '38' } });
    expect((screen.getByLabelText('Units, line 1') as HTMLInputElement).value).toBe('3');
    expect(screen.getByTestId('units-suggestion').textContent).toContain(
      '38 minutes: 3 timed units (CMS 8-minute rule)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add session' }));
    await screen.findByTestId('checklist', {}, { timeout: 3000 });
    const saved = (await getClientSessions(maria.id)).find((s) => s.date === '2026-11-28');
    expect(saved).toMatchObject({
      minutes: 38,
      status: 'scheduled',
      lines: [{ code: '97124', units: 3, modifiers: ['GP'], charge: 120 }],
    });
  });

  it('adds a prescription, checking the NPI check digit and the ICD-10 codes as one types', async () => {
    const { maria } = await seedMaria();
    render(<App today={TODAY} />);
    fireEvent.click(
      await within(screen.getByTestId('client-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Prescriptions/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add prescription' }));
    const npi = screen.getByLabelText('NPI (box 17b)');
    fireEvent.input(npi, { target: { value: '1558598798' } });
    expect(npi.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/check digit is wrong/)).toBeTruthy();
    fireEvent.input(npi, { target: { value: '1003347634' } });
    expect(npi.getAttribute('aria-invalid')).toBe('false');
    const dx = screen.getByLabelText(/Diagnoses/);
    fireEvent.input(dx, { target: { value: 'M79.1' } });
    expect(
      screen.getByText(/M79.1 is a category, not a billable code: use a more specific one \(M79.10/),
    ).toBeTruthy();
    fireEvent.input(dx, { target: { value: 'm79.18, S13.4XXD' } });
    expect(dx.getAttribute('aria-invalid')).toBe('false');
    fireEvent.input(screen.getByLabelText(/Last name/), { target: { value: 'Kim' } });
    fireEvent.input(screen.getByLabelText(/Written on/), { target: { value: '2026-11-01' } });
    fireEvent.input(screen.getByLabelText(/Expires on/), { target: { value: '2026-10-01' } });
    expect(screen.getByText('This is before the date it was written (2026-11-01).')).toBeTruthy();
    fireEvent.input(screen.getByLabelText(/Expires on/), { target: { value: '05/01/2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add prescription' }));
    await waitFor(async () => expect((await getClient(maria.id))?.prescriptions).toHaveLength(2));
    const rx = (await getClient(maria.id))!.prescriptions.find((p) => p.prescriber.lastName === 'Kim');
    expect(rx).toMatchObject({
      writtenOn: '2026-11-01',
      expiresOn: '2027-05-01',
      diagnoses: ['M79.18', 'S13.4XXD'],
      prescriber: { npi: '1003347634' },
    });
  });

  it('edits one field of a client without touching what another window changed meanwhile', async () => {
    const { maria } = await seedMaria();
    render(<App today={TODAY} />);
    fireEvent.click(
      await within(screen.getByTestId('client-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Details/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '312-555-0187' } });
    // Meanwhile another window records a new member id.
    const { updateClient } = await import('../../lib/store');
    await updateClient(maria.id, { payer: { memberId: 'NEW-ID-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await getClient(maria.id))?.phone).toBe('312-555-0187'));
    expect((await getClient(maria.id))?.payer.memberId).toBe('NEW-ID-1');
  });
});

describe('two popup windows at once', () => {
  it('each shows what the other saves, and deleting asks first', async () => {
    const { maria, session } = await seedMaria();
    const one = render(<App today={TODAY} />);
    const two = render(<App today={TODAY} />);
    const inOne = within(one.container as HTMLElement);
    const inTwo = within(two.container as HTMLElement);
    fireEvent.click(
      await within(await inTwo.findByTestId('today-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    await inTwo.findByTestId('checklist', {}, { timeout: 3000 });
    expect(two.container.querySelector('[data-check="soap"]')!.getAttribute('data-check-state')).toBe('pass');

    // Window one opens the same session and unticks "SOAP notes done".
    fireEvent.click(
      await within(await inOne.findByTestId('today-list')).findByRole('button', { name: /Garcia, Maria/ }),
    );
    const soap = await inOne.findByLabelText('SOAP notes done', {}, { timeout: 3000 });
    fireEvent.click(soap);
    fireEvent.click(inOne.getByRole('button', { name: 'Save session' }));
    await waitFor(() =>
      expect(two.container.querySelector('[data-check="soap"]')!.getAttribute('data-check-state')).toBe(
        'fail',
      ),
    );

    // Window two deletes the session: it asks in the page, then the session leaves window one's list too.
    fireEvent.click(inTwo.getByRole('button', { name: 'Delete session' }));
    fireEvent.click(inTwo.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await getClientSessions(maria.id)).toEqual([]));
    await waitFor(() => expect(inOne.queryByTestId('today-list')).toBeNull());
    expect(session.id).toBeTruthy();
  });
});
