import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Finding } from '../../lib/model';
import { FindingsPanel } from './findings-panel';

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
    { unchecked: 1, note: /1 line after them was not/ },
    { unchecked: 350, note: /350 lines after them were not/ },
  ])('$unchecked lines past the limit: says so plainly', ({ unchecked, note }) => {
    const { container } = render(
      <FindingsPanel findings={[pair]} unchecked={unchecked} state="ready" actions={actions} />,
    );
    const shown = container.querySelector('[data-mba-unchecked]');
    if (!note) expect(shown).toBeNull();
    else expect(shown?.textContent).toMatch(note);
    expect(screen.getByText(/Lines 1, 2, 3/)).toBeTruthy();
  });

  test('no findings in the lines checked does not read as a clean claim', () => {
    render(<FindingsPanel findings={[]} unchecked={5} state="ready" actions={actions} />);
    expect(screen.getByText('Nothing a payer would deny in the lines checked.')).toBeTruthy();
    expect(screen.getByText(/Only the first 50 lines were checked/)).toBeTruthy();
  });
});
