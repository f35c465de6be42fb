import { describe, expect, it } from 'vitest';
import { lineOfJsonPath } from './json-locate';

const text = JSON.stringify(
  {
    format: 'x',
    clients: [
      { id: 'a', name: 'Line\nbreak "q"' },
      { id: 'b', tags: [1, [2, 3], { deep: true }] },
    ],
  },
  null,
  2,
);
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('lineOfJsonPath', () => {
  it('finds the line of a nested value', () => {
    expect(lineOfJsonPath(text, ['format'])).toBe(lineOf('"format"'));
    expect(lineOfJsonPath(text, ['clients', 1, 'id'])).toBe(lineOf('"b"'));
    expect(lineOfJsonPath(text, ['clients', 1, 'tags', 2, 'deep'])).toBe(lineOf('"deep"'));
  });

  it('is undefined for a path the text does not hold', () => {
    expect(lineOfJsonPath(text, ['clients', 5])).toBeUndefined();
    expect(lineOfJsonPath(text, ['nope'])).toBeUndefined();
    expect(lineOfJsonPath('{"a": ', ['a', 'b'])).toBeUndefined();
  });

  it('counts lines on minified text as 1', () => {
    expect(lineOfJsonPath('{"a":[{"b":1}]}', ['a', 0, 'b'])).toBe(1);
  });
});
