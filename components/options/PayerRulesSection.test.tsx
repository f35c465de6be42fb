import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PayerRulesSection } from './PayerRulesSection';
import { getSettings, updateSettings } from '../../lib/store';
import { resetStore, storedSnapshot } from '../../lib/store/testing/reset';

beforeEach(async () => {
  await resetStore();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Picks a file in the section's file input (happy-dom cannot set `files` through the event). */
function chooseFile(name: string, text: string) {
  const input = document.querySelector('input[data-import="payer-rules"]') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const doc = (payerRules: unknown) =>
  JSON.stringify({ format: 'massage-billing-assistant/payer-rules', version: 1, payerRules });

describe('payer rules in the options page', () => {
  it("edits a payer's rule: limit, prescription, a required modifier, covered codes, visits a year", async () => {
    render(<PayerRulesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a payer' }));
    const card = within(document.querySelector('[data-payer-rule="0"]') as HTMLElement);
    fireEvent.input(card.getByLabelText('Payer name'), { target: { value: 'Acme Health' } });
    fireEvent.input(card.getByLabelText('Filing limit (days)'), { target: { value: '180' } });
    fireEvent.change(card.getByLabelText('Prescription'), { target: { value: 'no' } });
    fireEvent.input(card.getByLabelText('Visits per year'), { target: { value: '20' } });
    fireEvent.click(card.getByRole('button', { name: 'Add a required modifier' }));
    fireEvent.input(card.getByLabelText('Modifier 1'), { target: { value: 'gp' } });
    fireEvent.input(card.getByLabelText('On the codes (modifier 1)'), { target: { value: '97124, 97140' } });
    fireEvent.click(card.getByLabelText('Covers only the codes listed'));
    fireEvent.input(card.getByLabelText('Covered codes'), { target: { value: '97124 97140' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save payer rules' }));
    await screen.findByText('Payer rules saved.');
    expect((await getSettings()).payerRules).toEqual([
      {
        payerName: 'Acme Health',
        filingLimitDays: 180,
        requiresRx: false,
        requiredModifiers: [{ codes: ['97124', '97140'], modifier: 'GP' }],
        coveredCodes: ['97124', '97140'],
        visitsPerYear: 20,
      },
    ]);
  });

  it('refuses a bad value with the reason next to it, and a second rule for the same payer', async () => {
    await updateSettings({ payerRules: [{ payerName: 'Aetna' }] });
    render(<PayerRulesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a payer' }));
    const card = within(document.querySelector('[data-payer-rule="1"]') as HTMLElement);
    fireEvent.input(card.getByLabelText('Payer name'), { target: { value: ' AETNA ' } });
    fireEvent.input(card.getByLabelText('Filing limit (days)'), { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save payer rules' }));
    await screen.findByText('Some fields need a fix: see the messages next to them.');
    expect(card.getByText('This payer already has a rule above.')).toBeTruthy();
    expect((await getSettings()).payerRules).toEqual([{ payerName: 'Aetna' }]);
  });

  it('exports the saved rules as the payer-rules document', async () => {
    await updateSettings({ payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:payer-rules';
    });
    render(<PayerRulesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export payer rules' }));
    expect(JSON.parse(await blobs[0]!.text())).toEqual({
      format: 'massage-billing-assistant/payer-rules',
      version: 1,
      payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }],
    });
  });

  it('refuses a file it cannot read, says why, and changes nothing', async () => {
    await updateSettings({ payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }] });
    const before = await storedSnapshot();
    render(<PayerRulesSection />);
    await screen.findByRole('button', { name: 'Export payer rules' });
    chooseFile('rules.json', doc([{ payerName: 'Cigna', visitsPerYear: 'twenty' }]));
    expect(
      await screen.findByText(/rules\.json: Payer rule 1 \(Cigna\), visits per year .*Nothing changed\./),
    ).toBeTruthy();
    chooseFile('backup.json', JSON.stringify({ format: 'massage-billing-assistant/backup', version: 1 }));
    expect(await screen.findByText(/This is a backup, not a payer-rules file/)).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await storedSnapshot()).toEqual(before);
  });

  it('imports a good file after saying what it changes', async () => {
    await updateSettings({ payerRules: [{ payerName: 'Aetna', filingLimitDays: 120 }] });
    render(<PayerRulesSection />);
    await screen.findByRole('button', { name: 'Export payer rules' });
    chooseFile(
      'shared.json',
      doc([
        { payerName: 'aetna', filingLimitDays: 90 },
        { payerName: 'Cigna', filingLimitDays: 90 },
      ]),
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/2 payer rules: importing adds Cigna and replaces the rule for aetna/);
    expect((await getSettings()).payerRules).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import them' }));
    await screen.findByText(/imported from shared\.json: added Cigna and replaced the rule for aetna/);
    expect((await getSettings()).payerRules).toEqual([
      { payerName: 'aetna', filingLimitDays: 90 },
      { payerName: 'Cigna', filingLimitDays: 90 },
    ]);
  });

  it('offers the starter rules with their sources; one is added to the list to check and save', async () => {
    render(<PayerRulesSection />);
    const starter = await screen.findByText('Starter rules for common payers');
    fireEvent.click(starter);
    const uhc = within(document.querySelector('[data-starter="UnitedHealthcare"]') as HTMLElement);
    expect(uhc.getByText(/source: UnitedHealthcare commercial reimbursement policy/)).toBeTruthy();
    fireEvent.click(uhc.getByRole('button', { name: 'Add UnitedHealthcare' }));
    await screen.findByText(/UnitedHealthcare added below: check each value against your contract/);
    fireEvent.click(screen.getByRole('button', { name: 'Save payer rules' }));
    await screen.findByText('Payer rules saved.');
    const [rule] = (await getSettings()).payerRules;
    expect(rule).toMatchObject({ payerName: 'UnitedHealthcare', filingLimitDays: 90 });
    expect(rule?.requiredModifiers?.[0]).toMatchObject({ modifier: 'GP' });
    expect(rule?.requiredModifiers?.[0]?.codes).toEqual(expect.arrayContaining(['97124', '97140']));
    await waitFor(() => expect(uhc.getByRole('button', { name: 'In your rules' })).toBeTruthy());
  });
});
