/**
 * The one element our inline UI adds to a portal page: a custom element whose shadow root holds the
 * badges and the findings panel. (WXT's createShadowRootUi does the same with more options; this small
 * version keeps the content script inside its 30 KB budget.)
 *
 * - Closed in production: page scripts cannot read client-derived text or click our controls.
 * - `:host` styles are `!important`: inside a shadow tree they beat even the page's own `!important`
 *   rules on our host element, so a hostile or careless page cannot hide or restyle it.
 * - Key events stop at the shadow boundary, so typing in our UI never reaches the portal's handlers.
 */
export type ShadowHost = { host: HTMLElement; container: HTMLElement; remove(): void };

const HOST_STYLE =
  ':host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483646!important;display:block!important}';

export function mountShadowHost(
  doc: Document,
  options: { name: string; css: string; mode: 'open' | 'closed' },
): ShadowHost {
  const host = doc.createElement(options.name);
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
