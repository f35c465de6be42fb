/**
 * Collect: the page's form controls in document order, open shadow roots included, with what kind of
 * control each is and whether a person can see it. No judgement about what a control means (qualify.ts).
 */
import type { ControlKind } from './types';

export type Control = {
  el: Element;
  kind: ControlKind;
  /** Position in composed document order (shadow-root controls sit where their host is). */
  order: number;
};

const SKIP_INPUT = new Set([
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'password',
  'range',
  'color',
  'time',
  'datetime-local',
  'month',
  'week',
  // Site search boxes, never a claim field.
  'search',
]);

export function controlKind(el: Element): ControlKind | null {
  switch (el.localName) {
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (SKIP_INPUT.has(type)) return null;
      if (type === 'checkbox' || type === 'hidden' || type === 'date' || type === 'number') return type;
      return 'text';
    }
    case 'select':
      return 'select';
    case 'textarea':
      return 'text';
    case 'mat-select':
      return 'widget';
    default:
      // Div-based selects (ARIA comboboxes, AngularJS ui-select). A combobox wrapping an input is read
      // through its input instead.
      if (
        (el.getAttribute('role') === 'combobox' || el.classList.contains('ui-select-container')) &&
        !el.querySelector('input')
      )
        return 'widget';
      return null;
  }
}

const CONTROLS = 'input, select, textarea, mat-select, [role="combobox"], .ui-select-container';

/**
 * Every control under `root`, descending into open shadow roots, and the shadow roots met (so later
 * queries can look inside them too). A shadow root's controls are placed where its host is, so the
 * order is the composed document order.
 */
export function collectControls(root: Document | Element | ShadowRoot): {
  controls: Control[];
  shadows: ShadowRoot[];
} {
  const shadows: ShadowRoot[] = [];
  const visit = (scope: Document | Element | ShadowRoot): Element[] => {
    const light = Array.from(scope.querySelectorAll(CONTROLS));
    const hosts: Element[] = [];
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length && i < 60000; i++) if (all[i]!.shadowRoot) hosts.push(all[i]!);
    if (hosts.length === 0) return light;
    const out: Element[] = [];
    let next = 0;
    for (const host of hosts) {
      // Light controls before the host, then the host's own (composed order).
      while (next < light.length && host.compareDocumentPosition(light[next]!) & 2 /* PRECEDING */)
        out.push(light[next++]!);
      shadows.push(host.shadowRoot!);
      out.push(...visit(host.shadowRoot!));
    }
    while (next < light.length) out.push(light[next++]!);
    return out;
  };
  const controls: Control[] = [];
  for (const el of visit(root)) {
    const kind = controlKind(el);
    if (kind) controls.push({ el, kind, order: controls.length });
  }
  return { controls, shadows };
}

/** `querySelectorAll` over the root and the given shadow roots, in that order. */
export function queryDeep(root: Document | Element, shadows: ShadowRoot[], selector: string): Element[] {
  const out = Array.from(root.querySelectorAll(selector));
  for (const shadow of shadows) out.push(...Array.from(shadow.querySelectorAll(selector)));
  return out;
}

/** The parent across shadow boundaries (a shadow root's child -> its host). */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return null;
}

/**
 * Whether a person can see the control: not `hidden`, not inside `display:none` or `visibility:hidden`
 * (inline or from style sheets; Office Ally's legacy `tr.cmsField0805` duplicates). Memoised per ancestor,
 * so a whole form costs one style read per element.
 */
export function makeVisibility(): (el: Element) => boolean {
  const hiddenCache = new Map<Element, boolean>();
  // Without any style sheet only inline styles and `hidden` can hide an element: no style reads needed.
  const sheets = new Map<Node, boolean>();
  const hasSheets = (el: Element) => {
    const root = el.getRootNode();
    let has = sheets.get(root);
    if (has === undefined) {
      const doc = el.ownerDocument;
      has =
        !!(root as ParentNode).querySelector?.('style, link[rel~="stylesheet"]') ||
        !!doc?.querySelector('style, link[rel~="stylesheet"]');
      sheets.set(root, has);
    }
    return has;
  };
  const hiddenSelf = (el: Element, first: boolean): boolean => {
    if (el.hasAttribute('hidden')) return true;
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (!el.isConnected || !hasSheets(el)) return false;
    const view = el.ownerDocument?.defaultView;
    if (!view) return false;
    const computed = view.getComputedStyle(el);
    return computed.display === 'none' || (first && computed.visibility === 'hidden');
  };
  const hidden = (el: Element, first: boolean): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined && !first) return known;
    let result = hiddenSelf(el, first);
    if (!result) {
      const parent = parentOf(el);
      result = parent !== null && parent.localName !== 'html' && hidden(parent, false);
    }
    if (!first) hiddenCache.set(el, result);
    return result;
  };
  // display:none is not inherited, so ancestors are walked; visibility:hidden is, so the control's own
  // computed value says it (plus inline styles on ancestors, for detached trees that have no computed style).
  let native: ((this: Element, o?: object) => boolean) | null | undefined;
  return (el: Element) => {
    try {
      // The engine's own answer where it has one (browsers): exact and fast. Test DOMs and detached
      // trees get the walk above.
      if (native === undefined) {
        const fn = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
        native = fn && isNative(fn) ? fn : null;
      }
      if (native && el.isConnected) return native.call(el, { visibilityProperty: true });
      return !hidden(el, true);
    } catch {
      return false;
    }
  };
}

function isNative(fn: unknown): boolean {
  return /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(fn));
}

/** Form controls under `container` (live collections: cheap to count again on every read). */
export function countControls(container: Element): number {
  return (
    container.getElementsByTagName('input').length +
    container.getElementsByTagName('select').length +
    container.getElementsByTagName('textarea').length
  );
}
