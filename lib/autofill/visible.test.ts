import { afterEach, describe, expect, test } from 'vitest';
import { visibleToAPerson } from './visible';

type Box = { left: number; top: number; width: number; height: number };
const rect = ({ left, top, width, height }: Box) =>
  ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height }) as DOMRect;
const NORMAL: Box = { left: 20, top: 20, width: 120, height: 24 };

/** An input (inside a wrapper) with the given style and laid-out box; happy-dom does no layout itself. */
function place(
  input: { style?: string; box?: Box; type?: string },
  wrapper: { style?: string; box?: Box } = {},
) {
  document.body.innerHTML = `<div id="wrap"><label id="label"><input id="box"> Yes</label></div>`;
  const el = document.getElementById('box')!;
  const wrap = document.getElementById('wrap')!;
  if (input.type) el.setAttribute('type', input.type);
  if (input.style) el.setAttribute('style', input.style);
  if (wrapper.style) wrap.setAttribute('style', wrapper.style);
  el.getBoundingClientRect = () => rect(input.box ?? NORMAL);
  wrap.getBoundingClientRect = () => rect(wrapper.box ?? { left: 0, top: 0, width: 800, height: 600 });
  document.getElementById('label')!.getBoundingClientRect = () =>
    rect({ left: 20, top: 20, width: 60, height: 20 });
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('visibleToAPerson (boxes a fill may write into)', () => {
  test.each([
    { name: 'an ordinary box', input: {}, visible: true },
    {
      name: 'off screen to the left',
      input: { style: 'position:absolute;left:-9999px', box: { ...NORMAL, left: -9999 } },
      visible: false,
    },
    { name: 'above the page', input: { box: { ...NORMAL, top: -500 } }, visible: false },
    { name: '1 px', input: { box: { ...NORMAL, width: 1, height: 1 } }, visible: false },
    { name: 'opacity 0', input: { style: 'opacity:0' }, visible: false },
    { name: 'visibility hidden', input: { style: 'visibility:hidden' }, visible: false },
    { name: 'display none', input: { style: 'display:none' }, visible: false },
    { name: 'clip-path inset(50%)', input: { style: 'clip-path:inset(50%)' }, visible: false },
    // `clip: rect(0 0 0 0)` is checked in Chromium by the attack suite: happy-dom computes no `clip`.
    {
      name: 'inside a 0-height wrapper that hides overflow',
      input: {},
      wrapper: { style: 'overflow:hidden', box: { left: 0, top: 0, width: 800, height: 0 } },
      visible: false,
    },
    { name: 'inside a wrapper at opacity 0', input: {}, wrapper: { style: 'opacity:0' }, visible: false },
    {
      name: 'a box scrolled below the fold (a person can scroll to it)',
      input: { box: { ...NORMAL, top: 3000 } },
      visible: true,
    },
    {
      name: 'a custom-drawn checkbox: the input at opacity 0 over its drawn label',
      input: { type: 'checkbox', style: 'opacity:0;position:absolute' },
      visible: true,
    },
    {
      name: 'a checkbox whose label is hidden too',
      input: { type: 'checkbox', style: 'opacity:0' },
      wrapper: { style: 'opacity:0' },
      visible: false,
    },
  ])('$name: $visible', ({ input, wrapper, visible }) => {
    expect(visibleToAPerson(place(input, wrapper))).toBe(visible);
  });
});
