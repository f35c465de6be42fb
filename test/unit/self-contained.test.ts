import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A clone must make sense alone: nothing the project ships or documents may point outside the repository
// (the team's shared folder, a sibling checkout) or name an issue number instead of saying why.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(
    (f) =>
      f && !f.startsWith('package-lock') && !f.startsWith('test/fixtures/portals/') && f !== 'docs/DESIGN.md',
  )
  .filter((f) => /\.(ts|tsx|mjs|js|css|html|md|tsv|json)$/.test(f) || f.startsWith('.ci/'));

function grep(pattern: RegExp) {
  const hits: string[] = [];
  for (const file of tracked) {
    if (file === 'test/unit/self-contained.test.ts') continue;
    const text = readFileSync(resolve(root, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return hits;
}

describe('the repository is self-contained', () => {
  it('points at nothing outside it', () => {
    expect(grep(/\bshared\/(DESIGN\.md|reference|fixtures|data|hooks)\b|DESIGN\.md \(shared\)/)).toEqual([]);
  });

  it('has the documents its code and data cite', () => {
    for (const doc of [
      'docs/DESIGN.md',
      'docs/reference/domain.md',
      'docs/reference/portals.md',
      'docs/reference/engineering.md',
    ]) {
      expect(existsSync(resolve(root, doc)), doc).toBe(true);
    }
    const cited = new Set(
      grep(/\breference\/[a-z-]+\.md/).flatMap((hit) => hit.match(/reference\/[a-z-]+\.md/g) ?? []),
    );
    for (const doc of cited) expect(existsSync(resolve(root, 'docs', doc)), doc).toBe(true);
  });

  it('says why in comments, not which issue', () => {
    expect(grep(/\b[Ii]ssues? \d+\b/)).toEqual([]);
  });
});
