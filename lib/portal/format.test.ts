import { describe, expect, it } from 'vitest';
import { formatOf } from './format';
import { html } from './testing/dom';

describe('formatOf', () => {
  it('says a pointer box of 4 characters takes letters, one of ICD codes takes the code', () => {
    const doc = html(
      '<input id="a" maxlength="4" name="dxPointer"><input id="b" name="diagnosisCodePointer1">',
    );
    const target = { kind: 'line', row: 0, key: 'pointers' } as const;
    expect(formatOf([doc.getElementById('a')!], target).pointers).toBe('letters');
    expect(formatOf([doc.getElementById('b')!], target).pointers).toBe('icd');
  });
  it('lists a select options and marks disabled boxes read-only', () => {
    const doc = html('<select disabled><option value="11">11 - Office</option></select>');
    expect(formatOf([doc.querySelector('select')!])).toMatchObject({
      control: 'select',
      readOnly: true,
      options: [{ value: '11', label: '11 - Office' }],
    });
  });
});
