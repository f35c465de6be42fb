import { useState } from 'preact/hooks';
import type { AutofillView, FillFlow } from './autofill-flow';
import { FillFrameSlot, type FrameOpener, type FrameUrl } from './fill-frame-slot';
import { GuardedButton } from './guarded-button';
import type { IntentGate } from './intent-gate';

type Props = {
  view: AutofillView;
  flow: Pick<FillFlow, 'fill' | 'undo'>;
  /** Every control that writes into the page goes through it (intent-gate.ts). */
  gate: IntentGate;
  /** The fill frame's opener and address (fill-frame-slot.tsx). */
  frames: { open: FrameOpener; url: FrameUrl };
  /** A press in the fill frame the gate refused, and why (shown until the view changes). */
  frameRefusal?: { why: string; view: AutofillView } | null;
};

/** A control that writes nothing new (undo) needs only a person's own event. */
const trusted = (run: () => unknown) => (event: Event) => {
  if (event.isTrusted) void run();
};
const boxes = (n: number) => `${n} ${n === 1 ? 'box' : 'boxes'}`;

/**
 * The autofill's controls, pinned to the foot of the findings panel (the result stays in sight above a
 * long list of findings): Fill, what the fill did, Undo. What comes from the records (the client picker
 * when no saved client matches, the client filled, the session choice, the old -> new values of boxes that
 * already hold something else) is in the fill frame (fill-frame-slot.tsx), never in the page's document.
 */
export function AutofillControls({ view, flow, gate, frames, frameRefusal }: Props) {
  const [refusal, setRefusal] = useState<{ why: string; view: AutofillView } | null>(null);
  const press = (run: () => unknown) => () => {
    setRefusal(null);
    return run();
  };
  const refuse = (why: string) => setRefusal({ why, view });
  const button = (action: string, label: string, run: () => unknown, primary = false, disabled = false) => (
    <GuardedButton
      gate={gate}
      class={primary ? 'action action--primary' : 'action'}
      data-action={action}
      disabled={disabled}
      onPress={press(run)}
      onRefuse={refuse}
      data-t={label}
    />
  );
  // A refusal is shown until the person acts again or the view changes.
  const shownRefusal = [refusal, frameRefusal].find((r) => r && r.view === view);
  const refused = shownRefusal ? (
    <p class="note note--refused" role="status" data-t={shownRefusal.why} />
  ) : null;
  const fill = (
    <div class="actions">
      {button(
        'autofill',
        view.step === 'busy' ? 'Filling…' : 'Fill from my records',
        flow.fill,
        true,
        view.step === 'busy',
      )}
    </div>
  );
  if (view.step === 'idle' || view.step === 'busy')
    return (
      <div class="autofill">
        {fill}
        {refused}
        <p class="note" data-t="Fills empty boxes only (Alt+Shift+F); never submits." />
      </div>
    );
  if (view.step === 'message')
    return (
      <div class="autofill">
        <p class="note" role="status" data-t={view.text} />
        {fill}
        {refused}
      </div>
    );
  if (view.step === 'pick')
    return (
      <div class="autofill">
        <p class="note" data-t="No saved client matches this patient. Find the client:" />
        <FillFrameSlot view={{ step: 'pick' }} open={frames.open} url={frames.url} gate={gate} />
        {refused}
      </div>
    );
  return (
    <div class="autofill">
      <p
        class="note"
        role="status"
        data-t={`Filled ${boxes(view.filled)}${
          view.addedRows ? `, adding ${view.addedRows} ${view.addedRows === 1 ? 'row' : 'rows'}` : ''
        }.`}
      />
      <FillFrameSlot
        view={{
          step: 'done',
          client: view.client,
          sessions: view.sessions,
          ...(view.sessionId ? { sessionId: view.sessionId } : {}),
          conflicts: view.conflicts.map(({ f, label, old, new: next }) => ({ f, label, old, new: next })),
        }}
        open={frames.open}
        url={frames.url}
        gate={gate}
      />
      {view.failed.length ? <p class="note" data-t={`Did not take: ${view.failed.join(', ')}.`} /> : null}
      {view.skipped.length ? (
        <details class="note">
          <summary data-t={`${boxes(view.skipped.length)} not filled`} />
          <ul class="skipped">
            {view.skipped.map((s) => (
              <li key={s.label} data-t={`${s.label}: ${s.why}`} />
            ))}
          </ul>
        </details>
      ) : null}
      {refused}
      <div class="actions">
        <button
          type="button"
          class="action"
          data-action="undo-fill"
          onClick={trusted(flow.undo)}
          data-t="Undo fill"
        />
      </div>
    </div>
  );
}
