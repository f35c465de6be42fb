/**
 * Conventions every portal adapter keeps (refined-github's selectors.test.ts pattern): it is registered,
 * names a fixture that exists, every selector matches that fixture exactly as often as the adapter says,
 * its paths are claim paths, and it is only a shortcut: the generic locator alone finds the same fields.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { locateClaimForm } from '../../lib/portal';
import { ADAPTERS } from '../../lib/portal/adapters';
import { parseAdapterPath, urlMatches } from '../../lib/portal/adapters/apply';
import { FIXTURES, loadFixture, type Page } from './portal/load';

const ADAPTER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../lib/portal/adapters');
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts', 'apply.ts']);

/** Addresses each portal's claim form is served from (from docs/reference/portals.md and the fixtures' provenance). */
const LIVE_URLS: Record<string, string> = {
  officeally:
    'https://www.officeally.com/oa/Claims/OA_EditClaim_HCFA.aspx?GOTO=OnlineEntry&TaskAction=Edit&Mode=Create&ClaimID=-1&CMS=0212',
  availity: 'https://essentials.availity.com/static/web/post/claims-ui/#/professional',
};

const pages = new Map<string, Page>();
async function page(name: string, latin1 = false) {
  let p = pages.get(name);
  if (!p) pages.set(name, (p = await loadFixture(name, { latin1 })));
  return p;
}
afterAll(async () => {
  for (const p of pages.values()) await p.close();
});

/**
 * The saved pages in test/fixtures/portals/ each adapter is tested on (test data, so not shipped in the
 * adapter itself, which every portal frame loads); the fields' `count`s refer to the first one.
 */
const ADAPTER_FIXTURES: Record<string, string[]> = {
  officeally: ['officeally-hcfa-cms0212-2016.html'],
  availity: ['availity-professional-claim.html'],
};
const fixturesOf = (id: string) => ADAPTER_FIXTURES[id] ?? [];

describe('portal adapters', () => {
  it('every adapter file is registered, once, with a unique id', () => {
    const files = readdirSync(ADAPTER_DIR).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f),
    );
    expect(ADAPTERS).toHaveLength(files.length);
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  for (const adapter of ADAPTERS) {
    describe(adapter.id, () => {
      it('names fixtures that exist', () => {
        expect(fixturesOf(adapter.id).length).toBeGreaterThan(0);
        const present = new Set(readdirSync(FIXTURES));
        for (const f of fixturesOf(adapter.id)) expect(present, f).toContain(f);
      });

      it('matches the live address of its claim form, and only https pages', () => {
        expect(LIVE_URLS[adapter.id], 'add the live URL to LIVE_URLS').toBeDefined();
        expect(urlMatches(adapter, LIVE_URLS[adapter.id]!)).toBe(true);
        for (const url of adapter.urls) expect(url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
        expect(urlMatches(adapter, 'https://example.com/claims')).toBe(false);
      });

      it('has claim paths and selectors that match its fixture as often as it says', async () => {
        const p = await page(fixturesOf(adapter.id)[0]!, fixturesOf(adapter.id)[0]!.startsWith('uhc-hcfa'));
        expect(p.document.querySelectorAll(adapter.signature), 'signature').toHaveLength(1);
        if (adapter.addLine) expect(p.document.querySelectorAll(adapter.addLine), 'addLine').toHaveLength(1);
        for (const field of adapter.fields) {
          expect(parseAdapterPath(field.path), field.path).not.toBeNull();
          expect(field.path.includes('#'), `${field.path}: # paths need an index pattern`).toBe(
            field.index !== undefined,
          );
          expect(p.document.querySelectorAll(field.selector), `${field.path} ${field.selector}`).toHaveLength(
            field.count,
          );
        }
      });

      it('is only a shortcut: the generic locator alone finds the same fields', async () => {
        for (const fixture of fixturesOf(adapter.id)) {
          const p = await page(fixture, fixture.startsWith('uhc-hcfa'));
          const withAdapter = locateClaimForm(p.document, { adapters: [adapter] })!;
          const generic = locateClaimForm(p.document, { adapters: [] })!;
          expect(withAdapter.adapter).toBe(adapter.id);
          // Claim paths only: fill-only boxes (`fill.*`, never read into the ClaimDraft) may come from an
          // adapter alone; the generic locator finds those it can (tested in test/unit/portal/fill-targets).
          const paths = (f: typeof generic) =>
            new Map(f.fields.filter((x) => !x.path.startsWith('fill.')).map((x) => [x.path, x.elements]));
          expect(paths(generic)).toEqual(paths(withAdapter));
        }
      });
    });
  }
});
