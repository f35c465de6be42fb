import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AutofillClientsReply, ClientChoice } from '../../lib/autofill/types';
import type { FillFrameAct, FillFrameRequest, FillFrameView } from '../../lib/messages/schemas';
import { createPressGuard, type PressGuard } from './press-guard';

type Send = (message: FillFrameRequest) => Promise<unknown>;
type Reply = { view: FillFrameView } | { gone: string } | undefined;

/**
 * The fill frame's page: the picker (search the practice's clients, pick one) or the review of a fill
 * (the client, the session whose lines were filled, the boxes that hold something else: tick to
 * replace). Each press goes to the background, which passes it to the content script that fills.
 */
export function FillFrameApp({ token, send }: { token: string; send: Send }) {
  const guard = useMemo(() => createPressGuard(window), []);
  const [view, setView] = useState<FillFrameView | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    (send({ type: 'fill-frame-view', token }) as Promise<Reply>).then(
      (reply) => {
        if (reply && 'view' in reply) setView(reply.view);
        else setNote(reply?.gone ?? 'This list is out of date: press Fill from my records again.');
      },
      () => setNote('The extension was updated or reloaded: reload the page.'),
    );
  }, [token]);
  useEffect(() => {
    guard.shown();
    if (view) document.body.dataset.ready = 'true';
  }, [view]);
  // The panel draws this frame as tall as what it shows (the page cannot tell; the background passes it).
  useEffect(() => {
    let sent = -1;
    const report = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === sent) return;
      sent = height;
      void send({ type: 'fill-frame-size', token, height }).catch(() => undefined);
    };
    const observer = new ResizeObserver(() => requestAnimationFrame(report));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [token]);

  const act = (event: Event, what: FillFrameAct) => {
    const verdict = guard.judge(event);
    if (!verdict.ok) return setNote(verdict.why);
    setNote('');
    void (
      send({
        type: 'fill-frame-act',
        token,
        act: what,
        ...(verdict.point ? { point: verdict.point } : {}),
      }) as Promise<{ sent: true } | { refused: string } | undefined>
    ).then(
      (reply) => reply && 'refused' in reply && setNote(reply.refused),
      () => setNote('The extension was updated or reloaded: reload the page.'),
    );
  };

  return (
    <div class="frame">
      {view?.step === 'pick' ? <Picker token={token} send={send} act={act} guard={guard} /> : null}
      {view?.step === 'done' ? <Review view={view} act={act} /> : null}
      {note ? (
        <p class="note note--refused" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}

type Act = (event: Event, what: FillFrameAct) => void;

function Picker({ token, send, act, guard }: { token: string; send: Send; act: Act; guard: PressGuard }) {
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  const [reply, setReply] = useState<AutofillClientsReply | null>(null);
  useEffect(() => {
    let live = true;
    (send({ type: 'fill-frame-clients', token, query }) as Promise<AutofillClientsReply | undefined>).then(
      (next) => {
        if (!live) return;
        setReply(next && Array.isArray(next.clients) ? next : { clients: [] });
        guard.shown(); // the list changed under the pointer: a press right now is not on what was read
      },
      () => live && setReply({ clients: [] }),
    );
    return () => {
      live = false;
    };
  }, [query]);
  const searched = query.trim().length >= 2;
  const clients: ClientChoice[] = reply?.clients ?? [];
  return (
    <div>
      <input
        ref={search}
        class="search"
        aria-label="Client name"
        autocomplete="off"
        placeholder="Client name"
        value={query}
        onInput={(e) => e.isTrusted && setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {!searched && clients.length ? <p class="note">With an unbilled session lately:</p> : null}
      <ul class="choices">
        {clients.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class="action"
              data-client={c.id}
              onClick={(e) => act(e, { kind: 'pick', clientId: c.id })}
            >
              {c.label}
            </button>
          </li>
        ))}
      </ul>
      {reply?.locked ? (
        <p class="note" role="status">
          The records are locked: unlock them in the extension’s popup with the practice passphrase, then type
          the name again.
        </p>
      ) : reply?.limited ? (
        <p class="note" role="status">
          Many searches came from this page in a short time: wait a few seconds, then type again.
        </p>
      ) : reply && searched && !clients.length ? (
        <p class="note">No client by that name.</p>
      ) : null}
    </div>
  );
}

function Review({ view, act }: { view: Extract<FillFrameView, { step: 'done' }>; act: Act }) {
  const [ticked, setTicked] = useState<number[]>([]);
  const toggle = (f: number) =>
    setTicked(ticked.includes(f) ? ticked.filter((t) => t !== f) : [...ticked, f]);
  const n = view.conflicts.length;
  return (
    <div>
      <p class="note" data-filled-for>
        For <b>{view.client}</b>
      </p>
      {view.sessions.length ? (
        <label class="note">
          Session
          <select
            class="search"
            value={view.sessionId ?? ''}
            onChange={(e) =>
              act(e, { kind: 'session', sessionId: (e.currentTarget as HTMLSelectElement).value })
            }
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
      {n ? (
        <fieldset class="conflicts">
          <legend>
            {n === 1 ? 'This box holds' : `These ${n} boxes hold`} something else. Replace what you tick:
          </legend>
          {view.conflicts.map((c) => (
            <label key={c.f} class="conflict" data-conflict={c.label}>
              <input type="checkbox" checked={ticked.includes(c.f)} onChange={() => toggle(c.f)} />
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
              disabled={!ticked.length}
              onClick={(e) => act(e, { kind: 'replace', fields: ticked })}
            >
              Replace ticked
            </button>
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
