import { describe, expect, it } from 'vitest';
import type { FieldFormat, FieldLayout } from '../portal/types';
import type { FillValue, FillValues } from './fill-values';
import { formatDate, labelOf, planFill } from './plan';
import type { FieldInfo } from './types';

const field = (
  path: string,
  opts: { layout?: FieldLayout; format?: Partial<FieldFormat>; current?: string[] } = {},
): FieldInfo => ({
  path,
  layout: opts.layout ?? { kind: 'single' },
  format: { control: 'text', ...opts.format },
  current: opts.current ?? [''],
});
const values = (
  entries: Record<string, FillValue>,
  diagnoses: string[] = ['M54.50', 'M62.830'],
): FillValues => ({
  byPath: new Map(Object.entries(entries)),
  diagnoses,
});
const writesOf = (f: FieldInfo, v: FillValue, dx?: string[]) => {
  const plan = planFill([f], values({ [f.path]: v }, dx));
  return plan.fields[0]?.writes ?? plan.skipped[0]?.why;
};

describe('planFill: formats each box the way it wants the value', () => {
  it('dates: split boxes (4- and 2-digit years), single boxes by their format, type=date', () => {
    const split: FieldLayout = { kind: 'date-parts', parts: ['month', 'day', 'year'] };
    expect(writesOf(field('lines.0.from', { layout: split, current: ['', '', ''] }), '2026-11-03')).toEqual([
      { e: 0, v: '11' },
      { e: 1, v: '03' },
      { e: 2, v: '2026' },
    ]);
    expect(
      writesOf(
        field('lines.0.from', { layout: split, format: { yearDigits: 2 }, current: ['', '', ''] }),
        '2026-11-03',
      ),
    ).toEqual([
      { e: 0, v: '11' },
      { e: 1, v: '03' },
      { e: 2, v: '26' },
    ]);
    const one = (date: FieldFormat['date'], control: FieldFormat['control'] = 'text') =>
      writesOf(field('patient.birthDate', { format: { date, control } }), '1986-04-02');
    expect(one('MM/DD/YYYY')).toEqual([{ e: 0, v: '04/02/1986' }]);
    expect(one('MMDDYYYY')).toEqual([{ e: 0, v: '04021986' }]);
    expect(one('MM-DD-YYYY')).toEqual([{ e: 0, v: '04-02-1986' }]);
    expect(one('M/D/YYYY')).toEqual([{ e: 0, v: '4/2/1986' }]);
    expect(one('MM/DD/YY')).toEqual([{ e: 0, v: '04/02/86' }]);
    expect(one('YYYY-MM-DD')).toEqual([{ e: 0, v: '1986-04-02' }]);
    expect(one(undefined, 'date')).toEqual([{ e: 0, v: '1986-04-02' }]);
    expect(formatDate('2026-01-09', { control: 'text' })).toBe('01/09/2026');
  });

  it('selects: the option by value, else by the code in its label; none: not filled, with the reason', () => {
    const options = [
      { value: '', label: '' },
      { value: '3', label: '11 - Office' },
      { value: 'WA', label: 'Washington' },
    ];
    expect(
      writesOf(field('lines.0.placeOfService', { format: { control: 'select', options } }), '11'),
    ).toEqual([{ e: 0, v: '3' }]);
    expect(writesOf(field('fill.billingState', { format: { control: 'select', options } }), 'WA')).toEqual([
      { e: 0, v: 'WA' },
    ]);
    expect(writesOf(field('fill.billingState', { format: { control: 'select', options } }), 'OR')).toBe(
      'no "OR" in its list',
    );
  });

  it('pointers: letters in one box, numbers in one box or slots, checkboxes, ICD codes (Availity)', () => {
    expect(
      writesOf(field('lines.0.pointers', { format: { pointers: 'letters', multiple: true } }), [1, 2]),
    ).toEqual([{ e: 0, v: 'AB' }]);
    expect(
      writesOf(
        field('lines.0.pointers', { format: { pointers: 'numbers', multiple: true, maxLength: 4 } }),
        [1, 2],
      ),
    ).toEqual([{ e: 0, v: '1,2' }]);
    expect(
      writesOf(
        field('lines.0.pointers', { format: { pointers: 'numbers', multiple: true, maxLength: 2 } }),
        [1, 2],
      ),
    ).toEqual([{ e: 0, v: '12' }]);
    const slots = field('lines.0.pointers', {
      layout: { kind: 'slots' },
      format: { pointers: 'numbers' },
      current: ['', '', '', ''],
    });
    expect(writesOf(slots, [1, 2])).toEqual([
      { e: 0, v: '1' },
      { e: 1, v: '2' },
    ]);
    const boxes = field('lines.0.pointers', {
      layout: { kind: 'checkboxes', values: [1, 2, 3] },
      format: { control: 'checkbox' },
      current: ['', '', ''],
    });
    expect(writesOf(boxes, [2])).toEqual([
      { e: 0, c: false },
      { e: 1, c: true },
      { e: 2, c: false },
    ]);
    const icd = field('lines.0.pointers', {
      layout: { kind: 'slots' },
      format: { pointers: 'icd', combobox: true },
      current: ['', '', '', ''],
    });
    expect(writesOf(icd, [2, 1])).toEqual([
      { e: 0, v: 'M62.830' },
      { e: 1, v: 'M54.50' },
    ]);
  });

  it('modifiers: one per slot, or "59:XS" in one box; more modifiers than slots is said', () => {
    const slots = field('lines.1.modifiers', { layout: { kind: 'slots' }, current: ['', ''] });
    expect(writesOf(slots, ['59', 'XS'])).toEqual([
      { e: 0, v: '59' },
      { e: 1, v: 'XS' },
    ]);
    expect(writesOf(slots, ['59', 'XS', 'GP'])).toBe('3 values, the form has 2 boxes');
    expect(writesOf(field('lines.1.modifiers', { format: { multiple: true } }), ['59', 'XS'])).toEqual([
      { e: 0, v: '59:XS' },
    ]);
  });

  it('maxlength: names and addresses are cut to fit, codes and ids are not filled', () => {
    expect(
      writesOf(field('fill.billingName', { format: { maxLength: 8 } }), 'Harbor Street Massage'),
    ).toEqual([{ e: 0, v: 'Harbor S' }]);
    expect(writesOf(field('patient.memberId', { format: { maxLength: 5 } }), 'XJH449120331')).toBe(
      'too long for the box (5 characters)',
    );
  });

  it('radios: the SSN or EIN choice', () => {
    const radios = field('fill.taxIdKind', {
      layout: { kind: 'choice', values: ['S', 'E'] },
      format: { control: 'radio' },
      current: ['', ''],
    });
    expect(writesOf(radios, 'EIN')).toEqual([{ e: 1, c: true }]);
    expect(writesOf(radios, 'SSN')).toEqual([{ e: 0, c: true }]);
  });

  it('never plans a write into a read-only, hidden or widget box', () => {
    const plan = planFill(
      [
        field('patient.memberId', { format: { control: 'hidden', readOnly: true } }),
        field('patient.lastName', { format: { readOnly: true } }),
        field('lines.0.code', { format: { control: 'widget' } }),
      ],
      values({ 'patient.memberId': 'X1', 'patient.lastName': 'Rivera', 'lines.0.code': '97124' }),
    );
    expect(plan.fields).toEqual([]);
    expect(plan.skipped.map((s) => s.label)).toEqual(['Member ID', 'Patient last name', 'Line 1 code']);
  });
});

describe('planFill: never overwrites without consent', () => {
  it('an empty box is filled; the same value is left alone; a different value is a conflict (old -> new)', () => {
    const plan = planFill(
      [
        field('patient.memberId'),
        field('patient.lastName', { current: ['rivera '] }),
        field('lines.0.units', { current: ['2.0'] }),
        field('lines.0.from', {
          layout: { kind: 'date-parts', parts: ['month', 'day', 'year'] },
          current: ['11', '3', '2026'],
        }),
        field('referringProvider.npi', { current: ['1234567890'] }),
        field('lines.0.charge', { current: ['$40'] }),
      ],
      values({
        'patient.memberId': 'XJH449120331',
        'patient.lastName': 'Rivera',
        'lines.0.units': '2',
        'lines.0.from': '2026-11-03',
        'referringProvider.npi': '1528060837',
        'lines.0.charge': '40.00',
      }),
    );
    expect(plan.fields.map((f) => [f.label, f.conflict, f.old, f.new])).toEqual([
      ['Member ID', false, '', 'XJH449120331'],
      ['Referring provider NPI', true, '1234567890', '1528060837'],
    ]);
  });

  it('an autocomplete showing the option label of the same code is the same value (Availity)', () => {
    const plan = planFill(
      [
        field('lines.*.placeOfService', { format: { combobox: true }, current: ['11 - Office'] }),
        field('fill.taxonomy', { format: { combobox: true }, current: ['225700000X - Massage Therapist'] }),
        field('lines.0.charge', { current: ['$40'] }),
      ],
      values({ 'lines.*.placeOfService': '11', 'fill.taxonomy': '225700000X', 'lines.0.charge': '40.00' }),
    );
    expect(plan.fields).toEqual([]);
  });

  it('pointer letters and ICD codes compare by meaning', () => {
    const plan = planFill(
      [
        field('lines.0.pointers', { format: { pointers: 'letters', multiple: true }, current: ['a'] }),
        field('diagnoses.0', { current: ['m5450'] }),
      ],
      values({ 'lines.0.pointers': [1], 'diagnoses.0': 'M54.50' }),
    );
    expect(plan.fields).toEqual([]);
  });

  it('a qualifier is filled only where its box is on the form', () => {
    const qual = field('fill.injuryDateQual', {
      format: { control: 'select', options: [{ value: '431', label: '431 - Onset' }] },
    });
    const v = values({ 'fill.injuryDateQual': '431', 'fill.injuryDate': '2026-10-01' });
    expect(planFill([qual], v).fields).toEqual([]);
    expect(planFill([qual, field('fill.injuryDate')], v).fields.map((f) => f.label)).toEqual([
      'Box 14 qualifier',
      'Date of injury (14)',
    ]);
  });
});

describe('labelOf', () => {
  it('names boxes the way the panel shows them', () => {
    expect(labelOf('lines.1.units')).toBe('Line 2 units');
    expect(labelOf('diagnoses.2')).toBe('Diagnosis C');
    expect(labelOf('fill.claimNumber')).toBe('Claim number (11b)');
  });
});
