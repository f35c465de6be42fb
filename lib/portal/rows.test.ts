import { describe, expect, it } from 'vitest';
import { placeRows, rankMap } from './rows';
import { cand, html } from './testing/dom';
import { nameIndex } from './tokens';

describe('rankMap', () => {
  it('ranks 1-based and 0-based numbering alike', () => {
    expect([...rankMap([1, 2, 3])!]).toEqual([...rankMap([0, 1, 2])!].map(([v, r]) => [v + 1, r]));
  });
  it('gives up on repeated numbers', () => expect(rankMap([1, 1])).toBeNull());
});

describe('placeRows', () => {
  it('takes rows from the DOM when names carry no index, and a slot number is not a row', () => {
    const doc = html(
      `<table>${[0, 1]
        .map(() => '<tr><td><input class="code"></td><td><input class="mod" name="Modfr1"></td></tr>')
        .join('')}</table>`,
    );
    const codes = [...doc.querySelectorAll('.code')].map((el, i) => cand(el, 'code', { order: i * 2 }));
    const mods = [...doc.querySelectorAll('.mod')].map((el, i) =>
      cand(el, 'modifiers', { order: i * 2 + 1, lineIdx: nameIndex('Modfr1', false) }),
    );
    const placed = placeRows([...codes, ...mods], codes);
    expect(mods.map((m) => m.row)).toEqual([0, 1]);
    expect(placed.lineCands).toHaveLength(4);
  });

  it('a diagnosis box inside a line row is that line pointer; outside, box 21', () => {
    const doc = html(`<input id="dx1"><table>
      <tr><td><input id="c0"></td><td><input id="p0"></td></tr>
      <tr><td><input id="c1"></td><td><input id="p1"></td></tr></table>`);
    const $ = (id: string) => doc.getElementById(id)!;
    const codes = [cand($('c0'), 'code'), cand($('c1'), 'code', { order: 2 })];
    const box21 = cand($('dx1'), 'diagnosis');
    const ptr = cand($('p1'), 'diagnosis', { order: 3 });
    const placed = placeRows([box21, ...codes, ptr], codes);
    expect(placed.dxCands).toEqual([box21]);
    expect(ptr.role).toBe('pointers');
    expect(ptr.row).toBe(1);
  });
});
