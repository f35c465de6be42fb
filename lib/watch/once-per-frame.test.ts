import { expect, test } from 'vitest';
import { runOncePerFrame } from './once-per-frame';

test('a second copy in the same frame does not start; a new one starts once the first has stopped', () => {
  const first = runOncePerFrame('massage-billing-assistant/test-part');
  expect(first).not.toBeNull();
  expect(runOncePerFrame('massage-billing-assistant/test-part')).toBeNull();
  expect(runOncePerFrame('massage-billing-assistant/other-part')).not.toBeNull();
  // (the copy's own controller is private: simulate its end through the shared slot)
  (globalThis as Record<symbol, AbortController>)[Symbol.for('massage-billing-assistant/test-part')]!.abort();
  expect(runOncePerFrame('massage-billing-assistant/test-part')).not.toBeNull();
});
