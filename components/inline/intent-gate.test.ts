import { beforeEach, describe, expect, test } from 'vitest';
import { createIntentGate, REFUSALS, type IntentVerdict } from './intent-gate';
import { pageScanner } from './page-scan';
import { framePress } from './fill-frame-slot';

/** An event as the browser would deliver it from a person (happy-dom's own events are untrusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (detail = 1, person = true) => {
  const e = new MouseEvent('click', { detail, clientX: 5, clientY: 5 });
  return person ? trusted(e) : e;
};

let t = 0;
let host: HTMLElement;
let button: HTMLButtonElement;
let topAtPoint: Element | null;

beforeEach(() => {
  t = 1000;
  document.body.replaceChildren();
  host = document.createElement('div');
  button = document.createElement('button');
  host.append(button);
  document.body.append(host);
  topAtPoint = host;
  document.elementFromPoint = () => topAtPoint;
});

/** The verdict, here always at once: the scanner is loaded. */
function verdict(
  gate: ReturnType<typeof createIntentGate>,
  event: MouseEvent,
  control: HTMLElement,
): IntentVerdict {
  const v = gate.allows(event, control);
  if (v instanceof Promise) throw new Error('the scanner was loaded: no verdict should wait');
  return v;
}

const gateWith = (visibility?: { set(visible: boolean): void }) =>
  createIntentGate(document, {
    host: () => host,
    scanner: () => pageScanner,
    now: () => t,
    visibilityObserver: visibility
      ? (onChange) => {
          visibility.set = (visible) => onChange(button, visible);
          return { observe() {}, unobserve() {} } as unknown as IntersectionObserver;
        }
      : null,
  });

describe('intent gate (a fill only when the person meant it)', () => {
  test('a page script click never fills', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 2000;
    expect(verdict(gate, click(1, false), button)).toEqual({ ok: false, why: REFUSALS.synthetic });
  });

  test.each([
    { name: 'a click the moment the button appears', after: 100, ok: false },
    { name: 'a click on a button shown for 500 ms', after: 500, ok: true },
    { name: 'a click on a button shown for a while', after: 5000, ok: true },
  ])('$name: ok $ok', ({ after, ok }) => {
    const gate = gateWith();
    gate.watch(button);
    t += after;
    expect(verdict(gate, click(), button).ok).toBe(ok);
  });

  test('a button that moved under the pointer is not clicked on purpose, until it has settled', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    button.getBoundingClientRect = () => ({ left: 40, top: 300, width: 120, height: 30 }) as DOMRect;
    button.dispatchEvent(new PointerEvent('pointerenter'));
    t += 150;
    expect(verdict(gate, click(), button)).toEqual({ ok: false, why: REFUSALS.moved });
    t += 500;
    expect(verdict(gate, click(), button).ok).toBe(true);
  });

  test('a page element over the button (a decoy) takes the click: refused', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    topAtPoint = document.createElement('div');
    document.body.append(topAtPoint);
    expect(verdict(gate, click(), button)).toEqual({ ok: false, why: REFUSALS.covered });
  });

  test('where IntersectionObserver v2 runs, a covered or transparent button is refused', () => {
    const visibility = { set(_: boolean) {} };
    const gate = gateWith(visibility);
    gate.watch(button);
    t += 5000;
    expect(verdict(gate, click(), button)).toEqual({ ok: false, why: REFUSALS.covered });
    visibility.set(true);
    t += 100;
    expect(verdict(gate, click(), button)).toEqual({ ok: false, why: REFUSALS.moved });
    t += 500;
    expect(verdict(gate, click(), button).ok).toBe(true);
    visibility.set(false); // a decoy with pointer-events: none was laid over it
    expect(verdict(gate, click(), button)).toEqual({ ok: false, why: REFUSALS.covered });
  });

  test('Enter on a button the page focused is refused; on one the person tabbed to, it fills', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    button.dispatchEvent(trusted(new FocusEvent('focus'))); // focus() by the page: no key, no pointer
    expect(verdict(gate, click(0), button)).toEqual({ ok: false, why: REFUSALS.focus });
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    t += 20;
    button.dispatchEvent(trusted(new FocusEvent('focus')));
    t += 300;
    expect(verdict(gate, click(0), button).ok).toBe(true);
  });

  test('focus from a press of the pointer counts as the person’s', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    button.dispatchEvent(trusted(new PointerEvent('pointerdown')));
    button.dispatchEvent(trusted(new FocusEvent('focus')));
    expect(verdict(gate, click(0), button).ok).toBe(true);
  });

  test('a Tab that moved focus elsewhere first does not lend itself to the page’s focus() on our button', () => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    const portalBox = document.createElement('input');
    document.body.append(portalBox);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    portalBox.dispatchEvent(trusted(new FocusEvent('focus'))); // where the person's Tab went
    t += 50;
    button.dispatchEvent(trusted(new FocusEvent('focus'))); // the page's focus() right after
    expect(verdict(gate, click(0), button)).toEqual({ ok: false, why: REFUSALS.focus });
  });

  test('a Tab long before the focus does not count', () => {
    const gate = gateWith();
    gate.watch(button);
    window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab' })));
    t += 5000;
    button.dispatchEvent(trusted(new FocusEvent('focus')));
    expect(verdict(gate, click(0), button)).toEqual({ ok: false, why: REFUSALS.focus });
  });

  test.each([
    {
      name: 'a decoy that lets clicks through, above our z-index',
      style: 'position:fixed;z-index:2147483647;pointer-events:none',
      ok: false,
    },
    {
      name: 'a huge z-index inside a low stacking context',
      style: 'position:absolute;z-index:2147483647',
      parent: 'position:relative;z-index:5',
      ok: true,
    },
    { name: 'an ordinary page element under the panel', style: 'position:relative;z-index:10', ok: true },
  ])('no IntersectionObserver v2: $name, ok $ok', ({ style, parent, ok }) => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    const decoy = document.createElement('div');
    decoy.setAttribute('style', style);
    decoy.getBoundingClientRect = () =>
      ({ left: 0, top: 0, right: 50, bottom: 50, width: 50, height: 50 }) as DOMRect;
    const wrap = document.createElement('div');
    if (parent) wrap.setAttribute('style', parent);
    wrap.append(decoy);
    document.body.append(wrap);
    expect(verdict(gate, click(), button).ok).toBe(ok);
  });

  test('the first click, before the autofill script brought the scanner: the verdict follows its loading', async () => {
    let loads = 0;
    const gate = createIntentGate(document, {
      host: () => host,
      now: () => t,
      visibilityObserver: null,
      scanner: () => undefined,
      loadScanner: async () => (loads++, pageScanner),
    });
    gate.watch(button);
    t += 5000;
    const decoy = document.createElement('div');
    decoy.setAttribute('style', 'position:fixed;z-index:2147483647;pointer-events:none');
    decoy.getBoundingClientRect = () =>
      ({ left: 0, top: 0, right: 50, bottom: 50, width: 50, height: 50 }) as DOMRect;
    document.body.append(decoy);
    const pending = gate.allows(click(), button);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ ok: false, why: REFUSALS.covered });
    decoy.remove();
    expect(await gate.allows(click(), button)).toEqual({ ok: true });
    expect(loads).toBe(2); // (this test's scanner() never reports it loaded)
  });

  test('a filter on <html> (Dark Reader) blinds IntersectionObserver v2: the page is looked at instead', () => {
    const visibility = { set(_: boolean) {} };
    const gate = gateWith(visibility);
    gate.watch(button);
    t += 5000;
    visibility.set(false);
    document.documentElement.style.filter = 'invert(100%)';
    try {
      expect(verdict(gate, click(), button).ok).toBe(true);
    } finally {
      document.documentElement.style.filter = '';
    }
  });

  test.each([
    { name: 'our host made transparent by the page', on: 'host', style: 'opacity:0', ok: false },
    { name: 'our host faded to 0.5', on: 'host', style: 'opacity:0.5', ok: false },
    { name: 'an ancestor with filter: opacity(5%)', on: 'body', style: 'filter:opacity(5%)', ok: false },
    { name: 'our host hidden', on: 'host', style: 'visibility:hidden', ok: false },
    { name: 'a slightly translucent page (0.95)', on: 'body', style: 'opacity:0.95', ok: true },
  ])('no IntersectionObserver v2: $name, ok $ok', ({ on, style, ok }) => {
    const gate = gateWith();
    gate.watch(button);
    t += 5000;
    const target = on === 'host' ? host : document.body;
    target.setAttribute('style', style);
    try {
      expect(verdict(gate, click(), button).ok).toBe(ok);
    } finally {
      target.removeAttribute('style');
    }
  });

  test('a press in the fill frame is judged where the frame is, as a click on it would be', () => {
    const gate = gateWith();
    // A stand-in for our iframe (happy-dom would try to load a real one): only its box matters here.
    const frame = document.createElement('div') as unknown as HTMLIFrameElement;
    host.append(frame);
    frame.getBoundingClientRect = () =>
      ({ left: 900, top: 600, right: 1200, bottom: 900, width: 300, height: 300 }) as DOMRect;
    gate.watch(frame);
    let asked: [number, number] | null = null;
    document.elementFromPoint = (x, y) => ((asked = [x, y]), topAtPoint);
    t += 100;
    expect(verdict(gate, framePressEvent(frame, { x: 10, y: 20 }), frame)).toEqual({
      ok: false,
      why: REFUSALS.moved,
    }); // the frame had only just appeared
    t += 1000;
    expect(verdict(gate, framePressEvent(frame, { x: 10, y: 20 }), frame).ok).toBe(true);
    expect(asked).toEqual([910, 620]);
    topAtPoint = document.body; // a decoy of the page's over the frame takes the point
    expect(verdict(gate, framePressEvent(frame, undefined), frame).ok).toBe(false);
    expect(asked).toEqual([1050, 750]); // a keyboard press: the frame's middle
  });
});

/** What fill-frame-slot.tsx's framePress hands the gate. */
function framePressEvent(frame: HTMLIFrameElement, point: { x: number; y: number } | undefined) {
  let event: MouseEvent | null = null;
  framePress(
    { allows: (e: MouseEvent) => ((event = e), { ok: true }) } as unknown as Parameters<typeof framePress>[0],
    frame,
    point,
  );
  return event! as MouseEvent;
}
