import { expect, test, vi } from 'vitest';
import { autofillRoutes, AUTOFILL_SCRIPT_FILE } from './autofill-routes';

// The on-demand autofill script goes into the asking frame only, and only where a fill is allowed.
function routes(allowed: boolean) {
  const inject = vi.fn(async () => []);
  const autofill = { frameAllowed: vi.fn(async () => allowed) } as never;
  return { route: autofillRoutes(autofill, { open: vi.fn() }, inject)['autofill-load'], inject };
}
const sender = {
  id: 'x',
  tab: { id: 5, url: 'https://www.officeally.com/secure_oa.asp' },
  frameId: 3,
  url: 'https://www.officeally.com/oa/Claims/x.aspx',
};

test('injects the autofill script into the sender frame alone', async () => {
  const { route, inject } = routes(true);
  expect(await route.handle({ type: 'autofill-load' }, sender as never)).toEqual({ loaded: true });
  expect(inject).toHaveBeenCalledWith({ tabId: 5, frameIds: [3] }, [AUTOFILL_SCRIPT_FILE]);
});

test('a frame that may not be filled gets nothing', async () => {
  const { route, inject } = routes(false);
  expect(await route.handle({ type: 'autofill-load' }, sender as never)).toEqual({ loaded: false });
  expect(inject).not.toHaveBeenCalled();
});

test('a sender without a tab (an extension page) gets nothing', async () => {
  const { route, inject } = routes(true);
  expect(await route.handle({ type: 'autofill-load' }, { id: 'x' } as never)).toEqual({ loaded: false });
  expect(inject).not.toHaveBeenCalled();
});
