/**
 * The element finder the Firefox driver runs inside the page (puppeteer-core over BiDi has no
 * getByLabel/getByRole of Playwright's kind). It follows Playwright's rules for the part the flows use,
 * so a flow finds the same element in both browsers: CSS looks into open shadow roots; labels and
 * accessible names match case-insensitively as substrings unless exact; role lookups skip what is not
 * rendered; text finds the innermost element holding the text.
 *
 * `findInPage` is passed to the page as source: it must stay self-contained (no imports, no outer names).
 */
export type PageTarget =
  | { css: string }
  | { label: string; exact: boolean }
  | { role: string; name: { source: string; flags: string } | { text: string } | null; exact: boolean }
  | { testId: string }
  | { text: string; exact: boolean };

export type PageQuery = { target: PageTarget; within: PageTarget | null; nth: number | null; all: boolean };

/** The matches in document order; `all: false` returns one element or a sentence saying why not. */
export function findInPage(query: PageQuery): Element | Element[] | string {
  const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const deepAll = (root: ParentNode, selector: string): Element[] => {
    const found: Element[] = [...root.querySelectorAll(selector)];
    const walk = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(...el.shadowRoot.querySelectorAll(selector));
          walk(el.shadowRoot);
        }
      }
    };
    walk(root);
    return found;
  };
  const rendered = (el: Element) =>
    el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"], [hidden]');
  const byIds = (el: Element, attr: string) =>
    normal(
      (el.getAttribute(attr) ?? '')
        .split(/\s+/)
        .map((id) => (id ? el.ownerDocument.getElementById(id)?.textContent : ''))
        .join(' '),
    );
  const labelOf = (el: Element): string[] => {
    const names = [...((el as HTMLInputElement).labels ?? [])].map((l) => normal(l.textContent));
    if (el.getAttribute('aria-label')) names.push(normal(el.getAttribute('aria-label')));
    if (el.getAttribute('aria-labelledby')) names.push(byIds(el, 'aria-labelledby'));
    return names;
  };
  const nameOf = (el: Element): string => {
    if (el.getAttribute('aria-labelledby')) return byIds(el, 'aria-labelledby');
    if (el.getAttribute('aria-label')) return normal(el.getAttribute('aria-label'));
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type))
      return normal(el.value);
    return normal(el.textContent);
  };
  const matches = (text: string, wanted: string, exact: boolean) =>
    exact ? text === wanted : text.toLowerCase().includes(wanted.toLowerCase());
  const ROLES: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
    tab: '[role="tab"]',
    link: 'a[href], [role="link"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="email"], textarea, [role="textbox"]',
    alert: '[role="alert"]',
    alertdialog: '[role="alertdialog"]',
  };

  const search = (root: ParentNode, target: PageTarget): Element[] => {
    if ('css' in target) return deepAll(root, target.css);
    if ('testId' in target) return deepAll(root, `[data-testid="${CSS.escape(target.testId)}"]`);
    if ('label' in target)
      return deepAll(root, 'input, select, textarea, [role="textbox"], [role="combobox"]').filter((el) =>
        labelOf(el).some((name) => matches(name, target.label, target.exact)),
      );
    if ('role' in target) {
      const { name, exact } = target;
      return deepAll(root, ROLES[target.role] ?? `[role="${target.role}"]`).filter((el) => {
        if (!rendered(el)) return false;
        if (!name) return true;
        const own = nameOf(el);
        return 'source' in name
          ? new RegExp(name.source, name.flags).test(own)
          : matches(own, name.text, exact);
      });
    }
    const holds = (el: Element) => matches(normal(el.textContent), target.text, target.exact);
    return deepAll(root, '*').filter(
      (el) => !['SCRIPT', 'STYLE'].includes(el.tagName) && holds(el) && ![...el.children].some(holds),
    );
  };

  let root: ParentNode = document;
  if (query.within) {
    const outer = search(document, query.within);
    if (outer.length !== 1) return `the element to look within matched ${outer.length} elements`;
    root = outer[0]!;
  }
  const found = search(root, query.target);
  if (query.all) return found;
  if (query.nth !== null) return found[query.nth] ?? `no match number ${query.nth} (${found.length} found)`;
  if (found.length === 1) return found[0]!;
  return found.length === 0 ? 'no match' : `strict mode: ${found.length} elements match`;
}
