import { describe, expect, test } from 'vitest';
import { createPressGuard, PRESS_REFUSALS } from './press-guard';

/** An event as the browser would deliver it from a person (happy-dom's own events are untrusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (detail = 1) => trusted(new MouseEvent('click', { detail, clientX: 12, clientY: 34 }));

describe('press guard (the fill frame)', () => {
  test.each([
    { name: 'a click right after the view was drawn', after: 100, ok: false },
    { name: 'a click after half a second', after: 500, ok: true },
  ])('$name: ok $ok', ({ after, ok }) => {
    let t = 0;
    const guard = createPressGuard(window, { now: () => t });
    t += after;
    expect(guard.judge(click()).ok).toBe(ok);
  });

  test('a click says where it was, for the page-side hit test', () => {
    let t = 0;
    const guard = createPressGuard(window, { now: () => t });
    t += 1000;
    expect(guard.judge(click())).toEqual({ ok: true, point: { x: 12, y: 34 } });
  });

  test('Enter after the page focused our frame is refused; after a Tab or a press inside, it counts', () => {
    let t = 0;
    const guard = createPressGuard(window, { now: () => t });
    t += 1000;
    window.dispatchEvent(new FocusEvent('focus')); // the page's frames[i].focus()
    expect(guard.judge(click(0))).toEqual({ ok: false, why: PRESS_REFUSALS.focus });
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(guard.judge(click(0))).toEqual({ ok: true });
    window.dispatchEvent(new FocusEvent('blur'));
    window.dispatchEvent(new FocusEvent('focus'));
    expect(guard.judge(click(0)).ok).toBe(false);
    window.dispatchEvent(trusted(new PointerEvent('pointerdown')));
    expect(guard.judge(click(0)).ok).toBe(true);
  });

  test('a view drawn anew restarts the wait', () => {
    let t = 0;
    const guard = createPressGuard(window, { now: () => t });
    t += 1000;
    guard.shown();
    t += 200;
    expect(guard.judge(click())).toEqual({ ok: false, why: PRESS_REFUSALS.moved });
  });
});
