/**
 * The plain fixture: `<label for>` on claim-level fields, native date inputs, and a service-line table
 * whose inputs have meaningless names, so only the column headers (two header rows, colspan and
 * rowspan) say what they hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { byName, loadFixture, type, type Page } from './load';

let page: Page;
const n = (name: string) => byName(page.document, name);

beforeAll(async () => {
  page = await loadFixture('plain-label-for-date.html');
});
afterAll(() => page.close());

describe('plain form with <label for> and type=date', () => {
  it('reads columns by their headers and ISO dates from date inputs', () => {
    const form = locateClaimForm(page.document)!;
    expect(form.rows).toEqual([0, 1, 2]);
    const fields = new Map(form.fields.map((f) => [f.path, f]));
    const name = (path: string) => fields.get(path)?.elements.map((e) => e.getAttribute('name'));
    expect(name('lines.1.from')).toEqual(['l2c1']);
    expect(name('lines.1.to')).toEqual(['l2c2']);
    expect(name('lines.1.code')).toEqual(['l2c4']);
    expect(name('lines.2.charge')).toEqual(['l3c8']);
    expect(fields.get('lines.0.from')!.format).toMatchObject({ control: 'date', date: 'YYYY-MM-DD' });
    expect(fields.get('lines.0.placeOfService')!.format.options).toContainEqual({
      value: '11',
      label: '11 - Office',
    });
    expect(fields.get('lines.0.modifiers')!.format.multiple).toBe(true);

    type(n('pt_last'), 'Rivera');
    type(n('pt_first'), 'Dana');
    type(n('pt_dob'), '1986-04-12');
    type(n('ins_id'), 'XJH449120331');
    type(n('ins_grp'), 'GRP-100');
    type(n('rp_last'), 'Okafor');
    type(n('rp_first'), 'Grace');
    type(n('rp_npi'), '1234567893');
    type(n('bill_npi'), '1558598797');
    type(n('bill_tin'), '84-1234567');
    type(n('dx1'), 'M54.50');
    type(n('dx3'), 'M62.830');
    type(n('l1c1'), '2026-03-02');
    type(n('l1c2'), '2026-03-02');
    type(n('l1c3'), '11');
    type(n('l1c4'), '97124');
    type(n('l1c5'), '59 XS');
    type(n('l1c6'), 'A,C');
    type(n('l1c7'), '2');
    type(n('l1c8'), '80');
    type(n('l2c3'), '12');
    expect(readLocatedForm(form).draft).toEqual({
      patient: {
        lastName: 'Rivera',
        firstName: 'Dana',
        birthDate: '1986-04-12',
        memberId: 'XJH449120331',
        groupNumber: 'GRP-100',
      },
      referringProvider: { lastName: 'Okafor', firstName: 'Grace', npi: '1234567893' },
      billingProvider: { npi: '1558598797', taxId: '841234567' },
      diagnoses: ['M54.50', '', 'M62.830'],
      // Line 2 has only a place of service: not a typed line.
      lines: [
        {
          row: 0,
          from: '2026-03-02',
          to: '2026-03-02',
          placeOfService: '11',
          code: '97124',
          modifiers: ['59', 'XS'],
          pointers: [1, 3],
          units: 2,
          charge: 80,
        },
      ],
    });
  });
});
