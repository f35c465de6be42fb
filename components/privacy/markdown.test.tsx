import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

afterEach(cleanup);
const show = (source: string) => render(<main>{renderMarkdown(source)}</main>).container;

describe('the privacy page shows PRIVACY.md', () => {
  const policy = readFileSync(path.resolve('PRIVACY.md'), 'utf8');

  it('as headings, paragraphs and lists, with no Markdown left in the text', () => {
    const page = show(policy);
    expect(page.querySelector('h1')?.textContent).toBe('Privacy policy');
    const sections = [...page.querySelectorAll('h2')].map((h) => h.textContent);
    expect(sections).toEqual(
      expect.arrayContaining(['In short', 'What the extension keeps', 'What leaves the computer']),
    );
    expect(sections.some((s) => s?.includes('Limited Use'))).toBe(true);
    expect(page.querySelectorAll('li').length).toBeGreaterThan(10);
    expect(page.textContent).not.toMatch(/\*\*|\]\(|`|^#/m);
  });

  it('links the Chrome Web Store policy it cites, opening a new tab', () => {
    const link = show(policy).querySelector('a[href^="https://developer.chrome.com/"]');
    expect(link?.textContent).toBe('Chrome Web Store User Data Policy');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});

describe('renderMarkdown', () => {
  it('keeps markup in the text as text', () => {
    const page = show('A <img src=x onerror=alert(1)> and <script>alert(1)</script> **bold <b>**');
    expect(page.querySelector('img, script, b')).toBeNull();
    expect(page.querySelector('strong')?.textContent).toBe('bold <b>');
    expect(page.textContent).toContain('<script>alert(1)</script>');
  });

  it('makes links only of https addresses; others keep their label as text', () => {
    const page = show(
      '[ok](https://example.com/a) [js](javascript:void) [rel](README.md) [http](http://x.test)',
    );
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a',
    ]);
    expect(page.textContent).toBe('ok js rel http');
  });

  it('joins wrapped lines of a paragraph and of a list item', () => {
    const page = show('One\ntwo\n\n- first\n  item\n- second');
    expect(page.querySelector('p')?.textContent).toBe('One two');
    expect([...page.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['first item', 'second']);
  });
});
