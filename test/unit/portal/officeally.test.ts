/**
 * The real Office Ally CMS-1500 (02/12) entry page, saved from the live portal (test/fixtures/portals/
 * README.md). A biller types a claim; the reader must return exactly that claim, with the generic locator
 * alone and with the Office Ally adapter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readClaimForm, readLocatedForm, type LocatedForm } from '../../../lib/portal';
import { officeAlly } from '../../../lib/portal/adapters/officeally';
import { loadFixture, type, type Page } from './load';

const H = 'ctl00_phFolderContent_ucHCFA_';
const L = `${H}ucHCFALineItem_ucClaimLineItem_`;

let page: Page;
const byId = (id: string) => page.document.getElementById(id);

beforeAll(async () => {
  page = await loadFixture('officeally-hcfa-cms0212-2016.html');
});
afterAll(() => page.close());

function typeLine(n: number, v: Partial<Record<string, string>>) {
  for (const [field, value] of Object.entries(v)) type(byId(`${L}${field}${n}`), value!);
}

function typeClaim() {
  type(byId(`${H}PRI_PATIENT_ID`), 'XJH449120331');
  type(byId(`${H}LAST_NAME`), ' Rivera ');
  type(byId(`${H}FIRST_NAME`), 'Dana');
  type(byId(`${H}PRI_FECA_GRP_NUM`), 'GRP-100');
  type(byId(`${H}OrderLast0212`), 'Okafor');
  type(byId(`${H}OrderFirst0212`), 'Grace');
  type(byId(`${H}REFER_PHYSICIAN_NPI`), '1234567893');
  type(byId(`${H}HCFA_TAX_ID`), '84-1234567');
  type(byId(`${H}SUPPLIER_NPI`), '1558598797');
  type(byId(`${H}DIAGNOSIS_CODECMS0212_1`), 'm5450');
  type(byId(`${H}DIAGNOSIS_CODECMS0212_2`), 'M62.830');
  type(byId(`${H}DIAGNOSIS_CODECMS0212_4`), 's134xxa');
  typeLine(0, {
    FM_DATE_OF_SVC_MONTH: '03',
    FM_DATE_OF_SVC_DAY: '02',
    FM_DATE_OF_SVC_YEAR: '2026',
    TO_DATE_OF_SVC_MONTH: '03',
    TO_DATE_OF_SVC_DAY: '02',
    TO_DATE_OF_SVC_YEAR: '2026',
    PLACE_OF_SVC: '11',
    CPT_CODE: '97124',
    MODIFIER_A: '59',
    MODIFIER_B: 'xs',
    DOS_DIAG_CODE: 'AB',
    DOS_CHRG: '$1,234.50',
    UNITS: '2.0',
    RENDERING_PHYSICIAN_NPI: '1558598797',
  });
  typeLine(1, {
    FM_DATE_OF_SVC_MONTH: '3',
    FM_DATE_OF_SVC_DAY: '2',
    FM_DATE_OF_SVC_YEAR: '2026',
    CPT_CODE: '97140',
    DOS_DIAG_CODE: 'b',
    UNITS: '1',
  });
  // Line 3 has only a code; line 5 only the place of service (not "typed"); line 6 an impossible date.
  typeLine(3, { CPT_CODE: '97010' });
  typeLine(5, { PLACE_OF_SVC: '11' });
  typeLine(6, {
    FM_DATE_OF_SVC_MONTH: '02',
    FM_DATE_OF_SVC_DAY: '30',
    FM_DATE_OF_SVC_YEAR: '2026',
    CPT_CODE: '97124',
  });
  // The hidden legacy duplicates (08/05 form) hold stale values a biller never sees.
  type(byId(`${H}DIAGNOSIS_CODE1`), 'Z99.9');
  type(byId(`${H}REFER_PHYSICIAN`), 'STALE NAME');
}

const expected = {
  patient: { lastName: 'Rivera', firstName: 'Dana', memberId: 'XJH449120331', groupNumber: 'GRP-100' },
  referringProvider: { lastName: 'Okafor', firstName: 'Grace', npi: '1234567893' },
  billingProvider: { npi: '1558598797', taxId: '841234567' },
  diagnoses: ['M54.50', 'M62.830', '', 'S13.4XXA'],
  lines: [
    {
      row: 0,
      from: '2026-03-02',
      to: '2026-03-02',
      placeOfService: '11',
      code: '97124',
      modifiers: ['59', 'XS'],
      pointers: [1, 2],
      charge: 1234.5,
      units: 2,
      renderingNpi: '1558598797',
    },
    { row: 1, from: '2026-03-02', code: '97140', modifiers: [], pointers: [2], units: 1 },
    { row: 3, code: '97010', modifiers: [], pointers: [] },
    { row: 6, from: '02/30/2026', code: '97124', modifiers: [], pointers: [] },
  ],
};

describe('Office Ally (real saved page)', () => {
  let generic: LocatedForm;
  let adapted: LocatedForm;
  beforeAll(() => {
    generic = locateClaimForm(page.document, { adapters: [] })!;
    adapted = locateClaimForm(page.document)!;
  });

  it('finds the 12 service lines with the generic locator alone, and with the adapter', () => {
    expect(generic.rows).toEqual([...Array(12).keys()]);
    expect(generic.adapter).toBeUndefined();
    expect(adapted.adapter).toBe(officeAlly.id);
    expect(adapted.rows).toEqual(generic.rows);
    // The same paths, on the same elements, either way.
    const map = (f: LocatedForm) =>
      new Map(
        f.fields.filter((x) => !x.path.startsWith('fill.')).map((x) => [x.path, x.elements.map((e) => e.id)]),
      );
    expect(map(generic)).toEqual(map(adapted));
  });

  it('maps every box of box 24 and the header, empty rows included', () => {
    const fields = new Map(generic.fields.map((f) => [f.path, f]));
    expect(fields.get('lines.0.from')!.elements.map((e) => e.id)).toEqual([
      `${L}FM_DATE_OF_SVC_MONTH0`,
      `${L}FM_DATE_OF_SVC_DAY0`,
      `${L}FM_DATE_OF_SVC_YEAR0`,
    ]);
    expect(fields.get('lines.0.from')!.layout).toEqual({
      kind: 'date-parts',
      parts: ['month', 'day', 'year'],
    });
    expect(fields.get('lines.11.modifiers')!.elements.map((e) => e.id)).toEqual(
      ['A', 'B', 'C', 'D'].map((s) => `${L}MODIFIER_${s}11`),
    );
    expect(fields.get('lines.11.pointers')!.format).toMatchObject({
      pointers: 'letters',
      multiple: true,
      maxLength: 4,
    });
    expect(fields.get('lines.7.units')!.elements[0]!.id).toBe(`${L}UNITS7`);
    expect(fields.get('lines.7.charge')!.elements[0]!.id).toBe(`${L}DOS_CHRG7`);
    expect(fields.get('diagnoses.11')!.elements[0]!.id).toBe(`${H}DIAGNOSIS_CODECMS0212_12`);
    expect(fields.get('referringProvider.lastName')!.elements[0]!.id).toBe(`${H}OrderLast0212`);
    expect(fields.get('billingProvider.npi')!.elements[0]!.id).toBe(`${H}SUPPLIER_NPI`);
    expect(generic.addLine?.id).toBe('btnAddRow');
    expect(generic.composer).toBe(false);
  });

  it('ignores look-alikes, hidden legacy duplicates and the secondary-payer grid', () => {
    const ids = generic.fields.flatMap((f) => f.elements.map((e) => e.id.replace(H, '').replace(L, '')));
    for (const bad of [
      'NDCUNITS0',
      'NDCCHARGE0',
      'DIAGNOSIS_CODE1',
      'REFER_PHYSICIAN',
      'ORDERING_LAST',
      'ORDERING_NPI',
      'TOTAL_CHARGE',
      'FACILITY_NPI',
      'PAYTO_NPI',
      'OUTSIDE_LAB_CHRGS',
    ])
      expect(ids).not.toContain(bad);
    expect(ids.some((id) => id.includes('ucSecondaryLineItem'))).toBe(false);
    expect(ids.filter((id) => /^DIAGNOSIS_CODECMS0212_\d+$/.test(id))).toHaveLength(12);
  });

  it('reads the claim a biller typed, the same with and without the adapter', () => {
    typeClaim();
    expect(readLocatedForm(generic).draft).toEqual(expected);
    expect(readLocatedForm(adapted).draft).toEqual(expected);
    expect(readClaimForm(page.document)).toEqual(expected);
  });

  it('maps claim paths back to the elements holding them', () => {
    const { elementsByPath, stale } = readLocatedForm(generic);
    expect(stale).toBe(false);
    const id = (path: string) => elementsByPath.get(path)?.map((e) => e.id);
    expect(id('lines.0.modifiers')).toHaveLength(4);
    expect(id('lines.1.pointers')).toEqual([`${L}DOS_DIAG_CODE1`]);
    expect(id('lines.6.from')).toHaveLength(3);
    expect(id('diagnoses.2')).toEqual([`${H}DIAGNOSIS_CODECMS0212_3`]);
    expect(id('patient.memberId')).toEqual([`${H}PRI_PATIENT_ID`]);
    expect(id('lines.10.code')).toEqual([`${L}CPT_CODE10`]);
  });

  it('still ignores the secondary-payer grid once the biller shows it', () => {
    const grid = byId('tblSecondary') as HTMLElement;
    grid.style.display = '';
    try {
      const form = locateClaimForm(page.document, { adapters: [] })!;
      const ids = form.fields.flatMap((f) => f.elements.map((e) => e.id));
      expect(ids.some((i) => i.includes('ucSecondaryLineItem'))).toBe(false);
      expect(form.rows).toHaveLength(12);
    } finally {
      grid.style.display = 'none';
    }
  });

  it('says the map is stale when [+] adds a row, and finds the new row once located again', () => {
    const table = byId(`${L}Table1`)!;
    const rows = table.querySelectorAll('tr.cptRow');
    const body = rows[0]!.parentElement!;
    for (const tr of [rows[rows.length - 2]!, rows[rows.length - 1]!]) {
      const copy = tr.cloneNode(true) as Element;
      for (const el of Array.from(copy.querySelectorAll('[id],[name]'))) {
        el.id = el.id.replace(/11$/, '12');
        el.setAttribute('name', (el.getAttribute('name') ?? '').replace(/11$/, '12'));
        if (el.localName === 'input') (el as HTMLInputElement).value = '';
      }
      body.appendChild(copy);
    }
    expect(readLocatedForm(generic).stale).toBe(true);
    const again = locateClaimForm(page.document, { adapters: [] })!;
    expect(again.rows).toEqual([...Array(13).keys()]);
    type(byId(`${L}CPT_CODE12`), '97124');
    expect(readLocatedForm(again).draft.lines.at(-1)).toEqual({
      row: 12,
      code: '97124',
      modifiers: [],
      pointers: [],
    });
  });
});
