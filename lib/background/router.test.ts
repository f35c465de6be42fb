import { describe, expect, test, vi } from 'vitest';
import * as z from 'zod/mini';
import { createRouter } from './router';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const fromTab = { id: 'ext-id', url: 'https://www.officeally.com/oa/x.aspx', tab: { id: 3 } } as never;
const fromPage = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' } as never;

function makeRouter() {
  const handle = vi.fn(async (m: { type: string; n: number }) => m.n * 2);
  const route = createRouter(
    {
      double: {
        schema: z.strictObject({ type: z.literal('double'), n: z.number() }),
        from: ['content-script'],
        handle,
      },
    },
    self,
  );
  return { route, handle };
}

describe('background router', () => {
  test('handles a declared message from an allowed sender', async () => {
    const { route } = makeRouter();
    expect(await route({ type: 'double', n: 21 }, fromTab)).toBe(42);
  });

  test.each([
    [
      'another extension',
      { type: 'double', n: 1 },
      { id: 'other', url: 'https://x.com/', tab: { id: 1 } },
      'unknown sender',
    ],
    ['an unknown type', { type: 'delete-everything' }, fromTab, 'unknown message type'],
    ['a prototype key as type', { type: 'constructor' }, fromTab, 'unknown message type'],
    ['not an object', 'double', fromTab, 'unknown message type'],
    ['extra fields', { type: 'double', n: 1, url: 'https://evil' }, fromTab, 'malformed message'],
    ['wrong field type', { type: 'double', n: '1' }, fromTab, 'malformed message'],
    [
      'a sender the route does not accept',
      { type: 'double', n: 1 },
      fromPage,
      'not accepted from sender kind extension-page',
    ],
  ])('refuses %s and acts on nothing', async (_name, message, sender, reason) => {
    const { route, handle } = makeRouter();
    expect(await route(message, sender as never)).toEqual({ refused: reason });
    expect(handle).not.toHaveBeenCalled();
  });
});
