/**
 * The cheap look before any scoring: could this root hold a claim form at all? A few attribute and label
 * tests, no style reads, no scoring. The probe content script runs it in every frame, so it imports
 * nothing and stays a few hundred bytes.
 */

/** Cheap test run before anything else: does this root look like it could hold a claim form? */
export function mightHoldClaimForm(root: Document | Element): boolean {
  const inputs = root.getElementsByTagName('input');
  const count = inputs.length + root.getElementsByTagName('select').length;
  // Signals only a claim form carries: a procedure code, a diagnosis, an NPI, a modifier. Dates of
  // service, units and charges alone are not enough: claim lists and payment screens have those too, and
  // running the full locator on every refresh of such a list is work the page gets nothing for.
  const ATTR = /cpt|hcpc|proc|diag|icd|\bdx|npi|modif/i;
  if (count >= 3) {
    const all = root.querySelectorAll('input, select, textarea, mat-select');
    const n = Math.min(all.length, 1500);
    for (let i = 0; i < n; i++) {
      const el = all[i]!;
      const text = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('formcontrolname') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
      if (ATTR.test(text)) return true;
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy && LABEL.test(labelledText(el, labelledBy))) return true;
    }
    const labels = root.querySelectorAll('label, th, mat-label, legend');
    const m = Math.min(labels.length, 300);
    for (let i = 0; i < m; i++) {
      if (LABEL.test((labels[i]!.textContent ?? '').slice(0, 100))) return true;
    }
  }
  // Forms built from web components keep their inputs in shadow roots the selectors above cannot see.
  const all = root.querySelectorAll('*');
  const n = Math.min(all.length, 30000);
  for (let i = 0; i < n; i++) {
    const shadow = all[i]!.shadowRoot;
    if (shadow && shadowHolds(shadow, 0)) return true;
  }
  return false;
}

/** Label words only a claim form's fields carry (see mightHoldClaimForm). */
const LABEL = /cpt|hcpcs|procedure|diagnosis|icd|service code/i;

function labelledText(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .slice(0, 3)
    .map((id) => doc.getElementById(id)?.textContent?.slice(0, 100) ?? '')
    .join(' ');
}

function shadowHolds(shadow: ShadowRoot, depth: number): boolean {
  if (shadow.querySelector('input, select, textarea')) return true;
  if (depth > 4) return false;
  for (const el of Array.from(shadow.querySelectorAll('*'))) {
    if (el.shadowRoot && shadowHolds(el.shadowRoot, depth + 1)) return true;
  }
  return false;
}
