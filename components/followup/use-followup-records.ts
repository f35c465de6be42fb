import { useEffect, useState } from 'preact/hooks';
import { watchRecords } from '../../lib/store';
import { loadFollowupRecords, type FollowupRecords } from './load';

/** The follow-up page's records, read once and again after any save anywhere (once per burst of writes). */
export function useFollowupRecords(): {
  records: FollowupRecords | undefined;
  loadError: string | undefined;
} {
  const [records, setRecords] = useState<FollowupRecords | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  useEffect(() => {
    let alive = true;
    let run = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const mine = ++run;
      loadFollowupRecords().then(
        (r) => {
          if (!alive || mine !== run) return;
          setRecords(r);
          setLoadError(undefined);
        },
        (error: unknown) =>
          alive && mine === run && setLoadError(error instanceof Error ? error.message : String(error)),
      );
    };
    read();
    // Another page (or this one) saved: read again, once for a burst of writes.
    const stop = watchRecords(() => {
      clearTimeout(timer);
      timer = setTimeout(read, 100);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      stop();
    };
  }, []);
  return { records, loadError };
}
