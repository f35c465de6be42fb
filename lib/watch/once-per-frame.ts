/**
 * One running copy of a script per frame and world: a script the background injects again (the site was
 * enabled after the declared copy ran, or "check this page once") finds the live copy and does nothing.
 * It returns the new copy's signal, or null when a copy already runs.
 *
 * In place of WXT's content-script context, which costs about 1 KB of the 30 KB budget and announces
 * every start to the page (a `postMessage` and a document event naming the script: a hostile page
 * learns that we run, and which part). An orphaned copy left by an update runs in a world of its own;
 * its host element is removed by the new copy (the caller), and it can no longer reach the background.
 */
export function runOncePerFrame(key: string): AbortSignal | null {
  const slot = Symbol.for(key);
  const scope = globalThis as { [slot]?: AbortController };
  const running = scope[slot];
  if (running && !running.signal.aborted) return null;
  const controller = new AbortController();
  scope[slot] = controller;
  return controller.signal;
}
