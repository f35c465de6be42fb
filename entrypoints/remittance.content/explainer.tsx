import { render } from 'preact';
import { backOffDelay, type BackOff } from '../../lib/back-off';
import { createCodeBook, type CodeBook } from '../../lib/remittance/codebook';
import { findRemittanceCodes, type FoundCode } from '../../lib/remittance/find-codes';
import { RemittancePanel } from '../../components/remittance/remittance-panel';

/**
 * On remittance pages (EOB, ERA, claim status) of an enabled portal, explains the adjustment and remark
 * codes shown. The page is only scanned when its text mentions remittance words (one pass over
 * textContent, no layout), so ordinary portal pages cost next to nothing; the code table comes from the
 * background once codes are found.
 */
const HINT =
  /\b(CARC|RARC|reason codes?|remark codes?|adj(?:ustment)?\.? reason|group codes?|explanation of benefits|remittance|denial codes?|claim status)\b/i;

/** The watch's back-off: 0.5 s after a change, doubling on each scan that finds nothing, at most 10 s. */
export const EXPLAINER_BACK_OFF: BackOff = { base: 500, max: 10_000, maxDoublings: 5 };

/**
 * Everything the explainer needs from its surroundings, injected so that unit tests drive it on a
 * happy-dom page (index.tsx passes the real ones: the background's table, the shadow host).
 */
export type ExplainerOptions = {
  document: Document;
  signal: AbortSignal;
  /** The CARC/RARC table's text, from the background. */
  codeTable(): Promise<string>;
  mountUi(): { container: Element };
  /** Nodes of our own UI, whose changes are ignored. */
  isOwnNode(node: Node): boolean;
  /** The watch's back-off (tests shorten it). */
  backOff?: BackOff;
};

export function startRemittanceExplainer(options: ExplainerOptions) {
  const { document: doc, signal } = options;
  let book: CodeBook | null = null;
  let bookRequested = false;
  let container: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = '';

  // Scans that found nothing since the last that found codes (lib/back-off.ts).
  let quiet = 0;
  const scan = () => {
    timer = undefined;
    if (signal.aborted) return;
    const text = doc.body?.textContent ?? '';
    if (!HINT.test(text)) return void quiet++;
    let found: FoundCode[];
    try {
      found = findRemittanceCodes(doc);
    } catch {
      return;
    }
    if (found.length === 0 && !container) return void quiet++;
    quiet = 0;
    const key = found.map((f) => `${f.kind}${f.group ?? ''}${f.code}`).join(',');
    if (key === lastKey && container) return;
    lastKey = key;
    if (!book) {
      if (!bookRequested) {
        bookRequested = true;
        options
          .codeTable()
          .then((table) => {
            book = createCodeBook(table);
            lastKey = '';
            scan();
          })
          .catch(() => undefined); // no explanations without the table: show nothing rather than guesses
      }
      return;
    }
    container ??= options.mountUi().container;
    const explain = book.explain;
    const show = (code: FoundCode) => code.element.scrollIntoView({ block: 'center' });
    render(<RemittancePanel codes={found} explain={explain} onShow={show} />, container);
  };

  const schedule = (delay: number) => {
    if (timer === undefined) timer = setTimeout(scan, delay);
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => options.isOwnNode(r.target))) return;
    schedule(backOffDelay(options.backOff ?? EXPLAINER_BACK_OFF, quiet));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (container) render(null, container);
  });
  scan();
}
