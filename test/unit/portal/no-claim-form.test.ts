/**
 * Pages without a claim form: the content script locates on every page of a portal, so these must come
 * back null, and cheaply: no style reads and no text walks before the quick check says "maybe".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locateClaimForm, readClaimForm } from '../../../lib/portal';
import { loadHtml, type Page } from './load';

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

async function costOf(body: string) {
  page = await loadHtml(`<!DOCTYPE html><html><body>${body}</body></html>`);
  const view = page.window as unknown as Window;
  const styles = vi.spyOn(view, 'getComputedStyle');
  const walkers = vi.spyOn(page.document, 'createTreeWalker');
  const form = locateClaimForm(page.document);
  return { form, styleReads: styles.mock.calls.length, walks: walkers.mock.calls.length };
}

describe('pages without a claim form', () => {
  it('a login page: null, with no style reads', async () => {
    const r = await costOf(
      '<form><label>User <input name="user"></label><label>Password <input type="password" name="pw"></label><button>Sign in</button></form>',
    );
    expect(r).toEqual({ form: null, styleReads: 0, walks: 0 });
  });

  it('a claim-status list with a "Date of service" column and a checkbox per row: null, no scoring', async () => {
    const rows = Array.from(
      { length: 100 },
      (_, i) =>
        `<tr><td><input type="checkbox" name="select${i}"></td><td>Claim ${i}</td><td>11/${(i % 28) + 1}/2026</td><td>$80.00</td><td>Paid</td></tr>`,
    ).join('');
    const r = await costOf(
      `<table><thead><tr><th>Select</th><th>Claim</th><th>Date of service</th><th>Charges</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(r).toEqual({ form: null, styleReads: 0, walks: 0 });
  });

  it('a long claims list with a site search box: null, with no style reads', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<tr><td>Claim ${i}</td><td>03/02/2026</td><td>Paid</td></tr>`,
    ).join('');
    const r = await costOf(
      `<input type="search" name="q" placeholder="Search"><input name="from"><input name="to"><table>${rows}</table>`,
    );
    expect(r).toEqual({ form: null, styleReads: 0, walks: 0 });
  });

  it('an address form and a lone CPT lookup box are not claim forms', async () => {
    expect(
      (
        await costOf(
          '<form><input name="street"><input name="city"><input name="zipCode"><input name="phone"></form>',
        )
      ).form,
    ).toBeNull();
    await page?.close();
    expect(
      (
        await costOf(
          '<form><label for="c">CPT code lookup</label><input id="c" name="cpt"><button>Find</button></form>',
        )
      ).form,
    ).toBeNull();
  });

  it('readClaimForm gives an empty draft', async () => {
    page = await loadHtml('<!DOCTYPE html><html><body><p>Welcome</p></body></html>');
    expect(readClaimForm(page.document)).toEqual({
      patient: {},
      referringProvider: {},
      billingProvider: {},
      diagnoses: [],
      lines: [],
    });
  });
});
