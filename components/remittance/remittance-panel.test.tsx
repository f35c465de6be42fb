import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeBook } from '../../lib/remittance/codebook';
import { CARC_RARC_TEXT, explainCode } from '../../lib/remittance/codes';
import { findRemittanceCodes } from '../../lib/remittance/find-codes';
import { RemittanceCodeList, RemittancePanel } from './remittance-panel';

const HERE = dirname(fileURLToPath(import.meta.url));
const EOB = readFileSync(join(HERE, '../../test/fixtures/portals/remittance-eob.html'), 'utf8');

afterEach(cleanup);

function codesOnFixture() {
  return findRemittanceCodes(new DOMParser().parseFromString(EOB, 'text/html'));
}

describe('RemittancePanel on the EOB fixture', () => {
  it('lists each code once, reason codes first, each with its meaning and fix', () => {
    const { container } = render(<RemittancePanel codes={codesOnFixture()} explain={explainCode} />);
    const carcs = [...container.querySelectorAll('[data-carc]')].map(
      (li) => `${li.getAttribute('data-carc-group')}-${li.getAttribute('data-carc')}`,
    );
    expect(carcs).toEqual(['PR-2', 'CO-97', 'CO-16', 'CO-29']);
    expect([...container.querySelectorAll('[data-rarc]')].map((li) => li.getAttribute('data-rarc'))).toEqual([
      'N290',
    ]);

    const co97 = container.querySelector('[data-carc="97"]')!;
    expect(co97.textContent).toContain('included in the payment/allowance for another service');
    expect(co97.textContent).toContain('Usual fix:');
    expect(co97.textContent).toContain('59 or XS');
    expect(co97.className).toContain('finding--warning');

    const pr2 = container.querySelector('[data-carc="2"]')!;
    expect(pr2.textContent).toContain('Client owes');
    expect(pr2.className).toContain('finding--info');

    expect(container.querySelector('[data-rarc="N290"]')!.textContent).toContain('box 24J');
    expect(screen.getByText('5 codes explained')).toBeTruthy();
  });

  it('collapses and expands', () => {
    const { container } = render(<RemittancePanel codes={codesOnFixture()} explain={explainCode} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide explanations' }));
    expect(container.querySelector('.panel__body')!.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show explanations' }));
    expect(container.querySelector('.panel__body')!.hasAttribute('hidden')).toBe(false);
  });
});

describe('RemittanceCodeList', () => {
  it('shows where a code is on the page when asked, with the first occurrence', () => {
    const found = codesOnFixture();
    const onShow = vi.fn();
    render(<RemittanceCodeList codes={found} explain={explainCode} onShow={onShow} />);
    fireEvent.click(screen.getAllByTitle('Show it on the page')[1]!);
    expect(onShow).toHaveBeenCalledWith(found.find((f) => f.code === '97'));
  });

  it('counts repeats and explains a code it does not know', () => {
    const { container } = render(
      <RemittanceCodeList
        explain={explainCode}
        codes={[
          { kind: 'carc', code: '253', group: 'CO' },
          { kind: 'carc', code: '253', group: 'CO' },
        ]}
      />,
    );
    const item = container.querySelector('[data-carc="253"]')!;
    expect(item.textContent).toContain('2 times on this page');
    expect(item.textContent).toContain('not in the built-in table');
  });

  it('says when there is nothing to explain', () => {
    render(<RemittanceCodeList codes={[]} explain={explainCode} />);
    expect(screen.getByText(/No adjustment or remark codes/)).toBeTruthy();
  });

  it('never turns page text into markup', () => {
    const { container } = render(
      <RemittanceCodeList
        codes={[{ kind: 'carc', code: '<img src=x onerror=alert(1)>' }]}
        explain={explainCode}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('a code book from the table text the background sends', () => {
  it('explains codes the same way as the bundled table', () => {
    const book = createCodeBook(CARC_RARC_TEXT);
    const { container } = render(<RemittanceCodeList codes={codesOnFixture()} explain={book.explain} />);
    expect(container.querySelector('[data-carc="97"]')!.textContent).toContain('59 or XS');
    expect(book.explain({ kind: 'carc', code: '97', group: 'CO' })).toEqual(
      explainCode({ kind: 'carc', code: '97', group: 'CO' }),
    );
  });
});
