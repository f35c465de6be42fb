import { render } from 'preact';
import * as z from 'zod/mini';
import { App, preloadPopup } from '../../components/popup/App';
import { LockGate } from '../../components/popup/LockGate';
import { localToday } from '../../lib/dates';
import '../../components/shared/ui.css';
import '../../components/popup/popup.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

// The first screen's reads start now, not after the first render.
performance.mark('mba:main');
const today = localToday();
// While the records are locked these reads fail; the lock gate shows the unlock screen instead.
const preload = preloadPopup(today);
for (const read of Object.values(preload)) read.catch(() => undefined);
render(
  <LockGate>{(unlockedHere) => <App today={today} preload={unlockedHere ? undefined : preload} />}</LockGate>,
  document.getElementById('app')!,
);

// The e2e build only: the Chromium test seeds records and times saves through the real store code.
if (import.meta.env.MODE === 'e2e') {
  void Promise.all([import('../../lib/store'), import('../../lib/store/backup')]).then(([store, backup]) =>
    Object.assign(globalThis, { __mbaStore: { ...store, ...backup } }),
  );
}
