import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../lib/model';
import { getClientHistory, getSessionHistory, type HistoryEntry } from '../../lib/store';
import { ACTION_WORDS, changeText, entryHeading } from './history-text';

const FIRST_SHOWN = 10;

/**
 * "History" on the client's Details tab: who changed this client's record, when and what, newest first
 * (lib/store/history.ts). Read again whenever the record changes, here or in another window.
 */
export function ClientHistory({ client }: { client: Client }) {
  return (
    <RecordHistory kind="client" client={client} load={() => getClientHistory(client.id)} record={client} />
  );
}

/** The same for one session, on its page (its lines, minutes, status, payments). */
export function SessionHistory({ client, session }: { client: Client; session: { id: string } }) {
  return (
    <RecordHistory
      kind="session"
      client={client}
      load={() => getSessionHistory(session.id)}
      record={session}
    />
  );
}

function RecordHistory({
  kind,
  client,
  load,
  record,
}: {
  kind: 'client' | 'session';
  client: Client;
  load: () => Promise<HistoryEntry[]>;
  /** The record as shown: a new one (saved here or elsewhere) reads the history again. */
  record: unknown;
}) {
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>();
  const [all, setAll] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (h) => live && setEntries(h),
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, [record]);
  if (!entries) return null;
  const shown = all ? entries : entries.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby={`${kind}-history`} data-history={kind}>
      <h3 id={`${kind}-history`} class="section-title">
        History
      </h3>
      {entries.length === 0 ? (
        <p class="muted small">No changes recorded yet.</p>
      ) : (
        <ol class="history">
          {shown.map((entry, i) => (
            <li key={`${entry.at}-${i}`} class={entry.action === 'conflict' ? 'history-conflict' : undefined}>
              <span class="history-when">{entryHeading(entry)}</span>{' '}
              <strong>{ACTION_WORDS[entry.action]}</strong>
              {entry.note ? <span class="small"> {entry.note}</span> : null}
              {entry.changes.length ? (
                <ul>
                  {entry.changes.map((c) => (
                    <li key={c.path}>{changeText(c, client)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {!all && entries.length > FIRST_SHOWN ? (
        <button type="button" class="btn btn-link" onClick={() => setAll(true)}>
          Show all {entries.length} changes
        </button>
      ) : null}
    </section>
  );
}
