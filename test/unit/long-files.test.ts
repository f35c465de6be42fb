// @vitest-environment node
import { expect, test } from 'vitest';
import { LONG_FILES_KNOWN, longFiles } from '../../scripts/long-files';

// "No file over ~400 lines without a reason at its top": a new long file says why in a comment with
// "Over 400 lines because …" near its top, or is split. `node scripts/long-files.ts` lists them all.
test('every source file over 400 lines states why at its top (or is one of the known ones)', () => {
  const unexplained = longFiles()
    .filter(({ file, reason }) => !reason && !(file in LONG_FILES_KNOWN))
    .map(({ file, lines }) => `${file} (${lines} lines)`);
  expect(unexplained).toEqual([]);
});
