import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchClients } from './search';
import type { ClientSummary } from './summary';

const summary = (
  id: string,
  lastName: string,
  firstName: string,
  birthDate: string,
  memberId: string,
): ClientSummary => ({
  id,
  lastName,
  firstName,
  birthDate,
  memberId,
  phone: '',
});
const index = buildSearchIndex([
  summary('1', 'Garcia', 'Maria', '1979-03-14', 'XOF 123-456'),
  summary('2', 'Majors', 'John', '1980-01-02', 'W999'),
  summary('3', 'Núñez', 'Linda', '1962-07-04', 'WC7781'),
]);
const ids = (query: string) => searchClients(index, query).matches.map((c) => c.id);

describe('searchClients', () => {
  it('finds a name from its first letters, either name, any case and without accents', () => {
    expect(ids('gar')).toEqual(['1']);
    expect(ids('MARIA')).toEqual(['1']);
    expect(ids('nunez')).toEqual(['3']);
    expect(ids('maria garcia')).toEqual(['1']);
    expect(ids('garcia, maria')).toEqual(['1']);
  });

  it('matches words at their start only', () => {
    expect(ids('jo')).toEqual(['2']);
    expect(ids('ors')).toEqual([]);
  });

  it('finds a member id typed with or without spaces and dashes', () => {
    expect(ids('xof123456')).toEqual(['1']);
    expect(ids('XOF-123')).toEqual(['1']);
    expect(ids('wc77')).toEqual(['3']);
  });

  it('finds a birth date written the ways people write it', () => {
    expect(ids('1979-03-14')).toEqual(['1']);
    expect(ids('03/14/1979')).toEqual(['1']);
    expect(ids('3/14/1979')).toEqual(['1']);
    expect(ids('03141979')).toEqual(['1']);
    expect(ids('7/4/1962')).toEqual(['3']);
  });

  it('lists everyone for an empty query, and caps what it returns with the total', () => {
    expect(ids('')).toEqual(['1', '2', '3']);
    const capped = searchClients(index, '', 2);
    expect(capped.matches).toHaveLength(2);
    expect(capped.total).toBe(3);
  });
});
