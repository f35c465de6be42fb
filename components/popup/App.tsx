import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localToday } from '../../lib/dates';
import {
  currentMigrationProblem,
  getClient,
  getClientSessions,
  getPractice,
  getDayEntries,
  getSettings,
  listClientSummaries,
  loadPopupStart,
  unreadableRecords,
} from '../../lib/store';
import { longDate, STATUS_LABELS } from './format';
import { SESSION_STATUSES, type Session } from '../../lib/model';
import type { ClientSummary, DayEntry } from '../../lib/store';
import type { Route } from './route';
import { Sidebar } from './Sidebar';
import { SiteAccess } from './SiteAccess';
import { SyncLine } from './SyncLine';
import type * as DetailViewsModule from './detail-views';
import { useStoreQuery } from '../shared/use-store-query';
import { FirstRun } from './FirstRun';

type DetailViews = typeof DetailViewsModule;

/** Today at a glance: how many sessions in each status, and what is left to do. */
function TodayOverview({ sessions }: { sessions: DayEntry[] }) {
  const count = (status: Session['status']) => sessions.filter((s) => s.status === status).length;
  const soapMissing = sessions.filter((s) => s.status !== 'scheduled' && !s.soapNotesDone).length;
  const minutes = sessions.reduce((n, s) => n + s.minutes, 0);
  return (
    <dl class="overview" aria-label="Today at a glance">
      {SESSION_STATUSES.map((status) => (
        <div key={status}>
          <dt>{STATUS_LABELS[status]}</dt>
          <dd>{count(status)}</dd>
        </div>
      ))}
      <div>
        <dt>SOAP notes to write</dt>
        <dd>{soapMissing}</dd>
      </div>
      <div>
        <dt>Hours booked</dt>
        <dd>{(minutes / 60).toFixed(1)}</dd>
      </div>
    </dl>
  );
}
let detailViews: DetailViews | undefined;
const loadDetailViews = () => import('./detail-views').then((m) => (detailViews = m));

/**
 * The popup: a header, the list pane (search, today's sessions, clients) and the detail pane (a client,
 * a session with its checklist, or a form). Every query re-reads when another page changes what it
 * shows, so two open windows stay in step.
 */
export type Preload = ReturnType<typeof preloadPopup>;

/** The reads the first screen needs, in one go, started before the first render (main.tsx calls this). */
export function preloadPopup(today: string) {
  const start = loadPopupStart(today).then((s) => (performance.mark('mba:data'), s));
  return {
    summaries: start.then((s) => s.summaries),
    today: start.then((s) => s.today),
    practice: start.then((s) => s.practice),
    settings: start.then((s) => s.settings),
  };
}

export function App({ today = localToday(), preload }: { today?: string; preload?: Preload }) {
  const [route, setRoute] = useState<Route>({ view: 'home' });
  const summaries = useStoreQuery(listClientSummaries, [], (c) => c.clientList, preload?.summaries);
  const todays = useStoreQuery(
    () => getDayEntries(today),
    [today],
    (c, data) => c.days.has(today) || (data ?? []).some((s) => c.sessions.has(s.id)),
    preload?.today,
  );
  const practice = useStoreQuery(getPractice, [], (c) => c.practice, preload?.practice);
  const settings = useStoreQuery(getSettings, [], (c) => c.settings, preload?.settings);
  const clientId = route.view === 'home' || route.view === 'new-client' ? undefined : route.clientId;
  const client = useStoreQuery(
    () => (clientId ? getClient(clientId) : Promise.resolve(undefined)),
    [clientId],
    (c) => !!clientId && c.clients.has(clientId),
  );
  const sessions = useStoreQuery(
    () => (clientId ? getClientSessions(clientId) : Promise.resolve([])),
    [clientId],
    (c, data) =>
      !!clientId && (c.clientSessions.has(clientId) || (data ?? []).some((s) => c.sessions.has(s.id))),
  );

  // Time to interactive, for the benchmark: the first render with the client list and today's sessions.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || !summaries.data || !todays.data) return;
    marked.current = true;
    performance.mark('mba:interactive');
    document.documentElement.dataset.ready = 'true';
  }, [summaries.data, todays.data]);

  // The detail views come once the list is up (or at once, when a detail is asked for first).
  const [views, setViews] = useState<DetailViews | undefined>(detailViews);
  useEffect(() => {
    if (views || (!marked.current && route.view === 'home')) return;
    let alive = true;
    void loadDetailViews().then((m) => alive && setViews(m));
    return () => {
      alive = false;
    };
  }, [views, route.view, summaries.data, todays.data]);

  // Move focus to the new detail's heading, so keyboard and screen-reader users land where it changed.
  const routeKey = JSON.stringify(route);
  useEffect(() => {
    if (route.view === 'home') return;
    const heading = document.getElementById('detail-heading');
    if (
      heading &&
      !heading.contains(document.activeElement) &&
      !document.querySelector('.detail [autofocus]')
    )
      heading.focus();
  }, [routeKey, client.data?.id]);

  const problems = [
    currentMigrationProblem(),
    ...(unreadableRecords().length
      ? [
          `${unreadableRecords().length} stored record(s) could not be read; they are kept as they are. Export a backup and contact support.`,
        ]
      : []),
    summaries.error,
  ].filter(Boolean);

  return (
    <div class="popup">
      <header class="topbar">
        <h1>Massage Billing Assistant</h1>
        <div class="btn-row">
          <button type="button" class="btn btn-primary" onClick={() => setRoute({ view: 'new-client' })}>
            New client
          </button>
          <a class="btn" href="/followup.html" target="_blank" rel="noopener">
            Claims to follow up
          </a>
          <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings and backups
          </button>
        </div>
      </header>
      <SiteAccess />
      <SyncLine />
      {problems.length ? (
        <div class="alert alert-error banner" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <div class="panes">
        <Sidebar
          summaries={summaries.data ?? []}
          today={todays.data}
          todayLabel={longDate(today)}
          route={route}
          navigate={setRoute}
        />
        <main class="detail" aria-label="Details">
          <Detail
            views={views}
            route={route}
            setRoute={setRoute}
            today={today}
            client={client.data}
            clientLoading={client.loading || sessions.loading}
            sessions={sessions.data ?? []}
            practice={practice.data}
            settings={settings.data}
            todaySessions={todays.data}
            clientCount={summaries.data?.length}
            summaries={summaries.data}
          />
        </main>
      </div>
    </div>
  );
}

type DetailProps = {
  views: DetailViews | undefined;
  route: Route;
  setRoute: (r: Route) => void;
  today: string;
  client: Awaited<ReturnType<typeof getClient>>;
  clientLoading: boolean;
  sessions: Awaited<ReturnType<typeof getClientSessions>>;
  practice: Awaited<ReturnType<typeof getPractice>> | undefined;
  settings: Awaited<ReturnType<typeof getSettings>> | undefined;
  todaySessions: DayEntry[] | undefined;
  clientCount: number | undefined;
  summaries: ClientSummary[] | undefined;
};

function Detail({
  views,
  route,
  setRoute,
  today,
  client,
  clientLoading,
  sessions,
  practice,
  settings,
  todaySessions,
  clientCount,
  summaries,
}: DetailProps) {
  if (route.view === 'home') {
    const todayCount = todaySessions?.length;
    return (
      <div class="welcome">
        <h2 id="detail-heading" tabIndex={-1}>
          {longDate(today)}
        </h2>
        <p>
          {todayCount === undefined
            ? 'Loading…'
            : todayCount === 0
              ? 'No sessions today.'
              : `${todayCount} session${todayCount === 1 ? '' : 's'} today: choose one on the left to see its checklist.`}
        </p>
        <FirstRun practice={practice} summaries={summaries} navigate={setRoute} />
        {todaySessions?.length ? <TodayOverview sessions={todaySessions} /> : null}
        {clientCount ? (
          <p class="muted">Find a client by name, member id or birth date, or add a new one.</p>
        ) : null}
      </div>
    );
  }
  if (!views) return <p class="muted">Loading…</p>;
  const { ClientForm, ClientPage, SessionForm, SessionPage } = views;
  if (route.view === 'new-client') {
    return (
      <section aria-labelledby="detail-heading">
        <h2 id="detail-heading" class="detail-title" tabIndex={-1}>
          New client
        </h2>
        <ClientForm
          today={today}
          onSaved={(c) => setRoute({ view: 'client', clientId: c.id, tab: 'prescriptions' })}
          onCancel={() => setRoute({ view: 'home' })}
        />
      </section>
    );
  }
  if (!client || !practice || !settings || clientLoading) {
    return (
      <p class="muted">
        {clientLoading || !practice || !settings ? 'Loading…' : 'This client no longer exists.'}
      </p>
    );
  }
  if (route.view === 'client') {
    return (
      <ClientPage
        client={client}
        sessions={sessions}
        practice={practice}
        settings={settings}
        today={today}
        tab={route.tab ?? 'sessions'}
        adding={route.adding ?? false}
        navigate={setRoute}
      />
    );
  }
  if (route.view === 'new-session') {
    return (
      <section aria-labelledby="detail-heading">
        <h2 id="detail-heading" class="detail-title" tabIndex={-1}>
          New session for {client.firstName} {client.lastName}
        </h2>
        <SessionForm
          client={client}
          sessions={sessions}
          settings={settings}
          today={today}
          onSaved={(s) => setRoute({ view: 'session', clientId: client.id, sessionId: s.id })}
          onCancel={() => setRoute({ view: 'client', clientId: client.id, tab: 'sessions' })}
        />
      </section>
    );
  }
  const session = sessions.find((s) => s.id === route.sessionId);
  if (!session) return <p class="muted">Loading…</p>;
  return (
    <SessionPage
      client={client}
      session={session}
      sessions={sessions}
      practice={practice}
      settings={settings}
      today={today}
      navigate={setRoute}
    />
  );
}
