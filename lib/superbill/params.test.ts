import { describe, expect, it } from 'vitest';
import { parseSuperbillParams, sessionSuperbillUrl, superbillUrl } from './params';

describe('parseSuperbillParams', () => {
  it.each([
    [
      '?client=demo-dana&from=2026-10-01&to=2026-10-31',
      { kind: 'range', clientId: 'demo-dana', from: '2026-10-01', to: '2026-10-31' },
    ],
    ['?client=demo-dana', { kind: 'range', clientId: 'demo-dana' }],
    ['?client=demo-dana&to=2026-10-31', { kind: 'range', clientId: 'demo-dana', to: '2026-10-31' }],
    ['?session=demo-s-1', { kind: 'session', sessionId: 'demo-s-1' }],
    ['?session=demo-s-1&client=other', { kind: 'session', sessionId: 'demo-s-1' }],
    ['?client=a%20b%26c', { kind: 'range', clientId: 'a b&c' }],
  ])('%s', (search, request) => {
    expect(parseSuperbillParams(search)).toEqual({ request });
  });

  it.each([
    ['', /whose superbill/],
    ['?from=2026-10-01', /whose superbill/],
    ['?session=', /names no session/],
    ['?client=x&from=2026-13-01', /start date in the address, from=2026-13-01, is not a date/],
    ['?client=x&to=10/31/2026', /end date in the address, to=10\/31\/2026, is not a date/],
    ['?client=x&from=2026-11-01&to=2026-10-01', /after the end date/],
  ])('refuses %j', (search, message) => {
    expect(parseSuperbillParams(search).error).toMatch(message);
  });
});

describe('superbill addresses', () => {
  it('round-trips through the parser', () => {
    const url = superbillUrl('c&1', '2026-10-01', '2026-10-31');
    expect(parseSuperbillParams(url.split('?')[1]!).request).toEqual({
      kind: 'range',
      clientId: 'c&1',
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(sessionSuperbillUrl('s 1')).toBe('/superbill.html?session=s+1');
  });
});
