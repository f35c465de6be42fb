/**
 * The controls around the line grid: the portal's "add line" button, and a composer form's list of
 * lines already added (a table whose header names line fields; read from its cells on every read).
 */
import { LINE_KEYS } from './candidates';
import { scoreRoles } from './roles';
import { headerGrid, type Signals } from './signals';
import { textTokens } from './tokens';
import type { LineKey, ListTable } from './types';

export function firstVisible(
  list: NodeListOf<Element>,
  isVisible: (el: Element) => boolean,
): Element | undefined {
  for (const el of Array.from(list)) if (isVisible(el)) return el;
  return undefined;
}

const ADD_LINE =
  /\badd\b.{0,12}\b(line|row|service|detail|procedure|charge)s?\b|\[\s*\+\s*\]|add-?row|addline|add-?line|\+\s*line/i;

export const BUTTONS = 'button, input[type="button"], input[type="submit"], a, [role="button"]';

export function findAddLine(buttons: Element[], isVisible: (el: Element) => boolean): Element | undefined {
  const n = Math.min(buttons.length, 500);
  for (let i = 0; i < n; i++) {
    const el = buttons[i]!;
    const words = `${el.getAttribute('value') ?? ''} ${(el.textContent ?? '').slice(0, 60)} ${el.getAttribute('aria-label') ?? ''} ${el.id} ${el.getAttribute('name') ?? ''}`;
    if (ADD_LINE.test(words) && isVisible(el)) return el;
  }
  return undefined;
}

/** A composer's list of added lines: a visible table, not holding the composer, whose header names line fields. */
export function findListTable(
  tables: Element[],
  composerAnchor: Element,
  isVisible: (el: Element) => boolean,
): ListTable | undefined {
  let best: ListTable | undefined;
  let bestCount = 0;
  for (const table of tables.slice(0, 50)) {
    if (table.contains(composerAnchor) || !isVisible(table)) continue;
    const grid = headerGrid(table);
    if (grid.length === 0) continue;
    const width = Math.max(...grid.map((r) => r.length));
    const columns: Partial<Record<LineKey, number>> = {};
    for (let col = 0; col < width; col++) {
      const words = grid.map((r) => r[col] ?? '').join(' ');
      const scored = scoreRoles(headerSignals(words), 'text');
      const role = scored?.role;
      if (role && LINE_KEYS.has(role) && columns[role as LineKey] === undefined)
        columns[role as LineKey] = col;
    }
    const count = Object.keys(columns).length;
    if (columns.code !== undefined && count >= 2 && count > bestCount) {
      best = { table, columns };
      bestCount = count;
    }
  }
  return best;
}

function headerSignals(text: string): Signals {
  return {
    name: [],
    label: textTokens(text),
    hint: [],
    header: [],
    near: [],
    nearRead: true,
    stopAtRow: false,
    hintRaw: '',
    indexSource: '',
  };
}
