import { useState } from 'preact/hooks';
import type { PlannedField } from '../../lib/autofill/types';
import type { AutofillView, FillFlow } from './autofill-flow';
import { GuardedButton } from './guarded-button';
import type { IntentGate } from './intent-gate';

type Props = {
  view: AutofillView;
  flow: Pick<FillFlow, 'fill' | 'pick' | 'chooseSession' | 'replace' | 'undo' | 'search'>;
  /** Every control that writes into the page goes through it (intent-gate.ts). */
  gate: IntentGate;
};

/** Controls that write nothing (undo, the picker's search) need only a person's own event. */
const trusted = (run: () => unknown) => (event: Event) => {
  if (event.isTrusted) void run();
};
const boxes = (n: number) => `${n} ${n === 1 ? 'box' : 'boxes'}`;

/**
 * The autofill's controls, pinned to the foot of the findings panel (the result and the questions stay in
 * sight above a long list of findings): Fill, the client picker when no saved client matches, the session
 * choice, the old -> new list for boxes that already hold something else, Undo. Client names appear only
 * here, inside our (closed) shadow root.
 */
export function AutofillControls({ view, flow, gate }: Props) {
  const [ticked, setTicked] = useState<PlannedField[]>([]);
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
    >
      {label}
    </GuardedButton>
  );
  // A refusal is shown until the person acts again or the view changes.
  const refused =
    refusal && refusal.view === view ? (
      <p class="note note--refused" role="status">
        {refusal.why}
      </p>
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
        <p class="note">Fills empty boxes only (Alt+Shift+F); never submits.</p>
      </div>
    );
  if (view.step === 'message')
    return (
      <div class="autofill">
        <p class="note" role="status">
          {view.text}
        </p>
        {fill}
        {refused}
      </div>
    );
  if (view.step === 'pick')
    return (
      <div class="autofill">
        <label class="note">
          No saved client matches this patient. Find the client:
          <input
            class="search"
            autocomplete="off"
            placeholder="Name"
            onInput={(e) => void flow.search((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {!view.searched && view.results.length ? <p class="note">With an unbilled session lately:</p> : null}
        <ul class="choices">
          {view.results.map((c) => (
            <li key={c.id}>
              <GuardedButton
                gate={gate}
                class="action"
                data-client={c.id}
                onPress={press(() => flow.pick(c.id))}
                onRefuse={refuse}
              >
                {c.label}
              </GuardedButton>
            </li>
          ))}
        </ul>
        {view.limited ? (
          <p class="note" role="status">
            Many searches came from this page in a short time: wait a few seconds, then type again.
          </p>
        ) : view.searched && !view.results.length ? (
          <p class="note">No client by that name.</p>
        ) : null}
        {refused}
      </div>
    );
  const toggle = (c: PlannedField) =>
    setTicked(ticked.includes(c) ? ticked.filter((t) => t !== c) : [...ticked, c]);
  return (
    <div class="autofill">
      <p class="note" role="status">
        Filled {boxes(view.filled)} for {view.client}
        {view.addedRows ? `, adding ${view.addedRows} ${view.addedRows === 1 ? 'row' : 'rows'}` : ''}.
      </p>
      {view.sessions.length ? (
        <label class="note">
          Session
          <select
            class="search"
            value={view.sessionId ?? ''}
            onChange={(e) => e.isTrusted && flow.chooseSession((e.currentTarget as HTMLSelectElement).value)}
          >
            {view.sessionId ? null : <option value="">None (no service lines)</option>}
            {view.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p class="note">No session saved for this client: service lines left as they are.</p>
      )}
      {view.conflicts.length ? (
        <fieldset class="conflicts">
          <legend>
            {view.conflicts.length === 1 ? 'This box holds' : `These ${view.conflicts.length} boxes hold`}{' '}
            something else. Replace what you tick:
          </legend>
          {view.conflicts.map((c) => (
            <label key={c.f} class="conflict" data-conflict={c.label}>
              <input type="checkbox" checked={ticked.includes(c)} onChange={() => toggle(c)} />
              <span>
                {c.label}: <s>{c.old}</s> → <b>{c.new}</b>
              </span>
            </label>
          ))}
          <div class="actions">
            {button('replace-conflicts', 'Replace ticked', () => flow.replace(ticked), false, !ticked.length)}
          </div>
        </fieldset>
      ) : null}
      {view.failed.length ? <p class="note">Did not take: {view.failed.join(', ')}.</p> : null}
      {view.skipped.length ? (
        <details class="note">
          <summary>{boxes(view.skipped.length)} not filled</summary>
          <ul class="skipped">
            {view.skipped.map((s) => (
              <li key={s.label}>
                {s.label}: {s.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {refused}
      <div class="actions">
        <button type="button" class="action" data-action="undo-fill" onClick={trusted(flow.undo)}>
          Undo fill
        </button>
      </div>
    </div>
  );
}
