import { useEffect, useRef, useState } from 'preact/hooks';
import { watchRecords, type RecordsChange } from '../../lib/store';

export type Query<T> = { data: T | undefined; error: string | undefined; loading: boolean };

/**
 * Runs a store read, and runs it again whenever another page (or this one) changes a record it depends
 * on: `affects` looks at what changed (and at what was loaded) and says whether to re-read. Results of
 * an outdated read never overwrite a newer one.
 */
export function useStoreQuery<T>(
  read: () => Promise<T>,
  deps: readonly unknown[],
  affects: (change: RecordsChange, current: T | undefined) => boolean,
  /** A read already started (before the first render) to use for the first load. */
  initial?: Promise<T>,
): Query<T> {
  const pending = useRef(initial);
  const [state, setState] = useState<Query<T>>({ data: undefined, error: undefined, loading: true });
  const current = useRef<T | undefined>(undefined);
  const affectsRef = useRef(affects);
  affectsRef.current = affects;

  useEffect(() => {
    let run = 0;
    let alive = true;
    const load = () => {
      const mine = ++run;
      const started = pending.current ?? read();
      pending.current = undefined;
      started.then(
        (data) => {
          if (!alive || mine !== run) return;
          current.current = data;
          setState({ data, error: undefined, loading: false });
        },
        (error: unknown) => {
          if (!alive || mine !== run) return;
          setState((s) => ({
            ...s,
            error: error instanceof Error ? error.message : String(error),
            loading: false,
          }));
        },
      );
    };
    // New inputs: what was shown belongs to the old ones.
    current.current = undefined;
    setState({ data: undefined, error: undefined, loading: true });
    load();
    const stop = watchRecords((change) => {
      if (affectsRef.current(change, current.current)) load();
    });
    return () => {
      alive = false;
      stop();
    };
    // Callers pass the read's inputs as deps (the read itself is a new closure every render).
  }, deps);
  return state;
}
