import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { ClaimDraft } from '../model';
import { createCheckGate } from './check-gate';
import type { createClaimChecker } from './claim-checker';
import { contentRoutes } from './routes';

const draft: ClaimDraft = {
  patient: {},
  referringProvider: {},
  billingProvider: {},
  diagnoses: [],
  lines: [],
};
const sender = (tab: number, frameId: number) =>
  ({ tab: { id: tab }, frameId }) as Browser.runtime.MessageSender;

describe('content routes: check-claim', () => {
  test('checks are admitted per tab and frame: a flooding frame waits, another tab does not', async () => {
    const check = vi.fn(async () => ({ findings: [], matched: false }));
    const checker = { check, invalidate() {} } as unknown as ReturnType<typeof createClaimChecker>;
    const gate = createCheckGate({ burst: 1, perSecond: 0.001, sleep: () => new Promise(() => {}) });
    const routes = contentRoutes(checker, () => undefined, gate);
    const message = { type: 'check-claim' as const, draft };
    await routes['check-claim'].handle(message, sender(1, 0));
    void routes['check-claim'].handle(message, sender(1, 0)); // over its rate: waits
    await routes['check-claim'].handle(message, sender(1, 5));
    await routes['check-claim'].handle(message, sender(2, 0));
    expect(check).toHaveBeenCalledTimes(3);
  });
});
