import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARC_RARC_TEXT } from '../../lib/remittance/codes';
import { startRemittanceExplainer, type ExplainerOptions } from './explainer';

// The explainer driven through its injected dependencies on a happy-dom page: the code table is a stub
// standing in for the background's answer, the UI mounts into a plain element instead of a shadow host.
const HERE = dirname(fileURLToPath(import.meta.url));
const EOB = readFileSync(join(HERE, '../../test/fixtures/portals/remittance-eob.html'), 'utf8');
const FAST = { base: 5, max: 40, maxDoublings: 3 };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fixture markup (a file of ours, not page input) as the test document's body. */
function showPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

describe('startRemittanceExplainer', () => {
  let controller: AbortController;
  let ui: HTMLElement;
  let options: ExplainerOptions & { codeTable: ReturnType<typeof vi.fn>; mountUi: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
    ui = document.createElement('div');
    options = {
      document,
      signal: controller.signal,
      codeTable: vi.fn(async () => CARC_RARC_TEXT),
      mountUi: vi.fn(() => {
        document.documentElement.append(ui);
        return { container: ui };
      }),
      isOwnNode: (node) => node === ui || ui.contains(node),
      backOff: FAST,
    };
  });
  afterEach(() => {
    controller.abort();
    ui.remove();
  });

  it('on a page without remittance words: no table asked for, nothing shown', async () => {
    showPage('<h1>Claim entry</h1><p>Patient CO 80202, code 97124</p>');
    startRemittanceExplainer(options);
    document.body.append(document.createElement('p'));
    await wait(30);
    expect(options.codeTable).not.toHaveBeenCalled();
    expect(options.mountUi).not.toHaveBeenCalled();
  });

  it('on the EOB: asks for the table once and explains each code shown', async () => {
    showPage(EOB);
    startRemittanceExplainer(options);
    await vi.waitFor(() => expect(ui.querySelector('[data-carc="97"]')).not.toBeNull());
    expect(options.codeTable).toHaveBeenCalledTimes(1);
    expect(ui.querySelector('[data-carc="97"]')!.textContent).toContain('Usual fix:');
    expect(ui.querySelector('[data-rarc="N290"]')).not.toBeNull();
  });

  it('shows the codes a page adds later, and stops when the page script is unloaded', async () => {
    showPage('<h2>Claim status</h2><p>Loading…</p>');
    startRemittanceExplainer(options);
    await wait(20);
    expect(options.mountUi).not.toHaveBeenCalled();
    const row = document.createElement('p');
    row.textContent = 'Denial codes: CO-16 N290';
    document.body.append(row);
    await vi.waitFor(() => expect(ui.querySelector('[data-carc="16"]')).not.toBeNull());
    controller.abort();
    expect(ui.childElementCount).toBe(0);
  });

  it('without the table (the background did not answer): shows nothing rather than guesses', async () => {
    options.codeTable.mockRejectedValue(new Error('no answer'));
    showPage(EOB);
    startRemittanceExplainer(options);
    await wait(30);
    expect(options.codeTable).toHaveBeenCalledTimes(1);
    expect(options.mountUi).not.toHaveBeenCalled();
  });

  it('backs off on a page that keeps changing without codes', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    showPage('<h2>Claim status</h2><ul id="grid"></ul>');
    startRemittanceExplainer(options);
    const grid = document.getElementById('grid')!;
    for (let i = 0; i < 4; i++) {
      grid.append(document.createElement('li'));
      await wait(150);
    }
    // Each change after a fruitless scan waits twice as long as the last, up to the ceiling (40 ms here).
    const delays = timers.mock.calls.map(([, ms]) => ms).filter((ms) => ms !== 150 && ms !== undefined);
    expect(delays.slice(0, 3)).toEqual([10, 20, 40]);
  });
});
