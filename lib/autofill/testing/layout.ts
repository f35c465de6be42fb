import * as happyDom from 'happy-dom';
import { afterEach, beforeEach } from 'vitest';

/**
 * happy-dom does no layout: every element reports a 0 x 0 box at the origin, which the fill reads as a
 * box nobody can see (visible.ts). Tests of the fill give every element, in every happy-dom window
 * (fixtures load into windows of their own), the box a laid-out form would have (120 x 24 px, on the
 * page); a test that wants a box off screen or tiny sets that element's own.
 */
export function laidOutBoxes() {
  const proto = happyDom.Element.prototype as unknown as { getBoundingClientRect(): unknown };
  const original = proto.getBoundingClientRect;
  beforeEach(() => {
    proto.getBoundingClientRect = () => ({
      x: 20,
      y: 20,
      left: 20,
      top: 20,
      width: 120,
      height: 24,
      right: 140,
      bottom: 44,
    });
  });
  afterEach(() => {
    proto.getBoundingClientRect = original;
  });
}
