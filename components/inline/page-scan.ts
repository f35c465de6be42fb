/**
 * The page's elements at a point, for the fill gate (intent-gate.ts) where IntersectionObserver v2 cannot
 * say whether our control is covered: Firefox, or under a filter on <html> (Dark Reader's filter mode,
 * on a real saved UHC page). Run on a click only. Part of the autofill script, loaded with the first fill,
 * so that the claim-form script every portal frame runs stays inside its budget.
 */
import type { PageScanner } from './intent-gate';

export const pageScanner: PageScanner = {
  blinds: effectsAbove,
  covers: (doc, host, x, y, hit) =>
    seeThrough(host) || (hit && !hitsHost(doc, x, y, host)) || paintedAbove(doc, host, x, y),
};

/**
 * Our host, or an element above it, is made (nearly) transparent or hidden: the page can style our host
 * (it is a plain element of its document), and a person cannot mean a click on what they cannot see.
 * IntersectionObserver v2 says the same where the browser has it.
 */
function seeThrough(host: Element): boolean {
  let opacity = 1;
  for (let e: Element | null = host; e; e = e.parentElement) {
    const c = getComputedStyle(e);
    if (c.visibility === 'hidden' || c.visibility === 'collapse') return true;
    opacity *= c.opacity === '' ? 1 : Number(c.opacity);
    const filter = /opacity\(\s*([\d.]+)(%?)/.exec(c.filter);
    if (filter) opacity *= Number(filter[1]) / (filter[2] ? 100 : 1);
  }
  return opacity < 0.9;
}

/** The topmost element at the click's point that takes clicks is our host. */
function hitsHost(doc: Document, x: number, y: number, host: Element): boolean {
  if (typeof doc.elementFromPoint !== 'function') return true;
  const top = doc.elementFromPoint(x, y);
  return top === null || top === host || host.contains(top);
}

/** Our host's z-index (shadow-host.ts): the page must outdo it to paint over our UI. */
const HOST_Z = 2147483646;
const MAX_SCANNED = 20_000;

/** An ancestor's filter, opacity, transform or blend makes IntersectionObserver v2 say "not visible". */
function effectsAbove(host: Element): boolean {
  for (let e = host.parentElement; e; e = e.parentElement) {
    if (hasEffect(getComputedStyle(e))) return true;
  }
  return false;
}

/**
 * Whether a page element at (x, y) is painted above our host, clicks through it or not: it is in the
 * top layer (a modal dialog, a popover, full screen), or its outermost stacking context below <body>
 * has a z-index of at least ours. Elements inside a low stacking context stay below us whatever their
 * own z-index. Run on a click only.
 */
function paintedAbove(doc: Document, host: Element, x: number, y: number): boolean {
  const all = doc.body?.getElementsByTagName('*') ?? [];
  for (let i = 0; i < all.length && i < MAX_SCANNED; i++) {
    const el = all[i]!;
    if (el === host || host.contains(el) || el.contains(host)) continue;
    const r = el.getBoundingClientRect();
    if (x < r.left || x > r.right || y < r.top || y > r.bottom || !r.width || !r.height) continue;
    if (inTopLayer(el) || rootLevelZ(el, doc) >= HOST_Z) return true;
  }
  return false;
}

function inTopLayer(el: Element): boolean {
  for (const selector of [':modal', ':popover-open', ':fullscreen']) {
    try {
      if (el.closest(selector)) return true;
    } catch {
      // a selector this browser does not know: nothing of that kind can be open
    }
  }
  return false;
}

/** A filter, opacity, transform or blend (each also makes a stacking context). */
function hasEffect(c: CSSStyleDeclaration): boolean {
  const set = (value: string, none: string) => Boolean(value) && value !== none;
  return (
    set(c.filter, 'none') || set(c.opacity, '1') || set(c.transform, 'none') || set(c.mixBlendMode, 'normal')
  );
}

/** The z-index of the outermost stacking context holding `el` (0 when none: it paints in the root one). */
function rootLevelZ(el: Element, doc: Document): number {
  let z = 0;
  for (let e: Element | null = el; e && e !== doc.body && e !== doc.documentElement; e = e.parentElement) {
    const c = getComputedStyle(e);
    const positioned = Boolean(c.position) && c.position !== 'static';
    const zSet = positioned && Boolean(c.zIndex) && c.zIndex !== 'auto';
    const own = zSet ? parseInt(c.zIndex, 10) || 0 : 0;
    const context = zSet || c.position === 'fixed' || c.position === 'sticky' || hasEffect(c);
    if (context) z = own;
  }
  return z;
}
