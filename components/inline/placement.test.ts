import { describe, expect, test } from 'vitest';
import { intersects, placeBadge, unionRect, BADGE_SIZE } from './placement';

const viewport = { width: 1000, height: 800 };

describe('placeBadge', () => {
  test('sits on the top-right corner of the field, reaching at most half its size past it', () => {
    const field = { left: 100, top: 100, width: 60, height: 20 };
    const badge = placeBadge(field, viewport);
    expect(badge.left + badge.width / 2).toBe(field.left + field.width);
    expect(badge.top + badge.height / 2).toBe(field.top);
    // The next box of a dense grid (4 px away) is overlapped by at most 4 px of its corner.
    expect(badge.left + badge.width - (field.left + field.width + 4)).toBeLessThanOrEqual(BADGE_SIZE / 2 - 4);
  });

  test('never covers the field being typed in (the next box in a dense row)', () => {
    const field = { left: 100, top: 100, width: 40, height: 20 };
    const next = { left: 142, top: 100, width: 20, height: 20 };
    const badge = placeBadge(field, viewport, next);
    expect(intersects(badge, next)).toBe(false);
  });

  test('stays inside the viewport at the right edge', () => {
    const field = { left: 990 - BADGE_SIZE, top: 300, width: 10, height: 20 };
    const badge = placeBadge({ ...field, left: 985, width: 15 }, viewport);
    expect(badge.left + badge.width).toBeLessThanOrEqual(viewport.width);
  });
});

describe('unionRect', () => {
  test('spans split date boxes', () => {
    expect(
      unionRect([
        { left: 10, top: 5, width: 15, height: 20 },
        { left: 30, top: 5, width: 15, height: 20 },
        { left: 50, top: 5, width: 30, height: 20 },
      ]),
    ).toEqual({ left: 10, top: 5, width: 70, height: 20 });
  });

  test('ignores hidden (zero-size) elements and returns null when nothing shows', () => {
    expect(unionRect([{ left: 0, top: 0, width: 0, height: 0 }])).toBeNull();
  });
});
