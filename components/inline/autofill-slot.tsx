import { useEffect, useRef, useState } from 'preact/hooks';
import type { AutofillHost, AutofillModule, MountedAutofill } from './autofill-mount';
import { AUTOFILL_MODULE } from './autofill-mount';

/**
 * The autofill's place in the findings panel, in the claim-form script: the "Fill from my records"
 * button and an empty slot. The first fill (button, keyboard command or context menu) has the background
 * load the autofill script into this frame; it then renders its own controls into the slot.
 */
export type AutofillLoader = {
  /** Ask the background to inject the autofill script into this frame. */
  load(): Promise<unknown>;
  host: Omit<AutofillHost, 'container'>;
};

type Slot = { start(): void };

export function createAutofillSlot(loader: AutofillLoader) {
  let mounted: MountedAutofill | null = null;
  let loading: Promise<MountedAutofill | null> | null = null;
  let container: Element | null = null;
  let onChange: (() => void) | null = null;

  const moduleNow = () => (globalThis as { [AUTOFILL_MODULE]?: AutofillModule })[AUTOFILL_MODULE];
  const ensure = () =>
    (loading ??= (async () => {
      if (!moduleNow()) await loader.load();
      const module = moduleNow();
      if (!module || !container) return null;
      mounted = module.mountAutofill({ ...loader.host, container });
      onChange?.();
      return mounted;
    })().catch(() => {
      loading = null;
      return null;
    }));

  const slot: Slot = {
    start() {
      if (mounted) return mounted.fill();
      void ensure().then((m) => {
        if (m) m.fill();
        else onChange?.();
      });
      onChange?.();
    },
  };

  /** The panel's foot: the button until the autofill is loaded, then whatever the autofill renders. */
  function AutofillSlot() {
    const ref = useRef<HTMLDivElement>(null);
    const [, setTick] = useState(0);
    useEffect(() => {
      container = ref.current;
      onChange = () => setTick((n) => n + 1);
      return () => {
        onChange = null;
      };
    }, []);
    const busy = !mounted && loading !== null;
    return (
      <div class="autofill">
        {mounted ? null : (
          <>
            <div class="actions">
              <button
                type="button"
                class="action action--primary"
                data-action="autofill"
                disabled={busy}
                // Only a person's own click starts a fill (a page script's synthetic click is not trusted).
                onClick={(e) => e.isTrusted && slot.start()}
              >
                {busy ? 'Filling…' : 'Fill from my records'}
              </button>
            </div>
            <p class="note">Fills empty boxes only (Alt+Shift+F); never submits.</p>
          </>
        )}
        <div ref={ref} />
      </div>
    );
  }

  return { slot, AutofillSlot, dispose: () => mounted?.dispose() };
}
