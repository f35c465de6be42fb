import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer } from './support/server';

// The panel as staff meet it while they type: on every portal fixture whose form is the page itself, at
// two window sizes, each visible box is focused in turn (as Tab would) and, once the panel has settled,
// we look at what it covers. The panel must never cover the focused box or its 40 px neighbourhood (the
// box's row controls, an "Add line" beside it); the share of visible portal controls under it is
// printed for each page, as a person would judge how much of the form it hides.

const PAGES = [
  'angular-material-cms1500.html',
  'angular-reactive.html',
  'availity-professional-claim.html',
  'generated-50-lines.html',
  'medicaid-composer.html',
  'officeally-hcfa-cms0212-2016.html',
  'plain-label-for-date.html',
  'react-controlled.html',
  'uhc-hcfa1500-2016.html',
  'uhc-linkhealth-claim.html',
  'web-components-claim.html',
];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 1024, height: 700 },
];
/** Boxes focused per page and size: enough to walk each form's first screens. */
const FOCUSES = 20;

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Walk = { focused: number; coveredFocus: string[]; share: number[] };

describe('the panel while staff type', () => {
  const rows: string[] = [];
  afterAll(() =>
    console.log(
      `panel coverage (visible controls under the panel, mean / max per focus):\n${rows.join('\n')}`,
    ),
  );

  for (const viewport of VIEWPORTS)
    test.each(PAGES)(`${viewport.width}×${viewport.height}: %s`, async (name) => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/portals/${name}`);
      await page
        .locator('div[data-mba-host="mba-claim-check"]')
        .waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(300);
      const walk: Walk = await page.evaluate(async (focuses) => {
        const host = document.querySelector('div[data-mba-host="mba-claim-check"]')!;
        const panel = host.shadowRoot!.querySelector('[data-mba-panel]') as HTMLElement;
        const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const hit = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
        };
        const inView = (r: DOMRect) =>
          r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        // Every control, those inside open shadow roots too (a web-components form).
        const all: Element[] = [];
        const collect = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.matches('input:not([type=hidden]), select, textarea, button')) all.push(el);
            if (el.shadowRoot && el !== host) collect(el.shadowRoot);
          }
        };
        collect(document);
        const controls = all.filter(shown) as HTMLElement[];
        const out = { focused: 0, coveredFocus: [] as string[], share: [] as number[] };
        for (const box of controls.filter((c) => c.matches('input, select, textarea')).slice(0, focuses)) {
          box.focus();
          await frames();
          await new Promise((r) => setTimeout(r, 60));
          await frames();
          const p = panel.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          if (!inView(b)) continue;
          out.focused++;
          const n = 40;
          if (hit(p, { left: b.left - n, top: b.top - n, right: b.right + n, bottom: b.bottom + n }))
            out.coveredFocus.push(box.id || box.getAttribute('name') || box.outerHTML.slice(0, 60));
          const visible = controls.filter((c) => inView(c.getBoundingClientRect()));
          const under = visible.filter((c) => hit(p, c.getBoundingClientRect()));
          out.share.push(visible.length ? under.length / visible.length : 0);
        }
        return out;
      }, FOCUSES);
      const mean = walk.share.reduce((a, b) => a + b, 0) / Math.max(1, walk.share.length);
      const max = Math.max(0, ...walk.share);
      rows.push(
        `${viewport.width}×${viewport.height} ${name}: ${walk.focused} focuses, ${(mean * 100).toFixed(1)} % / ${(max * 100).toFixed(1)} %, focused box covered ${walk.coveredFocus.length}×`,
      );
      await page.close();
      expect(walk.focused).toBeGreaterThan(0);
      expect(walk.coveredFocus).toEqual([]);
    });
});
