/**
 * The web-component fixture: every input sits in an open shadow root, service lines in nested shadow
 * roots of their own, named without an index (rows from the DOM, across shadow boundaries).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateClaimForm, readLocatedForm } from '../../../lib/portal';
import { loadFixture, type, type Page } from './load';

let page: Page;
const form = () => page.document.querySelector('claim-form')!.shadowRoot!;
const line = (i: number) => form().querySelectorAll('service-line')[i]!.shadowRoot!;

beforeAll(async () => {
  page = await loadFixture('web-components-claim.html', { scripts: true });
});
afterAll(() => page.close());

describe('web-component form (open shadow roots)', () => {
  it('reads inputs inside nested open shadow roots, rows by DOM', () => {
    const located = locateClaimForm(page.document)!;
    expect(located.rows).toEqual([0, 1]);
    expect(located.addLine?.textContent).toBe('Add service line');
    type(form().querySelector('#ln'), 'Rivera');
    type(form().querySelector('#dob'), '1986-04-12');
    type(form().querySelector('#mid'), 'XJH449120331');
    type(form().querySelector('#bnpi'), '1558598797');
    const dx = form().querySelectorAll('input[name="icd"]');
    type(dx[0], 'M54.50');
    type(dx[1], 'M6283');
    type(line(1).querySelector('[name="dos"]'), '2026-03-02');
    type(line(1).querySelector('[name="code"]'), '97124');
    type(line(1).querySelector('[name="mods"]'), '59:XS');
    type(line(1).querySelector('[name="dx"]'), 'AB');
    type(line(1).querySelector('[name="qty"]'), '2');
    type(line(1).querySelector('[name="fee"]'), '80');
    const read = readLocatedForm(located);
    expect(read.draft).toEqual({
      patient: { lastName: 'Rivera', birthDate: '1986-04-12', memberId: 'XJH449120331' },
      referringProvider: {},
      billingProvider: { npi: '1558598797' },
      diagnoses: ['M54.50', 'M62.83'],
      lines: [
        {
          row: 1,
          from: '2026-03-02',
          code: '97124',
          modifiers: ['59', 'XS'],
          pointers: [1, 2],
          units: 2,
          charge: 80,
        },
      ],
    });
    expect(read.elementsByPath.get('lines.1.code')![0]).toBe(line(1).querySelector('[name="code"]'));
  });

  it('finds a line added inside the shadow tree once located again', () => {
    (form().querySelector('button.add') as HTMLButtonElement).click();
    const again = locateClaimForm(page.document)!;
    expect(again.rows).toEqual([0, 1, 2]);
    type(line(2).querySelector('[name="code"]'), '97140');
    expect(readLocatedForm(again).draft.lines.at(-1)).toMatchObject({ row: 2, code: '97140' });
  });
});
