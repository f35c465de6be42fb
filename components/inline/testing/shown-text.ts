/**
 * The text a person sees in an element, our inline UI's included: that UI draws its text from `data-t`
 * attributes with CSS (components/inline/style.css, `[data-t]::before`), so that the page's find cannot search it, and
 * `textContent` does not hold it. Self-contained: it is run in the page (`evaluate`).
 */
export function shownText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const drawn = (node as Element).getAttribute('data-t');
    if (drawn !== null) out += drawn;
    node.childNodes.forEach(walk);
  };
  walk(el);
  return out;
}
