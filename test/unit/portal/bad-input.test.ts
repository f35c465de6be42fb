/**
 * Bad input: 500 rows, 10,000-character values, labels holding markup or script, inputs removed
 * while being read, detached roots, a frame whose document was replaced. No exception escapes, nothing from
 * the page becomes markup, every value comes back as a short string or number.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { locateClaimForm, readClaimForm, readLocatedForm } from '../../../lib/portal';
import { generateClaimPage } from '../../fixtures/generate';
import { loadHtml, type, type Page } from './load';

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const L = 'ctl00_phFolderContent_ucHCFA_ucHCFALineItem_ucClaimLineItem_';
const H = 'ctl00_phFolderContent_ucHCFA_';

describe('bad input', () => {
  it('reads a 500-row page', async () => {
    page = await loadHtml(generateClaimPage({ lines: 500 }));
    const form = locateClaimForm(page.document, { adapters: [] })!;
    expect(form.rows).toHaveLength(500);
    const { draft } = readLocatedForm(form);
    expect(draft.lines).toHaveLength(500);
    expect(draft.lines[499]).toMatchObject({
      row: 499,
      code: '97140',
      pointers: [1, 2],
      units: 2,
      charge: 80,
    });
  }, 60_000); // happy-dom's style reads are slow; a browser locates this page in a fraction of the time

  it('keeps 10,000-character values short', async () => {
    page = await loadHtml(generateClaimPage({ lines: 2, filled: false }));
    const huge = 'X9'.repeat(5000);
    const doc = page.document;
    for (const id of [
      `${H}PRI_PATIENT_ID`,
      `${H}LAST_NAME`,
      `${H}DIAGNOSIS_CODECMS0212_1`,
      `${L}CPT_CODE0`,
      `${L}MODIFIER_A0`,
      `${L}DOS_DIAG_CODE0`,
      `${L}UNITS0`,
      `${L}DOS_CHRG0`,
      `${L}FM_DATE_OF_SVC_MONTH0`,
    ])
      type(doc.getElementById(id), huge);
    const draft = readClaimForm(doc);
    const strings = JSON.stringify(draft).match(/"[^"]*"/g) ?? [];
    expect(Math.max(...strings.map((s) => s.length))).toBeLessThanOrEqual(66);
    expect(draft.lines[0]!.units).toBeUndefined();
    expect(draft.lines[0]!.charge).toBeUndefined();
    expect(draft.lines[0]!.pointers.length).toBeLessThanOrEqual(12);
  });

  it('never turns label or value text into markup, and runs no page text', async () => {
    page = await loadHtml(`<!DOCTYPE html><html><head><title>portal</title></head><body><form>
      <label for="m">Member ID <img src="x" onerror="document.title='pwned'"><script>document.title='pwned'</script></label><input id="m">
      <table><tr><th>CPT &lt;b&gt;bold&lt;/b&gt; <i>HCPCS</i></th><th>Units<svg onload="document.title='pwned'"></svg></th></tr>
      <tr><td><input name="cpt_0"></td><td><input name="units_0"></td></tr></table></form></body></html>`);
    const doc = page.document;
    const before = doc.getElementsByTagName('*').length;
    type(doc.getElementById('m'), '<img src=x onerror="alert(1)">');
    type(doc.querySelector('[name=cpt_0]'), '<script>alert(1)</script>');
    type(doc.querySelector('[name=units_0]'), '2');
    const form = locateClaimForm(doc)!;
    const { draft } = readLocatedForm(form);
    expect(draft.patient.memberId).toBe('<img src=x onerror="alert(1)">');
    expect(draft.lines[0]).toMatchObject({ code: '<SCRIPT>ALERT(1)</SCRIPT>', units: 2 });
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.title).toBe('portal');
  });

  it('survives inputs removed, replaced or throwing while the form is read', async () => {
    page = await loadHtml(generateClaimPage({ lines: 3 }));
    const doc = page.document;
    const form = locateClaimForm(doc, { adapters: [] })!;
    // A page script that, in the middle of our read, removes line 2 and breaks line 1's units box.
    const code0 = doc.getElementById(`${L}CPT_CODE0`) as HTMLInputElement;
    Object.defineProperty(code0, 'value', {
      configurable: true,
      get() {
        doc.getElementById(`${L}CPT_CODE2`)?.closest('tr')?.remove();
        return '97124';
      },
    });
    Object.defineProperty(doc.getElementById(`${L}UNITS1`)!, 'value', {
      configurable: true,
      get() {
        throw new Error('page script failure');
      },
    });
    const read = readLocatedForm(form);
    expect(read.stale).toBe(true);
    expect(read.draft.lines.map((l) => l.code)).toEqual(['97124', '97140', '97124']);
    expect(read.draft.lines[1]!.units).toBeUndefined();
    expect(read.draft.lines[0]!.units).toBe(2);
  });

  it('handles detached roots and a frame whose document was replaced', async () => {
    page = await loadHtml(generateClaimPage({ lines: 2 }));
    const doc = page.document;
    const detached = doc.createElement('div');
    detached.append(...Array.from(doc.body.childNodes).map((n) => n.cloneNode(true)));
    expect(() => readClaimForm(detached)).not.toThrow();
    expect(() => locateClaimForm(doc.createElement('div'))).not.toThrow();
    expect(locateClaimForm(doc.implementation.createHTMLDocument(''))).toBeNull();

    const form = locateClaimForm(doc)!;
    // The frame navigates: the located elements are gone with their document.
    doc.open();
    doc.write('<!DOCTYPE html><html><body><p>Claim sent.</p></body></html>');
    doc.close();
    const read = readLocatedForm(form);
    expect(read.stale).toBe(true);
    expect(read.draft.lines).toHaveLength(2);
    expect(locateClaimForm(doc)).toBeNull();
  });
});
