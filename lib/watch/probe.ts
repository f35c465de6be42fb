/**
 * The probe: the only script every portal frame gets. It looks for signs of a claim form or of
 * remittance codes and asks the background to load the reader (portal.js) or the explainer
 * (remittance.js) into this frame only there, so a frame carries at most one of them on top of this
 * (DESIGN.md, Budgets: 30 KB gzipped of our script per frame). It imports nothing but the cheap claim-form
 * test, reads no layout and no styles, and backs off on pages that keep changing without a form.
 */
import { backOffDelay, type BackOff } from '../back-off';
import { mightHoldClaimForm } from '../portal/quick-check';

export type ProbePart = 'claim' | 'remittance';

export type ProbeOptions = {
  document: Document;
  signal: AbortSignal;
  /** Asks the background to load a part into this frame (resolves when it ran, or failed). */
  load(part: ProbePart): Promise<unknown>;
  backOff?: BackOff;
};

/** Words of remittance pages (EOB, ERA, claim status): the explainer's own hint, kept here too. */
const REMITTANCE =
  /\b(CARC|RARC|reason codes?|remark codes?|adj(?:ustment)?\.? reason|group codes?|explanation of benefits|remittance|denial codes?|claim status)\b/i;

/** Claim-form words in the page text, for forms whose boxes carry no telling name (captions only). */
const CLAIM_TEXT = /\b(CPT|HCPCS|procedure code|diagnosis|ICD-?10|place of service|days or units)\b/i;

export const PROBE_BACK_OFF: BackOff = { base: 300, max: 10_000, maxDoublings: 6 };

/** What the frame shows signs of, cheapest tests first; null when nothing. */
export function probePage(doc: Document): ProbePart | null {
  const body = doc.body;
  if (!body) return null;
  if (mightHoldClaimForm(doc)) return 'claim';
  const text = (body.textContent ?? '').slice(0, 200_000);
  if (
    CLAIM_TEXT.test(text) &&
    doc.getElementsByTagName('input').length + doc.getElementsByTagName('select').length >= 3
  )
    return 'claim';
  if (REMITTANCE.test(text)) return 'remittance';
  return null;
}

/**
 * Probes now and after each burst of page changes (backed off while nothing is found) until a part is
 * loaded. The claim reader wins a frame that shows both: it is the one a biller types into, and two
 * parts in one frame would pass the budget.
 */
export function startProbe(options: ProbeOptions): void {
  const { document: doc, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let misses = 0;
  let done = false;
  const observer = new MutationObserver(() => {
    if (timer === undefined && !done)
      timer = setTimeout(look, backOffDelay(options.backOff ?? PROBE_BACK_OFF, misses));
  });
  const stop = () => {
    done = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  function look() {
    timer = undefined;
    if (signal.aborted || done) return;
    let part: ProbePart | null = null;
    try {
      part = probePage(doc);
    } catch {
      part = null;
    }
    if (!part) return void misses++;
    stop();
    options.load(part).catch(() => undefined);
  }
  signal.addEventListener('abort', stop);
  if (doc.documentElement)
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  look();
}
