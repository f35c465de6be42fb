import { describe, expect, it } from 'vitest';
import { mergeDate } from './dates';
import { cand, html } from './testing/dom';

describe('mergeDate', () => {
  it('joins boxes whose names say month, day and year, in page order', () => {
    const doc = html('<input id="m"><input id="d"><input id="y" maxlength="2">');
    const [m, d, y] = ['m', 'd', 'y'].map((id) => doc.getElementById(id)!);
    const field = mergeDate([
      cand(y!, 'from', { part: 'year', order: 2 }),
      cand(m!, 'from', { part: 'month', order: 0 }),
      cand(d!, 'from', { part: 'day', order: 1 }),
    ])!;
    expect(field.layout).toEqual({ kind: 'date-parts', parts: ['month', 'day', 'year'] });
    expect(field.elements).toEqual([m, d, y]);
    expect(field.format.yearDigits).toBe(2);
  });

  it('three unnamed boxes of 2, 2 and 4 characters are month, day, year', () => {
    const doc = html('<input maxlength="2"><input maxlength="2"><input maxlength="4">');
    const boxes = [...doc.querySelectorAll('input')].map((el, i) => cand(el, 'from', { order: i }));
    expect(mergeDate(boxes)!.layout).toEqual({ kind: 'date-parts', parts: ['month', 'day', 'year'] });
  });

  it('a single box says the format it wants', () => {
    const doc = html('<input placeholder="MM-DD-YYYY">');
    const field = mergeDate([cand(doc.querySelector('input')!, 'from')])!;
    expect(field.layout).toEqual({ kind: 'single' });
    expect(field.format.date).toBe('MM-DD-YYYY');
  });
});
