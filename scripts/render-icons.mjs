// Renders the extension's icons from their vector sources (assets/icon/*.svg) to the PNGs the manifest
// names (public/icon/<size>.png), with Debian's Chromium through playwright-core: no image tool to install.
// `npm run icons` after changing an SVG; the PNGs are committed, so a build never needs a browser.
// Also writes test-results/screenshots/icons-preview.png: every size at 1:1 and magnified, on light and
// dark toolbars, to look at before committing.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = path.resolve('assets/icon');
const OUT = path.resolve('public/icon');
const PREVIEW = path.resolve('test-results/screenshots/icons-preview.png');
/** 16 and 32 (toolbar, favicon-sized) come from the simplified drawing; 48 and 128 from the full one. */
const SIZES = [
  [16, 'icon-small.svg'],
  [32, 'icon-small.svg'],
  [48, 'icon.svg'],
  [128, 'icon.svg'],
];

const svgMarkup = (file, size) =>
  readFileSync(path.join(SOURCES, file), 'utf8')
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  mkdirSync(OUT, { recursive: true });
  const rendered = [];
  for (const [size, file] of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svgMarkup(file, size)}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(path.join(OUT, `${size}.png`), png);
    rendered.push([size, png.toString('base64')]);
    await page.close();
    console.log(`public/icon/${size}.png  ${png.length} bytes`);
  }

  // The preview sheet: each PNG as shipped (1:1) and magnified 4× without smoothing, on two backgrounds.
  const row = (bg) =>
    `<div style="background:${bg};padding:12px;display:flex;gap:20px;align-items:end">${rendered
      .map(
        ([size, b64]) =>
          `<figure style="margin:0;text-align:center;font:11px sans-serif;color:#888">
             <img src="data:image/png;base64,${b64}" width="${size}" height="${size}"><br>
             <img src="data:image/png;base64,${b64}" width="${Math.min(size * 4, 256)}"
                  style="image-rendering:pixelated"><figcaption>${size}px</figcaption></figure>`,
      )
      .join('')}</div>`;
  const page = await browser.newPage({ viewport: { width: 900, height: 400 } });
  await page.setContent(`<!doctype html><body style="margin:0">${row('#f3f4f6')}${row('#202124')}</body>`);
  mkdirSync(path.dirname(PREVIEW), { recursive: true });
  await page.screenshot({ path: PREVIEW, fullPage: true });
  console.log(`preview: ${path.relative(process.cwd(), PREVIEW)}`);
} finally {
  await browser.close();
}
