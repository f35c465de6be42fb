import { expect, test } from 'vitest';
import { parseTypedDate } from './dates';
import { formatMoney, parseMoney } from './money';

test.each([
  ['$1,085.50', 1085.5],
  ['85', 85],
  [' 85.5 ', 85.5],
  ['.50', 0.5],
  ['85.', 85],
  ['85.555', undefined],
  ['-5', undefined],
  ['eighty', undefined],
  ['', undefined],
])('parseMoney(%j) is %j', (text, amount) => expect(parseMoney(text)).toBe(amount));

test('formatMoney shows dollars and cents', () => expect(formatMoney(1085.5)).toBe('$1,085.50'));

test.each([
  ['2026-11-26', '2026-11-26'],
  ['11/26/2026', '2026-11-26'],
  ['3/4/2026', '2026-03-04'],
  ['03-14-1979', '1979-03-14'],
  ['02/30/2026', undefined],
  ['2026-02-30', undefined],
  ['11/26/26', undefined],
  ['', undefined],
])('parseTypedDate(%j) is %j', (text, iso) => expect(parseTypedDate(text)).toBe(iso));
