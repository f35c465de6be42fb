import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Finding } from '../../lib/model';
import { FindingsPanel } from './findings-panel';
import { shownText } from './testing/shown-text';

const actions = { focusFinding: () => {} };
const pair: Finding = {
  rule: 'ncci-pair',
  severity: 'warning',
  message: '97140 (line 2) and 97124 (lines 1 and 3) on 2026-11-20: payers pay only one of these.',
  fix: 'Bill one code for the session.',
  boxes: ['24D'],
  why: '',
  lines: [0, 1, 2],
  fields: ['lines.0.code'],
} as Finding;

describe('findings panel', () => {
  afterEach(cleanup);

  test.each([
    { unchecked: 0, note: null },
    { unchecked: 1, note: /Lines after the 50th not checked \(1\)/ },
    { unchecked: 350, note: /Lines after the 50th not checked \(350\)/ },
  ])('$unchecked lines past the limit: says so plainly', ({ unchecked, note }) => {
    const { container } = render(
      <FindingsPanel findings={[pair]} unchecked={unchecked} state="ready" actions={actions} />,
    );
    const shown = container.querySelector('[data-mba-unchecked]');
    if (!note) expect(shown).toBeNull();
    else expect(shownText(shown!)).toMatch(note);
    expect(shownText(container)).toMatch(/Lines 1, 2, 3/);
  });

  test('no findings in the lines checked still says the rest were not checked', () => {
    const { container } = render(
      <FindingsPanel findings={[]} unchecked={5} state="ready" actions={actions} />,
    );
    expect(shownText(container)).toMatch(/Lines after the 50th not checked/);
    // Drawn from attributes: the page's find-in-page searches text, and there is none of ours.
    expect(container.textContent).not.toMatch(/Lines after/);
  });

  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

  test.each([
    {
      name: 'a box under the panel: the panel goes to the other side',
      box: rect(900, 800, 120, 24),
      expect: 'left',
    },
    {
      name: "a box just beside the panel (its row's Add line button is under it): other side too",
      box: rect(790, 800, 90, 24),
      expect: 'left',
    },
    {
      name: 'a box as wide as the page under the panel: the panel goes to the top',
      box: rect(0, 800, 1280, 24),
      expect: 'top',
    },
    { name: 'a box far from the panel: it stays', box: rect(20, 100, 120, 24), expect: 'stays' },
  ])('focus in the form: $name', async ({ box, expect: where }) => {
    Object.assign(window, { innerWidth: 1280, innerHeight: 1000 });
    // In its shadow root, as on a portal page (focus in our own UI never moves the panel).
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    render(<FindingsPanel findings={[pair]} state="ready" actions={actions} />, { container: root });
    const panel = root.querySelector<HTMLElement>('[data-mba-panel]')!;
    panel.getBoundingClientRect = () => rect(908, 640, 360, 348);
    const input = document.createElement('input');
    input.getBoundingClientRect = () => box;
    document.body.append(input);
    await act(() => {
      input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    if (where === 'left') expect(panel.className).toMatch(/panel--left/);
    else expect(panel.className).toMatch(/panel--right/);
    expect(panel.style.top === '12px').toBe(where === 'top');
    input.remove();
    host.remove();
  });
});
