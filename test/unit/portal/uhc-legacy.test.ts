/**
 * The real UnitedHealthcare Online "HCFA 1500" page (2016), windows-1252, read as latin1. Ten fixed lines
 * numbered 1..10 in the names, pointer checkboxes valued 1..12, POS 11 pre-filled on line 1, patient and
 * member id in hidden inputs filled by an earlier member-lookup step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm, type LocatedForm } from '../../../lib/portal';
import { byName, check, loadFixture, type, type Page } from './load';

let page: Page;
const n = (name: string) => byName(page.document, name);

beforeAll(async () => {
  page = await loadFixture('uhc-hcfa1500-2016.html', { latin1: true });
});
afterAll(() => page.close());

describe('UnitedHealthcare Online HCFA 1500 (real saved page)', () => {
  let generic: LocatedForm;
  let adapted: LocatedForm;
  beforeAll(() => {
    generic = locateClaimForm(page.document, { adapters: [] })!;
    adapted = locateClaimForm(page.document)!;
  });

  it('finds the ten lines and box 21 with the generic locator (no adapter is needed)', () => {
    expect(generic.rows).toEqual([...Array(10).keys()]);
    expect(adapted.adapter).toBeUndefined();
    const map = (f: LocatedForm) =>
      new Map(f.fields.map((x) => [x.path, x.elements.map((e) => e.getAttribute('name'))]));
    expect(map(generic)).toEqual(map(adapted));
    const fields = new Map(generic.fields.map((f) => [f.path, f]));
    expect(fields.get('lines.0.pointers')!.layout).toEqual({
      kind: 'checkboxes',
      values: [...Array(12).keys()].map((i) => i + 1),
    });
    expect(fields.get('lines.9.modifiers')!.elements.map((e) => e.getAttribute('name'))).toEqual(
      ['a', 'b', 'c', 'd'].map((s) => `txt_modifer10${s}`),
    );
    expect(fields.get('lines.0.from')!.elements.map((e) => e.getAttribute('name'))).toEqual([
      'txt_dosFrom1MM',
      'txt_dosFrom1DD',
      'txt_dosFrom1YYYY',
    ]);
    expect(fields.get('diagnoses.11')!.elements[0]!.getAttribute('name')).toBe('txt_diagnosisText12');
    expect(fields.get('patient.memberId')!.format).toMatchObject({ control: 'hidden', readOnly: true });
    expect(fields.get('lines.*.renderingNpi')!.elements[0]!.getAttribute('name')).toBe(
      'txt_renderingPhysNPI',
    );
    // Look-alikes: the unit-of-measure select and the hidden totals are not units or charges.
    const names = generic.fields.flatMap((f) => f.elements.map((e) => e.getAttribute('name')));
    for (const bad of [
      'txt_unitCode1',
      'txt_allowedAmt1',
      'txt_adjAmt1',
      'txt_amtPaid',
      'txt_totalCharge',
      'txt_outsideLabCharge',
      'txt_tos1',
    ])
      expect(names).not.toContain(bad);
  });

  it('does not count the pre-filled POS 11 of line 1 as a typed line', () => {
    expect((n('txt_pos1') as HTMLInputElement).value).toBe('11');
    expect(readLocatedForm(generic).draft.lines).toEqual([]);
  });

  it('reads the claim a biller typed', () => {
    // What the member-lookup step left in hidden inputs.
    (n('txt_patientLName') as HTMLInputElement).value = 'RIVERA';
    (n('txt_patientFName') as HTMLInputElement).value = 'DANA';
    (n('txt_patientDOBMM') as HTMLInputElement).value = '04';
    (n('txt_patientDOBDD') as HTMLInputElement).value = '12';
    (n('txt_patientDOBYYYY') as HTMLInputElement).value = '1986';
    (n('txt_insuredID') as HTMLInputElement).value = '987654321';
    (n('txt_insuredPolNo') as HTMLInputElement).value = '0701234';
    (n('txt_fedTaxID') as HTMLInputElement).value = '841234567';
    type(n('txt_referringPhysLName'), 'Okafor');
    type(n('txt_referringPhysFName'), 'Grace');
    type(n('txt_referringPhyNPI'), '1234567893');
    type(n('txt_billingNPI'), '1558598797');
    type(n('txt_renderingPhysNPI'), '1992753880');
    type(n('txt_diagnosisText1'), 'M5450');
    type(n('txt_diagnosisText2'), 'm62.830');
    type(n('txt_dosFrom1MM'), '03');
    type(n('txt_dosFrom1DD'), '02');
    type(n('txt_dosFrom1YYYY'), '2026');
    type(n('txt_procCode1'), '97124');
    type(n('txt_modifer1a'), 'GP');
    check(n('cb_diagnosisCode1a'));
    check(n('cb_diagnosisCode1b'));
    type(n('txt_charge1'), '80.00');
    type(n('txt_days1'), '2');
    type(n('txt_dosFrom2MM'), '03');
    type(n('txt_dosFrom2DD'), '02');
    type(n('txt_dosFrom2YYYY'), '26');
    type(n('txt_pos2'), '11');
    type(n('txt_procCode2'), '97140');
    check(n('cb_diagnosisCode2b'));
    type(n('txt_days2'), '1');
    const expected = {
      patient: {
        lastName: 'RIVERA',
        firstName: 'DANA',
        birthDate: '1986-04-12',
        memberId: '987654321',
        groupNumber: '0701234',
      },
      referringProvider: { lastName: 'Okafor', firstName: 'Grace', npi: '1234567893' },
      billingProvider: { npi: '1558598797', taxId: '841234567' },
      diagnoses: ['M54.50', 'M62.830'],
      lines: [
        {
          row: 0,
          from: '2026-03-02',
          placeOfService: '11',
          code: '97124',
          modifiers: ['GP'],
          pointers: [1, 2],
          charge: 80,
          units: 2,
          renderingNpi: '1992753880',
        },
        {
          row: 1,
          from: '2026-03-02',
          placeOfService: '11',
          code: '97140',
          modifiers: [],
          pointers: [2],
          units: 1,
          renderingNpi: '1992753880',
        },
      ],
    };
    expect(readLocatedForm(generic).draft).toEqual(expected);
    expect(readLocatedForm(adapted).draft).toEqual(expected);
  });

  it('maps each line to the claim-level rendering NPI box it uses', () => {
    const { elementsByPath } = readLocatedForm(generic);
    const name = (path: string) => elementsByPath.get(path)?.map((e) => e.getAttribute('name'));
    expect(name('lines.1.renderingNpi')).toEqual(['txt_renderingPhysNPI']);
    expect(name('lines.0.pointers')).toHaveLength(12);
    expect(name('patient.birthDate')).toEqual(['txt_patientDOBMM', 'txt_patientDOBDD', 'txt_patientDOBYYYY']);
    expect(name('referringProvider.npi')).toEqual(['txt_referringPhyNPI']);
  });
});
