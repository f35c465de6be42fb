/**
 * Test helpers: load a fixture page into its own happy-dom window (scripts off unless a fixture needs its
 * own page script), and type into it as a person would (value, then bubbling input and change events).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/portals/');

export type Page = { window: Window; document: Document; close(): Promise<void> };

export async function loadHtml(
  html: string,
  options: { scripts?: boolean; url?: string } = {},
): Promise<Page> {
  const window = new Window({
    url: options.url ?? 'http://localhost:8080/portal.html',
    settings: {
      enableJavaScriptEvaluation: options.scripts ?? false,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  // Our own fixture pages, parsed in a throwaway window of their own: the point is to load their markup.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return {
    window,
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** Loads test/fixtures/portals/<name>. The UHC page is windows-1252: read it as latin1. */
export function loadFixture(
  name: string,
  options: { scripts?: boolean; url?: string; latin1?: boolean } = {},
) {
  const html = readFileSync(FIXTURES + name, options.latin1 ? 'latin1' : 'utf8');
  return loadHtml(html, options);
}

function fire(el: Element, type: string) {
  const view = el.ownerDocument.defaultView as unknown as { Event: typeof Event };
  el.dispatchEvent(new view.Event(type, { bubbles: true }));
}

/** Types `value` into a text box or picks it in a select, as a person would. */
export function type(el: Element | null | undefined, value: string) {
  if (!el) throw new Error('no such field');
  (el as HTMLInputElement).value = value;
  fire(el, 'input');
  fire(el, 'change');
}

export function check(el: Element | null | undefined, checked = true) {
  if (!el) throw new Error('no such checkbox');
  (el as HTMLInputElement).checked = checked;
  fire(el, 'click');
  fire(el, 'change');
}

/** `#id` or `[name=...]` lookup that tolerates `$` and other characters in names. */
export function byName(root: Document | Element | ShadowRoot, name: string): Element {
  const el = root.querySelector(`[name="${name}"]`) ?? root.querySelector(`[id="${name}"]`);
  if (!el) throw new Error(`no element named ${name}`);
  return el;
}
