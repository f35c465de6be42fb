import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetReadyForTests } from '../ready';
import { forgetUnreadableForTests } from '../records';

/** A fresh, empty fake `browser.storage` and a page that has not run its migrations yet. */
export function resetStore(): void {
  fakeBrowser.reset();
  resetReadyForTests();
  forgetUnreadableForTests();
}

/** Everything in the fake `local` area, for "nothing changed" assertions. */
export async function storedSnapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}
