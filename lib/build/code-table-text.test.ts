// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codesOnly, stripComments } from './code-table-text';

const TABLE = [
  '# Source: somewhere, 2026-11-26',
  '# ranges: M00-M99 S13',
  'code\tdescription',
  'M54.50\tLow back pain',
  '',
  'R52\tPain',
].join('\n');

describe('code-table transforms (the ?tsv and ?codes imports)', () => {
  it('?tsv drops comment and blank lines, keeps the header', () => {
    expect(stripComments(TABLE)).toBe('code\tdescription\nM54.50\tLow back pain\nR52\tPain');
  });
  it('?codes keeps the ranges line, then the first column undotted', () => {
    expect(codesOnly(TABLE)).toBe('# ranges: M00-M99 S13\nM5450\nR52');
  });
});
