import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { WAIT_MS, type ExtensionDriver } from '../support/driver';

/**
 * The flows in this folder are each written once, against the driver (support/driver.ts), and run in
 * Chromium (from the Chromium test file of their feature) and in Firefox ESR (firefox.e2e.ts).
 */
export const SHOTS = path.resolve('test-results/screenshots');

/** A screenshot's path: the Chromium name as before, `-firefox` added for Firefox. */
export function shot(d: ExtensionDriver, name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, d.browserName === 'chromium' ? `${name}.png` : `${name}-${d.browserName}.png`);
}

/** expect.poll with room for a loaded 2-core machine (its default gives up after one second). */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: WAIT_MS, interval: 100 });
}

/** A local date `offset` days from `now`, as [YYYY, MM, DD]. */
export function dayParts(now: Date, offset: number): [string, string, string] {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return [
    String(d.getFullYear()),
    String(d.getMonth() + 1).padStart(2, '0'),
    String(d.getDate()).padStart(2, '0'),
  ];
}
