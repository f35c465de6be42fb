import { describe, expect, it, vi } from 'vitest';
import { partRoutes } from './part-routes';

const sender = { id: 'ext', tab: { id: 7 }, frameId: 3, url: 'https://www.officeally.com/x' } as never;

describe('load-part', () => {
  it('loads the asked part into the asking frame only', async () => {
    const inject = vi.fn(async () => undefined);
    const route = partRoutes(inject)['load-part'];
    expect(await route.handle({ type: 'load-part', part: 'claim' }, sender)).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith({ tabId: 7, frameIds: [3] }, ['portal.js']);
    await route.handle({ type: 'load-part', part: 'remittance' }, sender);
    expect(inject).toHaveBeenLastCalledWith({ tabId: 7, frameIds: [3] }, ['content-scripts/remittance.js']);
  });

  it('says so when the browser refuses, and accepts no other part', async () => {
    const route = partRoutes(async () => Promise.reject(new Error('no access')))['load-part'];
    expect(await route.handle({ type: 'load-part', part: 'claim' }, sender)).toEqual({ loaded: false });
    expect(route.schema.safeParse({ type: 'load-part', part: 'autofill' }).success).toBe(false);
    expect(route.schema.safeParse({ type: 'load-part', part: 'claim', files: ['x.js'] }).success).toBe(false);
  });
});
