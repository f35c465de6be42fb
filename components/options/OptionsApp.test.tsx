import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsApp } from './OptionsApp';
import { OPTIONS_SECTIONS } from './sections';
import {
  createClient,
  getPractice,
  getSettings,
  listClientSummaries,
  computerName,
  lockState,
  setComputerName,
  setPassphrase,
  setStaffNames,
  staffNames,
  updatePractice,
  updateSettings,
} from '../../lib/store';
import { generateRecords, samplePractice, sampleSettings } from '../../lib/store/testing/generate';
import { resetStore, storedSnapshot } from '../../lib/store/testing/reset';
import { forgetCachedKeyForTests } from '../../lib/store/unlock';

const PASSPHRASE = 'harbor street front desk';

beforeEach(async () => {
  await resetStore();
  // The Portals section asks the background for the enabled sites and follows permission changes; the
  // fake browser has neither a background nor permission events.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    (message as { type?: string }).type === 'site-list'
      ? ({ sites: ['https://pip.autocarrier.com/*'] } as never)
      : (undefined as never),
  );
  const event = { addListener: vi.fn(), removeListener: vi.fn() };
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { onAdded: event, onRemoved: event };
});
afterEach(cleanup);

/** Picks a file in the page's file input (happy-dom cannot set `files` through the event). */
function chooseFile(input: HTMLElement, name: string, text: string, size?: number) {
  const file = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const backup = (records = generateRecords({ clients: 3, sessions: 7, today: '2026-11-26' })) =>
  JSON.stringify({
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: '2026-11-26T17:00:00.000Z',
    practice: samplePractice(),
    settings: sampleSettings(),
    ...records,
  });

describe('the options page', () => {
  it('is made of the registered sections, in order, each with its heading', () => {
    render(<OptionsApp />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      OPTIONS_SECTIONS.map((s) => s.title),
    );
    // A section added to the list appears with its own card and heading.
    cleanup();
    render(
      <OptionsApp
        sections={[
          ...OPTIONS_SECTIONS,
          { id: 'example', title: 'Example', Component: () => <p>an added section</p> },
        ]}
      />,
    );
    expect(within(document.getElementById('example')!).getByText('an added section')).toBeTruthy();
  });

  it('links the privacy policy the extension ships (privacy.html, from PRIVACY.md)', () => {
    render(<OptionsApp />);
    const link = screen.getByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('saves the practice profile, refusing a bad NPI with the reason next to it', async () => {
    render(<OptionsApp />);
    const name = await screen.findByLabelText(/Practice name/);
    expect((screen.getByLabelText('Taxonomy') as HTMLInputElement).value).toBe('225700000X');
    fireEvent.input(name, { target: { value: 'Lakeside Massage Therapy' } });
    const npi = screen.getByLabelText(/Billing NPI/);
    fireEvent.input(npi, { target: { value: '1558598790' } });
    expect(npi.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save practice' }));
    await screen.findByText('Some fields need a fix: see the messages next to them.');
    expect((await getPractice()).name).toBe('');
    fireEvent.input(npi, { target: { value: '1558598797' } });
    fireEvent.input(screen.getByLabelText('License number'), { target: { value: '227.012345' } });
    fireEvent.input(screen.getByLabelText('License state'), { target: { value: 'il' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save practice' }));
    await screen.findByText('Practice profile saved.');
    expect(await getPractice()).toMatchObject({
      name: 'Lakeside Massage Therapy',
      billingNpi: '1558598797',
      licenseState: 'IL',
    });
  });

  it('saves the billing rules for every payer, keeping the payer rules', async () => {
    await updateSettings({ payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }] });
    render(<OptionsApp />);
    const billing = within(document.getElementById('settings')!);
    fireEvent.change(await billing.findByLabelText('Units from minutes'), {
      target: { value: 'ama-midpoint' },
    });
    fireEvent.click(billing.getByRole('button', { name: 'Save billing rules' }));
    await billing.findByText('Billing rules saved.');
    expect(await getSettings()).toMatchObject({
      unitRule: 'ama-midpoint',
      payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }],
    });
  });

  it("keeps this computer's name and its staff on this computer, blank and repeated names dropped", async () => {
    render(<OptionsApp />);
    const section = within(document.getElementById('computer')!);
    fireEvent.input(await section.findByLabelText("This computer's name"), {
      target: { value: ' Front desk ' },
    });
    fireEvent.input(section.getByLabelText(/People who work at this computer/), {
      target: { value: 'Ana\n\n Ben \nAna' },
    });
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    await section.findByText(/Saved/);
    expect(await computerName()).toBe('Front desk');
    expect(await staffNames()).toEqual(['Ana', 'Ben']);
    await setComputerName('');
    await setStaffNames([]);
  });

  it('turns sync on with the server and the practice passphrase, asking the browser for that server only', async () => {
    const sent: unknown[] = [];
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: Record<string, unknown> }).permissions.request = request;
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
      sent.push(message);
      const type = (message as { type: string }).type;
      return (
        type === 'site-list' ? { sites: [] } : type.startsWith('sync') ? { ok: true } : undefined
      ) as never;
    });
    render(<OptionsApp />);
    const section = within(document.getElementById('sync')!);
    await section.findByText(/Sync is off: the records stay on this computer only/);
    fireEvent.input(section.getByLabelText('Server address'), {
      target: { value: 'https://couch.lakeside.example:6984/' },
    });
    fireEvent.input(section.getByLabelText('User name'), { target: { value: 'frontdesk' } });
    fireEvent.input(section.getByLabelText('Password'), { target: { value: 's3cret' } });
    fireEvent.input(section.getByLabelText('Practice passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(section.getByRole('button', { name: 'Turn on sync' }));
    await section.findByText(/Sync is on/);
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.lakeside.example/*'] });
    expect(sent).toContainEqual({
      type: 'sync-start',
      passphrase: PASSPHRASE,
      config: {
        url: 'https://couch.lakeside.example:6984/',
        database: 'massage-billing',
        username: 'frontdesk',
        password: 's3cret',
        enabled: false,
      },
    });
  });

  it('refuses a damaged backup with the reason and changes nothing', async () => {
    await createClient({ firstName: 'Kept', lastName: 'Client' });
    await updatePractice({ name: 'Kept practice' });
    const before = await storedSnapshot();
    render(<OptionsApp />);
    chooseFile(await screen.findByLabelText('Restore a backup'), 'backup.json', backup().slice(0, 300));
    const message = await screen.findByTestId('data-message');
    expect(message.textContent).toContain('The file ends too early');
    expect(message.textContent).toContain('Nothing was changed.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await storedSnapshot()).toEqual(before);
  });

  it('describes a good backup and what it changes here, asks, and only then replaces the records', async () => {
    await createClient({ firstName: 'Old', lastName: 'Client' });
    render(<OptionsApp />);
    chooseFile(await screen.findByLabelText('Restore a backup'), 'good.json', backup());
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(
      /good\.json \(Lakeside Massage Therapy\), exported 2026-11-26 17:00, holds 3 clients and 7 sessions\./,
    );
    // Per kind: in the backup, new here, replacing, only on this computer (removed).
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent).join(' | '));
    expect(rows).toEqual(['Clients | 3 | 3 | 0 | 1', 'Sessions | 7 | 7 | 0 | 0']);
    expect(dialog.textContent).toContain('Removed, since the backup does not have them: Client, Old.');
    expect((await listClientSummaries()).map((c) => c.lastName)).toEqual(['Client']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my records' }));
    await screen.findByText('Backup restored: 3 clients and 7 sessions.');
    expect((await listClientSummaries()).map((c) => c.id).sort()).toEqual(['c00001', 'c00002', 'c00003']);
    await waitFor(() =>
      expect((screen.getByLabelText(/Practice name/) as HTMLInputElement).value).toBe(
        'Lakeside Massage Therapy',
      ),
    );
  });

  it('with a passphrase, backs up encrypted (clear text only after a warning); another computer opens it with the passphrase', async () => {
    await createClient({ firstName: 'Maria', lastName: 'Garcia', birthDate: '1979-03-14' });
    await setPassphrase(PASSPHRASE);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:test';
    });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download an encrypted backup' }));
    await screen.findByText(/Encrypted backup saved/);
    const sealed = await saved[0]!.text();
    expect(sealed).not.toContain('Garcia');

    fireEvent.click(screen.getByRole('button', { name: 'Download in clear text…' }));
    const warning = await screen.findByRole('alertdialog');
    expect(warning.textContent).toContain('Anyone who gets this file can read every client’s name');
    fireEvent.click(within(warning).getByRole('button', { name: 'Download in clear text' }));
    await screen.findByText(/Backup saved in clear text: 1 client, 0 sessions/);
    expect(await saved[1]!.text()).toContain('Garcia');
    cleanup();

    // Another computer: nothing stored, no passphrase yet.
    await resetStore();
    forgetCachedKeyForTests();
    render(<OptionsApp />);
    chooseFile(await screen.findByLabelText('Restore a backup'), 'sealed.json', sealed);
    const field = await screen.findByLabelText('The practice passphrase on the day of the backup');
    fireEvent.input(field, { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect((await screen.findByTestId('data-message')).textContent).toContain(
      'That is not the passphrase this backup was made with',
    );
    fireEvent.input(field, { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the backup' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('This computer holds no records yet, so nothing is replaced.');
    expect(dialog.textContent).toContain('will be encrypted with this backup’s passphrase');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored: 1 client and 0 sessions.');
    expect(await lockState()).toBe('unlocked');
    expect((await listClientSummaries()).map((c) => c.lastName)).toEqual(['Garcia']);
    expect(JSON.stringify(await storedSnapshot())).not.toContain('Garcia');
  }, 60_000);

  it('refuses a file far too large for a backup before reading it', async () => {
    render(<OptionsApp />);
    chooseFile(await screen.findByLabelText('Restore a backup'), 'video.json', '{}', 700 * 1024 * 1024);
    const message = await screen.findByTestId('data-message');
    expect(message.textContent).toContain('This file is too large to be a backup (700 MB');
  });

  it('lists every problem of an invalid backup', async () => {
    const records = generateRecords({ clients: 2, sessions: 2, today: '2026-11-26' });
    (records.clients[0] as { birthDate: string }).birthDate = '1980-13-45';
    (records.sessions[1] as { clientId: string }).clientId = 'gone';
    render(<OptionsApp />);
    chooseFile(await screen.findByLabelText('Restore a backup'), 'bad.json', backup(records));
    const message = await screen.findByTestId('data-message');
    expect(message.textContent).toMatch(/Client 1 \(.*\), birth date: "1980-13-45" is not a valid date/);
  });
});
