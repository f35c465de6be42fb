import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  buildSearchIndex,
  displayName,
  searchClients,
  type ClientSummary,
  type SearchIndex,
  type DayEntry,
} from '../../lib/store';
import { codesOf, STATUS_LABELS } from './format';
import type { Navigate, Route } from './route';

/** How many clients the list renders; the rest are counted ("1,950 more: type to narrow the list"). */
export const LIST_LIMIT = 50;
/** How many of today's sessions show before "Show all". */
export const TODAY_LIMIT = 20;

type Props = {
  summaries: ClientSummary[];
  today: DayEntry[] | undefined;
  todayLabel: string;
  route: Route;
  navigate: Navigate;
};

/**
 * The left pane: the search, today's sessions (first: what the therapist needs at the start of a day),
 * then the clients. The search index is built once per client list; each keystroke scans it and
 * renders at most LIST_LIMIT rows, and records its cost as the `mba:search` performance measure.
 */
export function Sidebar({ summaries, today, todayLabel, route, navigate }: Props) {
  const [query, setQuery] = useState('');
  const [allToday, setAllToday] = useState(false);
  // The index is built once the popup is idle after opening (a few ms for 2,000 clients), or on the
  // first keystroke if that comes first, and kept until the client list changes.
  const built = useRef<{ from: ClientSummary[]; index: SearchIndex } | undefined>(undefined);
  const ensureIndex = () => {
    if (built.current?.from !== summaries)
      built.current = { from: summaries, index: buildSearchIndex(summaries) };
    return built.current.index;
  };
  useEffect(() => {
    if (summaries.length === 0) return;
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => void ensureIndex(), { timeout: 1000 });
    return () => cancel(handle as number);
  }, [summaries]);
  // The popup opens to find someone: typing goes straight into the search (unless something else,
  // such as the unlock box or a detail's heading, already took the focus).
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) searchBox.current?.focus();
  }, []);
  const searching = query.trim() !== '';
  if (searching) ensureIndex();
  const index = searching ? built.current!.index : undefined;
  const result = useMemo(
    () =>
      index
        ? searchClients(index, query, LIST_LIMIT)
        : { matches: summaries.slice(0, LIST_LIMIT), total: summaries.length },
    [index, query, summaries],
  );
  const byId = useMemo(() => new Map(summaries.map((s) => [s.id, s])), [summaries]);
  const typedAt = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    if (typedAt.current === undefined) return;
    performance.measure('mba:search', { start: typedAt.current, end: performance.now() });
    typedAt.current = undefined;
  }, [query]);

  const selectedClient =
    route.view === 'client' || route.view === 'session' || route.view === 'new-session'
      ? route.clientId
      : undefined;
  const selectedSession = route.view === 'session' ? route.sessionId : undefined;

  return (
    <nav
      class="sidebar"
      aria-label="Clients and today's sessions"
      onKeyDown={(e) => {
        // Up and down walk the sessions and clients listed; up from the first goes back to the search.
        const target = e.target as HTMLElement;
        if (!target.classList.contains('side-item')) return;
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        moveInList(target, e.key === 'ArrowDown' ? 1 : -1);
      }}
    >
      <div class="search">
        <label for="client-search" class="search-label">
          Find a client
        </label>
        <input
          id="client-search"
          type="search"
          value={query}
          placeholder="Name, member id or birth date"
          autoComplete="off"
          aria-describedby="client-search-count"
          ref={searchBox}
          onInput={(e) => {
            typedAt.current = performance.now();
            setQuery((e.currentTarget as HTMLInputElement).value);
          }}
          onKeyDown={(e) => {
            // Enter opens the first match; ArrowDown goes into the list below.
            const first = result.matches[0];
            if (e.key === 'Enter' && searching && first) {
              e.preventDefault();
              navigate({ view: 'client', clientId: first.id });
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              moveInList(e.currentTarget, 1);
            }
          }}
        />
      </div>

      {query.trim() === '' ? (
        <section class="side-section" aria-labelledby="today-heading">
          <h2 id="today-heading" class="side-heading">
            Today <span class="muted">· {todayLabel}</span>
          </h2>
          {today === undefined ? (
            <p class="side-empty">Loading…</p>
          ) : today.length === 0 ? (
            <p class="side-empty">No sessions today.</p>
          ) : (
            <ul class="side-list" data-testid="today-list">
              {(allToday ? today : today.slice(0, TODAY_LIMIT)).map((s) => {
                const client = byId.get(s.clientId);
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      class="side-item"
                      aria-current={selectedSession === s.id ? 'true' : undefined}
                      onClick={() => navigate({ view: 'session', clientId: s.clientId, sessionId: s.id })}
                    >
                      <span class="side-item-main">{client ? displayName(client) : 'Unknown client'}</span>
                      <span class="side-item-sub">
                        <span class={`badge badge-${s.status}`}>{STATUS_LABELS[s.status]}</span> {s.minutes}{' '}
                        min · {codesOf(s)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {today && today.length > TODAY_LIMIT && !allToday ? (
            <button type="button" class="btn-link side-more" onClick={() => setAllToday(true)}>
              Show all {today.length} sessions today
            </button>
          ) : null}
        </section>
      ) : null}

      <section class="side-section" aria-labelledby="clients-heading">
        <h2 id="clients-heading" class="side-heading">
          {query.trim() ? 'Matching clients' : 'Clients'}
        </h2>
        <p id="client-search-count" class="side-count" role="status">
          {result.total === 0
            ? summaries.length === 0
              ? 'No clients yet.'
              : 'No client matches.'
            : `${result.total.toLocaleString('en-US')} client${result.total === 1 ? '' : 's'}`}
        </p>
        <ul class="side-list" data-testid="client-list">
          {result.matches.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="side-item"
                aria-current={selectedClient === c.id ? 'true' : undefined}
                onClick={() => navigate({ view: 'client', clientId: c.id })}
              >
                <span class="side-item-main">{displayName(c)}</span>
                <span class="side-item-sub">
                  {c.birthDate ? `Born ${c.birthDate}` : 'No birth date'}
                  {c.memberId ? ` · ${c.memberId}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {result.total > result.matches.length ? (
          <p class="side-more">
            {(result.total - result.matches.length).toLocaleString('en-US')} more: type to narrow the list.
          </p>
        ) : null}
      </section>
    </nav>
  );
}

/**
 * Focus the next (or previous) entry of the sidebar's lists from `from` (the search box or an entry);
 * before the first entry is the search box.
 */
function moveInList(from: HTMLElement, step: 1 | -1) {
  const nav = from.closest('.sidebar');
  if (!nav) return;
  const stops = [
    nav.querySelector<HTMLElement>('#client-search'),
    ...nav.querySelectorAll<HTMLElement>('.side-item'),
  ].filter((el): el is HTMLElement => el !== null);
  const next = stops[stops.indexOf(from) + step];
  next?.focus();
}
