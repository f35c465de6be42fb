/**
 * The Availity professional claim fixture (React + MUI, dotted react-hook-form names): autocomplete boxes
 * that show option labels ("97124 - Therapeutic massage"), pointers typed as ICD codes, a claim-level
 * place of service that lines without their own inherit, and "Add a Line".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm, type LocatedForm } from '../../../lib/portal';
import { byName, loadFixture, type, type Page } from './load';

let page: Page;
const n = (name: string) => byName(page.document, name);
const line = (i: number, field: string) => n(`claimInformation.serviceLines.${i}.${field}`);

beforeAll(async () => {
  page = await loadFixture('availity-professional-claim.html', {
    url: 'https://essentials.availity.com/static/web/post/claims-ui/#/professional',
  });
});
afterAll(() => page.close());

describe('Availity professional claim (React/MUI fixture)', () => {
  let generic: LocatedForm;
  beforeAll(() => {
    generic = locateClaimForm(page.document, { adapters: [] })!;
  });

  it('locates both service lines and picks the Availity adapter by URL', () => {
    expect(generic.rows).toEqual([0, 1]);
    expect(locateClaimForm(page.document)!.adapter).toBe('availity');
    const fields = new Map(generic.fields.map((f) => [f.path, f]));
    expect(fields.get('lines.1.pointers')!.elements).toHaveLength(4);
    expect(fields.get('lines.1.pointers')!.format.pointers).toBe('icd');
    expect(fields.get('lines.0.from')!.format).toMatchObject({ control: 'text', date: 'MM/DD/YYYY' });
    expect(fields.get('lines.0.code')!.format).toMatchObject({ control: 'text', combobox: true });
    expect(fields.get('lines.*.placeOfService')!.elements[0]!.getAttribute('name')).toBe(
      'claimInformation.placeOfServiceCode',
    );
    // The unit-of-measure autocomplete ("UN - Unit") is not the quantity.
    const names = generic.fields.flatMap((f) => f.elements.map((e) => e.getAttribute('name')));
    expect(names).not.toContain('claimInformation.serviceLines.0.quantityTypeCode');
    expect(names).not.toContain('patientSearch');
  });

  it('reads option labels as codes and ICD pointers as box 21 positions', () => {
    type(n('patient.lastName'), 'Rivera');
    type(n('patient.firstName'), 'Dana');
    type(n('patient.birthDate'), '04/12/1986');
    type(n('subscriber.memberId'), 'XJH449120331');
    type(n('claimInformation.referringProvider.npi'), '1234567893');
    type(n('billingProvider.npi'), '1558598797');
    type(n('billingProvider.taxId.ein'), '84-1234567');
    type(n('claimInformation.diagnoses.0.code'), 'M54.50 - Low back pain, unspecified');
    type(n('claimInformation.diagnoses.1.code'), 'm62830');
    type(line(0, 'fromDate'), '03/02/2026');
    type(line(0, 'procedureCode'), '97124 - Therapeutic massage');
    type(line(0, 'modifierCode1'), 'GP - Services under an outpatient physical therapy plan of care');
    type(line(0, 'diagnosisCodePointer1'), 'M54.50');
    type(line(0, 'diagnosisCodePointer2'), 'm62830');
    type(line(0, 'amount'), '80');
    type(line(0, 'quantity'), '2');
    type(line(1, 'fromDate'), '3/2/2026');
    type(line(1, 'placeOfServiceCode'), '12 - Home');
    type(line(1, 'procedureCode'), '97140');
    type(line(1, 'diagnosisCodePointer1'), 'M79.1');
    type(line(1, 'amount'), '$45.00');
    type(line(1, 'quantity'), '1.0');
    const expected = {
      patient: { lastName: 'Rivera', firstName: 'Dana', birthDate: '1986-04-12', memberId: 'XJH449120331' },
      referringProvider: { npi: '1234567893' },
      billingProvider: { npi: '1558598797', taxId: '841234567' },
      diagnoses: ['M54.50', 'M62.830'],
      lines: [
        // No place of service of its own: the claim-level "11 - Office".
        {
          row: 0,
          from: '2026-03-02',
          placeOfService: '11',
          code: '97124',
          modifiers: ['GP'],
          pointers: [1, 2],
          charge: 80,
          units: 2,
        },
        // M79.1 is not in box 21: a pointer to nothing (0), which pointer-invalid reports.
        {
          row: 1,
          from: '2026-03-02',
          placeOfService: '12',
          code: '97140',
          modifiers: [],
          pointers: [0],
          charge: 45,
          units: 1,
        },
      ],
    };
    expect(readLocatedForm(generic).draft).toEqual(expected);
    expect(readLocatedForm(locateClaimForm(page.document)!).draft).toEqual(expected);
    const { elementsByPath } = readLocatedForm(generic);
    expect(elementsByPath.get('lines.0.placeOfService')![0]!.getAttribute('name')).toBe(
      'claimInformation.serviceLines.0.placeOfServiceCode',
    );
    expect(elementsByPath.get('lines.*.placeOfService')![0]!.getAttribute('name')).toBe(
      'claimInformation.placeOfServiceCode',
    );
  });

  it('finds a line added with "Add a Line" once located again', () => {
    const cards = page.document.querySelectorAll('[data-testid^="service-line-"]');
    const copy = cards[1]!.cloneNode(true) as Element;
    copy.setAttribute('data-testid', 'service-line-2');
    for (const el of Array.from(copy.querySelectorAll('input, label'))) {
      for (const attr of ['name', 'id', 'for']) {
        const v = el.getAttribute(attr);
        if (v) el.setAttribute(attr, v.replace('serviceLines.1.', 'serviceLines.2.'));
      }
      if (el.localName === 'input') (el as HTMLInputElement).value = '';
    }
    cards[1]!.after(copy);
    expect(readLocatedForm(generic).stale).toBe(true);
    const again = locateClaimForm(page.document, { adapters: [] })!;
    expect(again.rows).toEqual([0, 1, 2]);
    type(line(2, 'procedureCode'), '97124');
    expect(readLocatedForm(again).draft.lines[2]).toEqual({
      row: 2,
      placeOfService: '11',
      code: '97124',
      modifiers: [],
      pointers: [],
    });
  });

  it('leaves the top page of the portal alone: the form lives in iframe#newBodyFrame', async () => {
    const shell = await loadFixture('availity-shell.html');
    expect(shell.document.querySelector('iframe#newBodyFrame')).not.toBeNull();
    expect(locateClaimForm(shell.document)).toBeNull();
    await shell.close();
  });
});
