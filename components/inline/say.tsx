/**
 * Text of ours the page must not find. A page script cannot open our closed shadow root, but the
 * browser's find (`window.find`) and a selection still search the text inside it, so a page could probe
 * for a finding's words. Drawn by CSS from an attribute (`content: attr(data-t)`, style.css), the text is
 * on screen and in the accessibility tree (screen readers read generated content) but not in any
 * document's text.
 */
export const Say = ({ t }: { t: string }) => <span data-t={t} />;
