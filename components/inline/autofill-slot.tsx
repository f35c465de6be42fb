import { useEffect, useRef, useState } from 'preact/hooks';
import type { AutofillHost, AutofillModule, MountedAutofill } from './autofill-mount';
import { AUTOFILL_MODULE } from './autofill-mount';
import { GuardedButton } from './guarded-button';

/**
 * The autofill's place in the findings panel, in the claim-form script: the "Fill from my records"
 * button and an empty slot. The first fill (button, keyboard command or context menu) has the background
 * load the autofill script into this frame; it then renders its own controls into the slot.
 */
export type AutofillLoader = {
  /** Ask the background to inject the autofill script into this frame. */
  load(): Promise<unknown>;
  /** Includes the gate every fill control's click goes through (intent-gate.ts). */
  host: Omit<AutofillHost, 'container'>;
};

type Slot = {
  start(): void;
  /** The autofill script, loaded (not shown): the fill gate's page scanner comes with it. */
  module(): Promise<AutofillModule | undefined>;
};

export function createAutofillSlot(loader: AutofillLoader) {
  let mounted: MountedAutofill | null = null;
  let loading: Promise<MountedAutofill | null> | null = null;
  let container: Element | null = null;
  let onChange: (() => void) | null = null;

  const moduleNow = () => (globalThis as { [AUTOFILL_MODULE]?: AutofillModule })[AUTOFILL_MODULE];
  let loadingModule: Promise<AutofillModule | undefined> | null = null;
  const loadModule = () =>
    (loadingModule ??= (async () => {
      if (!moduleNow()) await loader.load();
      return moduleNow();
    })().catch(() => {
      loadingModule = null;
      return undefined;
    }));
  const ensure = () =>
    (loading ??= (async () => {
      const module = await loadModule();
      if (!module || !container) return null;
      mounted = module.mountAutofill({ ...loader.host, container });
      onChange?.();
      return mounted;
    })().catch(() => {
      loading = null;
      return null;
    }));

  const slot: Slot = {
    module: loadModule,
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
    const [refusal, setRefusal] = useState('');
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
              <GuardedButton
                gate={loader.host.gate}
                class="action action--primary"
                data-action="autofill"
                disabled={busy}
                onPress={() => {
                  setRefusal('');
                  slot.start();
                }}
                onRefuse={setRefusal}
              >
                <span data-t={busy ? 'Filling…' : 'Fill from my records'} />
              </GuardedButton>
            </div>
            <p
              class="note"
              role={refusal ? 'status' : undefined}
              data-t={refusal || 'Fills empty boxes only (Alt+Shift+F); never submits.'}
            />
          </>
        )}
        <div ref={ref} />
      </div>
    );
  }

  return { slot, AutofillSlot, dispose: () => mounted?.dispose() };
}
