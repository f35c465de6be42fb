import { expect, test, vi } from 'vitest';
import { hostSelector, mountShadowHost } from './shadow-host';

test('adds one host element whose closed shadow root the page cannot reach', () => {
  document.body.replaceChildren();
  const ui = mountShadowHost(document, { name: 'mba-claim-check', css: '.x{}', mode: 'closed' });
  expect(document.body.lastElementChild).toBe(ui.host);
  expect(ui.host.shadowRoot).toBeNull();
  expect(ui.container.className).toBe('root');
  ui.remove();
  expect(document.querySelector(hostSelector('mba-claim-check'))).toBeNull();
});

test('keystrokes in our UI do not reach the page', () => {
  document.body.replaceChildren();
  const ui = mountShadowHost(document, { name: 'mba-claim-check', css: '', mode: 'open' });
  const pageHandler = vi.fn();
  document.addEventListener('keydown', pageHandler);
  const button = document.createElement('button');
  ui.container.append(button);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
  expect(pageHandler).not.toHaveBeenCalled();
  document.removeEventListener('keydown', pageHandler);
});

test('a page that defined our name first gets no way into the root', () => {
  document.body.replaceChildren();
  let internals: ElementInternals | undefined;
  class Spy extends HTMLElement {
    constructor() {
      super();
      internals = this.attachInternals?.();
    }
  }
  customElements.define('mba-claim-check', Spy);
  const ui = mountShadowHost(document, { name: 'mba-claim-check', css: '', mode: 'closed' });
  expect(ui.host.tagName).toBe('DIV');
  expect(ui.host).not.toBeInstanceOf(Spy);
  expect(internals).toBeUndefined();
  expect(document.querySelector('mba-claim-check')).toBeNull();
  expect(document.querySelector(hostSelector('mba-claim-check'))).toBe(ui.host);
  ui.remove();
});
