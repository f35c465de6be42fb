import { describe, expect, it } from 'vitest';
import { findAddLine, findListTable } from './composer';
import { html } from './testing/dom';

const visible = () => true;

describe('composer', () => {
  it('finds "Add Line" and "[+]" buttons, not "Add note"', () => {
    const doc = html('<button>Add note</button><input type="button" value="[+]">');
    expect(findAddLine([...doc.querySelectorAll('button, input')], visible)?.localName).toBe('input');
  });
  it('finds the list of added lines by its header, not the table holding the composer', () => {
    const doc = html(`<table id="composer"><tr><td><input id="anchor"></td></tr></table>
      <table id="list"><thead><tr><th>Procedure Code</th><th>Units</th><th>Charge</th></tr></thead></table>`);
    const list = findListTable([...doc.querySelectorAll('table')], doc.getElementById('anchor')!, visible);
    expect(list?.table.id).toBe('list');
    expect(list?.columns).toEqual({ code: 0, units: 1, charge: 2 });
  });
});
