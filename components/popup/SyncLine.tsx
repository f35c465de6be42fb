import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getSyncStatus, watchSyncStatus, type SyncStatus } from '../../lib/sync/config';
import { statusText } from '../../lib/sync/status-text';

/**
 * Under the popup's top bar, where this computer syncs: whether the records here are the practice's
 * latest (synced, syncing, offline since, or what is wrong, with the way to the settings). Nothing when
 * sync is off.
 */
export function SyncLine() {
  const [status, setStatus] = useState<SyncStatus | undefined>();
  useEffect(() => {
    void getSyncStatus().then(setStatus);
    return watchSyncStatus(setStatus);
  }, []);
  if (!status || status.state === 'off') return null;
  const trouble = status.state === 'offline' || status.state === 'error';
  return (
    <p class={`sync-line${trouble ? ' sync-line-trouble' : ''}`} role="status" data-sync-state={status.state}>
      {statusText(status)}
      {status.state === 'error' ? (
        <>
          {' '}
          <button type="button" class="btn-link" onClick={() => void browser.runtime.openOptionsPage()}>
            Sync settings
          </button>
        </>
      ) : null}
    </p>
  );
}
