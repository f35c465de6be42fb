/**
 * Watches a page for a claim form and for what staff type into it. Plain DOM, no framework, so it can be
 * tested in happy-dom. The costs are kept where DESIGN.md's budgets put them:
 * - a page without a claim form: one locate at start, then an observer whose callback only looks at the
 *   nodes added (is there a form control among them?) and re-arms a timer; no layout reads, no rescans;
 * - while typing: `input`/`change`/`focusout` are coalesced to one update per task, so a keystroke costs one
 *   re-read and one evaluation;
 * - rows added later ("add line", composer lists): re-locate, debounced.
 */
import { backOffDelay } from '../back-off';

export type WatcherOptions<Form> = {
  root: Document;
  signal: AbortSignal;
  /** Finds the claim form, or null when the page has none. Must be cheap on pages without one. */
  locate(root: Document): Form | null;
  /** Called when a form is found, replaced after rows changed, or lost (null). */
  onForm(form: Form | null): void;
  /** Called after values changed in a located form (coalesced). */
  onValues(): void;
  /** Our own UI host, whose mutations are ignored. */
  isOwnNode?(node: Node): boolean;
  /** Delays, in ms (tests shorten them). */
  relocateDelay?: number;
  discoverDelay?: number;
};

const FORM_CONTROL = /^(INPUT|SELECT|TEXTAREA|MAT-SELECT)$/;
const MAX_DISCOVER_DELAY = 10_000;

export function watchClaimForm<Form>(options: WatcherOptions<Form>): { refresh(): void } {
  const { root, signal, locate, onForm, onValues } = options;
  const isOwn = options.isOwnNode ?? (() => false);
  let form: Form | null = null;
  let valuesQueued = false;
  let relocateTimer: ReturnType<typeof setTimeout> | undefined;
  // Pages without a claim form whose lists keep re-rendering (a claim-status grid refreshing every
  // second) would have the locator run on each refresh: each fruitless look doubles the wait before the
  // next one, up to MAX_DISCOVER_DELAY (Bitwarden's adaptive mutation delay works the same way).
  let misses = 0;

  const safeLocate = (): Form | null => {
    try {
      return locate(root);
    } catch (error) {
      console.warn(
        'Massage Billing Assistant: could not read this form',
        error instanceof Error ? error.name : '',
      );
      return null;
    }
  };

  const relocate = () => {
    relocateTimer = undefined;
    if (signal.aborted) return;
    const next = safeLocate();
    misses = next === null ? misses + 1 : 0;
    if (next === null && form === null) return;
    form = next;
    onForm(form);
  };
  const discoverDelay = () =>
    backOffDelay({ base: options.discoverDelay ?? 250, max: MAX_DISCOVER_DELAY, maxDoublings: 8 }, misses);
  const scheduleRelocate = (delay: number) => {
    // A form that is already known re-locates after the last change (debounce); while looking for one,
    // a pending look is not pushed back by further changes, so a constantly changing page is still seen.
    if (relocateTimer !== undefined) {
      if (form === null && delay > 0) return;
      clearTimeout(relocateTimer);
    }
    relocateTimer = setTimeout(relocate, delay);
  };

  const queueValues = () => {
    if (valuesQueued || form === null) return;
    valuesQueued = true;
    queueMicrotask(() => {
      valuesQueued = false;
      if (!signal.aborted && form !== null) onValues();
    });
  };

  const onEvent = (event: Event) => {
    if (form === null) return;
    const target = event.target;
    if (target instanceof Node && isOwn(target)) return;
    queueValues();
  };
  for (const type of ['input', 'change', 'focusout'] as const) {
    root.addEventListener(type, onEvent, { capture: true, passive: true, signal });
  }

  // One observer for both jobs: discovering a form that renders late (SPAs) and noticing rows that are
  // added or removed. The callback never reads layout and never rescans the page itself.
  const observer = new MutationObserver((records) => {
    if (form === null) {
      // No form yet: no per-node work at all, just a (backed-off) look later if the page changed.
      if (relocateTimer === undefined && records.some((r) => !isOwn(r.target) && r.type === 'childList'))
        scheduleRelocate(discoverDelay());
      return;
    }
    let controlsChanged = false;
    let textChanged = false;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        textChanged = true;
        continue;
      }
      if (onlyOwn(record.addedNodes, isOwn) && onlyOwn(record.removedNodes, isOwn)) continue;
      if (touchesControls(record.addedNodes, isOwn) || touchesControls(record.removedNodes, isOwn)) {
        controlsChanged = true;
        break;
      }
      textChanged = true; // widgets that show their value as text (mat-select)
    }
    if (controlsChanged) scheduleRelocate(options.relocateDelay ?? 100);
    else if (textChanged) queueValues();
  });
  const start = () => {
    if (signal.aborted) return;
    observer.observe(root.documentElement, { childList: true, subtree: true, characterData: true });
    form = safeLocate();
    if (form !== null) onForm(form);
    else misses = 1;
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (relocateTimer !== undefined) clearTimeout(relocateTimer);
  });
  start();

  return {
    refresh() {
      scheduleRelocate(0);
    },
  };
}

function onlyOwn(nodes: NodeList, isOwn: (node: Node) => boolean): boolean {
  for (const node of nodes) if (!isOwn(node)) return false;
  return true;
}

function touchesControls(nodes: NodeList, isOwn: (node: Node) => boolean): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1 || isOwn(node)) continue;
    const el = node as Element;
    if (FORM_CONTROL.test(el.tagName)) return true;
    if (el.firstElementChild && el.querySelector('input, select, textarea, mat-select')) return true;
  }
  return false;
}
