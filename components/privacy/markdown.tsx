import type { ComponentChildren, VNode } from 'preact';

/**
 * Renders the few Markdown forms PRIVACY.md uses (headings, paragraphs, bullet lists, **bold**, `code`,
 * [links](https://...)) as Preact elements, so the policy the extension shows is the repository's file
 * itself. Text stays text: nothing is parsed as HTML. Only https links become links.
 */
export function renderMarkdown(source: string): VNode[] {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  return blocks.flatMap((block, i) => {
    const text = block.trim();
    if (!text) return [];
    const heading = /^(#{1,3}) (.*)$/s.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      const content = inline(oneLine(heading[2]!));
      return [
        level === 1 ? (
          <h1 key={i}>{content}</h1>
        ) : level === 2 ? (
          <h2 key={i}>{content}</h2>
        ) : (
          <h3 key={i}>{content}</h3>
        ),
      ];
    }
    if (text.startsWith('- ')) {
      // Items start with "- "; indented lines continue the item above.
      const items = text.split(/\n(?=- )/).map((item) => oneLine(item.slice(2)));
      return [
        <ul key={i}>
          {items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ul>,
      ];
    }
    return [<p key={i}>{inline(oneLine(text))}</p>];
  });
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function inline(text: string): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  const token = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const [, bold, code, label, href] = m;
    if (bold !== undefined) parts.push(<strong key={m.index}>{bold}</strong>);
    else if (code !== undefined) parts.push(<code key={m.index}>{code}</code>);
    else if (href?.startsWith('https://'))
      parts.push(
        <a key={m.index} href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>,
      );
    else parts.push(label);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
