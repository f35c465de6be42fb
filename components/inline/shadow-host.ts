/**
 * The one element our inline UI adds to a portal page: a plain `<div data-mba-host="name">` whose shadow
 * root holds the badges and the findings panel. (WXT's createShadowRootUi does the same with more options; this small
 * version keeps the content script inside its 30 KB budget.)
 *
 * - A plain div, never a custom element: the custom-element registry is shared with the page, so a page
 *   that defined our element's name first would construct our host itself, keep `attachInternals()`,
 *   and read even a closed root through `internals.shadowRoot`. A div cannot be defined or upgraded.
 * - Closed in production: page scripts cannot read client-derived text or click our controls.
 * - `:host` styles are `!important`: inside a shadow tree they beat even the page's own `!important`
 *   rules on our host element, so a hostile or careless page cannot hide or restyle it.
 * - Key events stop at the shadow boundary, so typing in our UI never reaches the portal's handlers.
 */
/** The attribute that names our host; tests and the watcher find it by `hostSelector(name)`. */
export const HOST_ATTRIBUTE = 'data-mba-host';

export function hostSelector(name: string): string {
  return `div[${HOST_ATTRIBUTE}="${name}"]`;
}

export type ShadowHost = { host: HTMLElement; container: HTMLElement; remove(): void };

const HOST_STYLE =
  ':host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483646!important;display:block!important}';

export function mountShadowHost(
  doc: Document,
  options: { name: string; css: string; mode: 'open' | 'closed' },
): ShadowHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, options.name);
  const shadow = host.attachShadow({ mode: options.mode });
  const style = doc.createElement('style');
  style.textContent = HOST_STYLE + options.css;
  const container = doc.createElement('div');
  container.className = 'root';
  for (const type of ['keydown', 'keyup', 'keypress']) {
    container.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
