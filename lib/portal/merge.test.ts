import { describe, expect, it } from 'vitest';
import { contextFields, diagnosisFields, lineFields } from './merge';
import { cand, html } from './testing/dom';

describe('merge', () => {
  it('modifier boxes of one row become slots in page order', () => {
    const doc = html('<input id="a"><input id="b">');
    const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
    const fields = lineFields(
      [cand(b, 'modifiers', { row: 0, order: 1 }), cand(a, 'modifiers', { row: 0, order: 0 })],
      [],
    );
    expect(fields).toMatchObject([
      { path: 'lines.0.modifiers', layout: { kind: 'slots' }, elements: [a, b] },
    ]);
  });

  it('pointer checkboxes carry the diagnosis each stands for', () => {
    const doc = html('<input type="checkbox" value="1"><input type="checkbox" value="3">');
    const boxes = [...doc.querySelectorAll('input')].map((el, i) =>
      cand(el, 'pointers', { row: 2, order: i, kind: 'checkbox' }),
    );
    expect(lineFields(boxes, [])[0]!.layout).toEqual({ kind: 'checkboxes', values: [1, 3] });
  });

  it('box 21 slots come from the names, 1-based or 0-based', () => {
    const doc = html('<input id="x"><input id="y">');
    const list = [
      cand(doc.getElementById('x')!, 'diagnosis', { dxIdx: { value: 1, strong: false } }),
      cand(doc.getElementById('y')!, 'diagnosis', { order: 1, dxIdx: { value: 2, strong: false } }),
    ];
    expect(diagnosisFields(list).map((f) => f.path)).toEqual(['diagnoses.0', 'diagnoses.1']);
  });

  it('a visible claim-level box beats a hidden input of the same role', () => {
    const doc = html('<input type="hidden" id="h"><input id="v">');
    const fields = contextFields([
      cand(doc.getElementById('h')!, 'patient.memberId', { hidden: true, kind: 'hidden', score: 9 }),
      cand(doc.getElementById('v')!, 'patient.memberId', { order: 1 }),
    ]);
    expect(fields[0]!.elements[0]!.id).toBe('v');
  });
});
