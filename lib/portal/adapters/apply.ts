/** Picking the adapter for a page and turning its selectors into pre-qualified fields. */
import type { DatePart, LineKey, ContextKey, FillKey } from '../types';
import type { PortalAdapter } from './types';

export type AdapterHint = {
  el: Element;
  target:
    | { kind: 'line'; key: LineKey }
    | { kind: 'line-default'; key: 'placeOfService' | 'renderingNpi' }
    | { kind: 'diagnosis' }
    | { kind: 'context'; key: ContextKey }
    | { kind: 'fill'; key: FillKey };
  index?: number;
  part?: DatePart;
  hidden: boolean;
};

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
}

export function urlMatches(adapter: PortalAdapter, url: string): boolean {
  return adapter.urls.some((glob) => globToRegExp(glob).test(url));
}

/** The first adapter whose URL patterns match the page, else whose signature selector matches the root. */
export function pickAdapter(
  root: Document | Element,
  url: string,
  adapters: readonly PortalAdapter[],
): PortalAdapter | undefined {
  const byUrl = adapters.find((a) => url && urlMatches(a, url));
  if (byUrl) return byUrl;
  return adapters.find((a) => {
    try {
      return root.querySelector(a.signature) !== null;
    } catch {
      return false;
    }
  });
}

export function parseAdapterPath(path: string): AdapterHint['target'] | null {
  let m = /^lines\.#\.(\w+)$/.exec(path);
  if (m) return { kind: 'line', key: m[1] as LineKey };
  m = /^lines\.\*\.(placeOfService|renderingNpi)$/.exec(path);
  if (m) return { kind: 'line-default', key: m[1] as 'placeOfService' | 'renderingNpi' };
  if (path === 'diagnoses.#') return { kind: 'diagnosis' };
  m = /^fill\.(\w+)$/.exec(path);
  if (m) return { kind: 'fill', key: m[1] as FillKey };
  if (/^(patient|referringProvider|billingProvider)\.\w+$/.test(path))
    return { kind: 'context', key: path as ContextKey };
  return null;
}

/** Every element the adapter's selectors name, with what it holds. A broken selector is skipped. */
export function adapterHints(root: Document | Element, adapter: PortalAdapter): AdapterHint[] {
  const out: AdapterHint[] = [];
  // One walk of the page for every selector at once, then each field picks its elements from that short
  // list: prefix selectors (`[id^=...]`) would each walk the whole page (8 ms on Office Ally's page).
  let all: Element[] | undefined;
  try {
    all = Array.from(root.querySelectorAll(adapter.fields.map((f) => f.selector).join(',')));
  } catch {
    // A broken selector: query each on its own, skipping the broken one.
  }
  for (const field of adapter.fields) {
    const target = parseAdapterPath(field.path);
    if (!target) continue;
    let els: Element[];
    try {
      els = all
        ? all.filter((el) => el.matches(field.selector))
        : Array.from(root.querySelectorAll(field.selector));
    } catch {
      continue;
    }
    for (const el of els) {
      const hidden = el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden';
      if (hidden && !field.hidden) continue;
      let index: number | undefined;
      if (field.index) {
        const m = field.index.exec(el.id) ?? field.index.exec(el.getAttribute('name') ?? '');
        if (m?.[1] !== undefined) index = Number(m[1]);
        if (index === undefined) continue;
      }
      out.push({
        el,
        target,
        hidden,
        ...(index !== undefined ? { index } : {}),
        ...(field.part ? { part: field.part } : {}),
      });
    }
  }
  return out;
}
