import { describe, expect, it } from 'vitest';
import { backOffDelay } from './back-off';

describe('backOffDelay', () => {
  const watch = { base: 500, max: 10_000, maxDoublings: 5 };
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [5, 10_000], // 16,000 capped at the ceiling
    [50, 10_000],
    [-1, 500],
  ])('after %d fruitless looks: %d ms', (misses, delay) => expect(backOffDelay(watch, misses)).toBe(delay));

  it('stops doubling after maxDoublings even below the ceiling', () =>
    expect(backOffDelay({ base: 10, max: 1_000_000, maxDoublings: 3 }, 10)).toBe(80));
});
