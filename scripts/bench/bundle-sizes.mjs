// Bundle sizes of a production build: each content script, and each page with what it loads before it
// can run (its HTML, the scripts and module chunks it imports statically, its style sheets); chunks a page
// imports later (`import()`) are listed apart. Raw bytes and gzip -9 (zlib level 9, each file on its own).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Static imports of an ES module chunk (`import{a}from"./x.js"`, `import"./x.js"`), as paths. */
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    found.add(path.resolve(path.dirname(file), m[1]));
  return [...found];
}

/** `import("./x.js")` and Vite's preload map: chunks loaded later, on demand. */
function dynamicImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const m of text.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
    found.add(path.resolve(path.dirname(file), m[1]));
  return [...found];
}

function closure(roots, next) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) stack.push(...next(file));
  }
  return seen;
}

function total(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const s = sizeOf(file);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
}

/** @param {string} dir a production build (`.output/bench/chrome-mv3`) */
export function bundleSizes(buildDir) {
  const dir = path.resolve(buildDir);
  // Scripts that run in portal pages: WXT's content scripts, and the unlisted ones (the probe, the claim
  // checker) at the top level.
  const contentScripts = [
    ...readdirSync(path.join(dir, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`),
    ...['probe.js', 'portal.js'].filter((f) => existsSync(path.join(dir, f))),
  ]
    .sort()
    .map((file) => ({ file, ...sizeOf(path.join(dir, file)) }));

  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+)"/g)].map((m) =>
        path.join(dir, m[1]),
      );
      const initial = closure([path.join(dir, f), ...refs], staticImports);
      const later = new Set();
      for (const file of initial)
        if (file.endsWith('.js')) for (const d of dynamicImports(file)) later.add(d);
      const lazy = [...closure([...later], staticImports)].filter((file) => !initial.has(file));
      return {
        file: f,
        files: [...initial].map((file) => path.relative(dir, file)).sort(),
        ...total(initial),
        lazy: { files: lazy.map((file) => path.relative(dir, file)).sort(), ...total(lazy) },
      };
    });

  const background = { file: 'background.js', ...sizeOf(path.join(dir, 'background.js')) };
  return { contentScripts, pages, background };
}

/** The parts the probe loads into a frame (lib/background/part-routes.ts), by what the frame shows. */
const PARTS = {
  'a frame with a claim form': 'portal.js',
  'a frame with remittance codes': 'content-scripts/remittance.js',
};

/**
 * What one portal frame carries without a user gesture, by kind of frame: the manifest's declared content
 * scripts (the probe) everywhere, plus the one part the probe loads where it finds a form or codes.
 * @param {string} buildDir a production build
 */
export function frameTotals(buildDir) {
  const dir = path.resolve(buildDir);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const declared = [...new Set((manifest.content_scripts ?? []).flatMap((s) => s.js ?? []))].sort();
  const frame = (kind, files) => ({ kind, files, ...total(files.map((f) => path.join(dir, f))) });
  return [
    frame('any other portal frame', declared),
    ...Object.entries(PARTS).map(([kind, file]) => frame(kind, [...declared, file])),
  ];
}
