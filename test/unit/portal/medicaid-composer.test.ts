/**
 * The composer fixture (state Medicaid style): one set of inputs reused for every line, "Add Line" moving
 * the line into a list table. The claim is the lines already in the list plus the composer's line if typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldForPath, locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { loadFixture, type, type Page } from './load';

let page: Page;
const id = (x: string) => page.document.getElementById(x);

beforeAll(async () => {
  page = await loadFixture('medicaid-composer.html', { scripts: true });
});
afterAll(() => page.close());

const listed = {
  row: 0,
  from: '2026-03-02',
  to: '2026-03-02',
  placeOfService: '11',
  code: '97124',
  modifiers: ['GP'],
  pointers: [],
  units: 2,
  charge: 80,
};

describe('composer-style form (Medicaid fixture)', () => {
  it('is flagged as a composer, with its list table and add button', () => {
    const form = locateClaimForm(page.document)!;
    expect(form.composer).toBe(true);
    expect(form.rows).toEqual([]);
    expect(form.addLine?.id).toBe('addLineButton');
    expect(form.listTable?.table.id).toBe('detailLines');
    expect(form.listTable?.columns).toEqual({
      from: 1,
      to: 2,
      placeOfService: 3,
      code: 4,
      modifiers: 5,
      units: 6,
      charge: 7,
    });
    expect(fieldForPath(form, 'lines.composer.code')!.elements[0]!.id).toBe('hcpcsCode');
    expect(fieldForPath(form, 'lines.1.code')!.elements[0]!.id).toBe('hcpcsCode');
    expect(fieldForPath(form, 'lines.0.code')).toBeUndefined(); // already in the list: not writable
  });

  it('reads the listed lines, then the composer line once something is typed in it', () => {
    const form = locateClaimForm(page.document)!;
    expect(readLocatedForm(form).draft).toMatchObject({
      patient: { memberId: '1234567890' },
      billingProvider: { npi: '1558598797' },
      lines: [listed],
    });
    type(id('primaryDiagnosis'), 'm5450');
    type(id('fromDateOfService'), '03/09/2026');
    type(id('placeOfService'), '11');
    type(id('hcpcsCode'), '97124');
    type(id('modifier1'), 'GP');
    type(id('units'), '2');
    type(id('charge'), '80');
    const composed = {
      row: 1,
      from: '2026-03-09',
      placeOfService: '11',
      code: '97124',
      modifiers: ['GP'],
      pointers: [],
      units: 2,
      charge: 80,
    };
    const read = readLocatedForm(form);
    expect(read.draft.diagnoses).toEqual(['M54.50']);
    expect(read.draft.lines).toEqual([listed, composed]);
    expect(read.elementsByPath.get('lines.1.code')![0]!.id).toBe('hcpcsCode');
    expect(read.elementsByPath.get('lines.0.code')![0]!.localName).toBe('td');

    (id('addLineButton') as HTMLInputElement).click();
    const after = readLocatedForm(form);
    expect(after.stale).toBe(false); // same inputs: no need to locate again
    expect(after.draft.lines).toEqual([listed, composed]);
    expect((id('hcpcsCode') as HTMLInputElement).value).toBe('');
    type(id('hcpcsCode'), '97140');
    expect(readLocatedForm(form).draft.lines.at(-1)).toEqual({
      row: 2,
      code: '97140',
      modifiers: [],
      pointers: [],
    });
    expect(readLocatedForm(form).elementsByPath.get('lines.2.code')![0]!.id).toBe('hcpcsCode');
  });
});
