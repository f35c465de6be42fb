#!/usr/bin/env node
// Source files over ~400 lines (the team's guide: "no file over ~400 lines without a reason at its top").
// A long file states why near its top, in a comment containing "Over 400 lines because". The files
// that were already long when this check came in are listed in LONG_FILES_KNOWN (with what is known
// about them), so the check fails only for a new long file without a reason: test/unit/long-files.test.ts.
//
//   node scripts/long-files.ts      prints every long file, its length and its reason (or "none stated")
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const LIMIT = 400;
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const REASON = /Over 400 lines because ([^\n]*)/;

/** Long files with no reason at their top yet, and what is known about them. Shrink this list. */
export const LONG_FILES_KNOWN: Record<string, string> = {};

/** Every tracked source file over LIMIT lines: its path, its length, and the reason at its top (if any). */
export type LongFile = { file: string; lines: number; reason: string | undefined };

export function longFiles(root = process.cwd()): LongFile[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
  return files
    .filter((file) => SOURCE.test(file))
    .map((file) => {
      let text: string;
      try {
        text = readFileSync(`${root}/${file}`, 'utf8');
      } catch {
        return null; // listed by git but deleted in the work tree
      }
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      const top = text.split('\n').slice(0, 40).join('\n');
      return { file, lines, reason: REASON.exec(top)?.[1]?.trim() };
    })
    .filter((entry): entry is LongFile => entry !== null && entry.lines > LIMIT)
    .sort((a, b) => b.lines - a.lines);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { file, lines, reason } of longFiles()) {
    const known = LONG_FILES_KNOWN[file];
    console.log(
      `${String(lines).padStart(5)}  ${file}  ${reason ?? (known ? `(known: ${known})` : 'none stated')}`,
    );
  }
}
