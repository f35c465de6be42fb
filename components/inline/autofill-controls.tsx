import { useState } from 'preact/hooks';
import type { PlannedField } from '../../lib/autofill/types';
import type { AutofillView, FillFlow } from './autofill-flow';

type Props = {
  view: AutofillView;
  flow: Pick<FillFlow, 'fill' | 'pick' | 'chooseSession' | 'replace' | 'undo' | 'search'>;
};

/** Only a person's own click starts a fill (a page script's synthetic click is not trusted). */
const trusted = (run: () => unknown) => (event: Event) => {
  if (event.isTrusted) void run();
};

/**
 * The autofill's controls at the foot of the findings panel: Fill, the client picker when no saved client
 * matches, the session choice, the old -> new list for boxes that already hold something else, Undo.
 * Client names appear only here, inside our (closed) shadow root.
 */
export function AutofillControls(props: Props) {
  // Pinned to the foot of the panel: the fill's result and questions stay in sight above a long list of
  // findings.
  return (
    <div class="autofill" data-autofill="">
      <Controls {...props} />
    </div>
  );
}

function Controls({ view, flow }: Props) {
  const fillButton = (busy = false) => (
    <div class="actions">
      <button
        type="button"
        class="action action--primary"
        data-action="autofill"
        disabled={busy}
        onClick={trusted(flow.fill)}
        title="Alt+Shift+F"
      >
        {busy ? 'Filling…' : 'Fill from my records'}
      </button>
    </div>
  );
  switch (view.step) {
    case 'idle':
    case 'busy':
      return (
        <>
          {fillButton(view.step === 'busy')}
          <p class="note">Fills empty boxes only; never submits.</p>
        </>
      );
    case 'message':
      return (
        <>
          <p class="note" role="alert">
            {view.text}
          </p>
          {fillButton()}
        </>
      );
    case 'pick':
      return (
        <div>
          <label class="note" for="mba-client-search">
            No saved client matches this patient. Find the client:
          </label>
          <input
            id="mba-client-search"
            class="search"
            type="text"
            autocomplete="off"
            placeholder="Name"
            onInput={(e) => void flow.search((e.currentTarget as HTMLInputElement).value)}
          />
          <ul class="choices">
            {view.results.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  class="action"
                  data-client={c.id}
                  onClick={trusted(() => flow.pick(c.id))}
                >
                  {c.label}
                </button>
              </li>
            ))}
          </ul>
          {view.searched && view.results.length === 0 ? <p class="note">No client by that name.</p> : null}
        </div>
      );
    case 'undone':
      return (
        <>
          <p class="note" role="status">
            Fill undone: {view.restored} {view.restored === 1 ? 'box' : 'boxes'} put back
            {view.kept ? `; ${view.kept} you changed since kept as they are` : ''}
            {view.stuck ? `; ${view.stuck} the page would not take back (check them)` : ''}.
            {view.addedRows
              ? ` The ${view.addedRows} added ${view.addedRows === 1 ? 'row stays' : 'rows stay'}, empty (remove with the portal's own control).`
              : ''}
          </p>
          {fillButton()}
        </>
      );
    case 'done':
      return <Done view={view} flow={flow} />;
  }
}

function Done({ view, flow }: { view: Extract<AutofillView, { step: 'done' }>; flow: Props['flow'] }) {
  const [ticked, setTicked] = useState<PlannedField[]>([]);
  const toggle = (c: PlannedField) =>
    setTicked(ticked.includes(c) ? ticked.filter((t) => t !== c) : [...ticked, c]);
  return (
    <div>
      <p class="note" role="status">
        Filled {view.filled} {view.filled === 1 ? 'box' : 'boxes'} for {view.client}
        {view.addedRows ? `, adding ${view.addedRows} ${view.addedRows === 1 ? 'row' : 'rows'}` : ''}.
      </p>
      {view.sessions.length ? (
        <label class="note">
          Session{' '}
          <select
            class="search"
            value={view.sessionId ?? ''}
            onChange={(e) => {
              if (e.isTrusted) flow.chooseSession((e.currentTarget as HTMLSelectElement).value);
            }}
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
        <fieldset class="conflicts" data-conflicts="">
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
            <button
              type="button"
              class="action"
              data-action="replace-conflicts"
              disabled={ticked.length === 0}
              onClick={trusted(() => flow.replace(ticked))}
            >
              Replace ticked
            </button>
          </div>
        </fieldset>
      ) : null}
      {view.failed.length ? <p class="note">Did not take: {view.failed.join(', ')}.</p> : null}
      {view.skipped.length ? (
        <details class="note">
          <summary>{view.skipped.length} not filled</summary>
          <ul class="skipped">
            {view.skipped.map((s) => (
              <li key={s.label}>
                {s.label}: {s.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="actions">
        <button type="button" class="action" data-action="undo-fill" onClick={trusted(flow.undo)}>
          Undo fill
        </button>
      </div>
    </div>
  );
}
