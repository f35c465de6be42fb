import { useEffect, useMemo, useState } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import { watchRecords } from '../../lib/store';
import { parseSuperbillParams } from '../../lib/superbill/params';
import { fullName, usDate } from './format';
import { loadSuperbill, type SuperbillLoad } from './load';
import { SuperbillChecks } from './SuperbillChecks';
import { SuperbillDocument } from './SuperbillDocument';

type Props = { search: string; today?: string };

/**
 * The superbill page (`superbill.html?client=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD` or `?session=<id>`).
 * Once the records are read and the page is drawn, `<body data-ready="true">` is set, with
 * `data-superbill="ok" | "empty" | "error"`: a test (or a person) can print from then on. It re-reads
 * when another page changes the records, so a fix made in the popup shows here at once.
 */
export function SuperbillPage({ search, today = localToday() }: Props) {
  const parsed = useMemo(() => parseSuperbillParams(search), [search]);
  const [load, setLoad] = useState<SuperbillLoad | undefined>(
    parsed.error ? { kind: 'error', message: parsed.error } : undefined,
  );

  useEffect(() => {
    const request = parsed.request;
    if (!request) return;
    let alive = true;
    let run = 0;
    const read = () => {
      const mine = ++run;
      loadSuperbill(request, today).then(
        (result) => alive && mine === run && setLoad(result),
        (error: unknown) =>
          alive &&
          mine === run &&
          setLoad({
            kind: 'error',
            message: `The records could not be read: ${error instanceof Error ? error.message : String(error)}`,
          }),
      );
    };
    read();
    const stop = watchRecords((change) => {
      if (
        change.sessions.size ||
        change.clients.size ||
        change.clientSessions.size ||
        change.practice ||
        change.settings
      )
        read();
    });
    return () => {
      alive = false;
      stop();
    };
  }, [parsed, today]);

  useEffect(() => {
    if (!load) return;
    document.title = pageTitle(load);
    document.body.dataset.superbill = load.kind;
    document.body.dataset.ready = 'true';
  }, [load]);

  if (!load) {
    return (
      <main class="page">
        <p class="status" role="status">
          Reading the records…
        </p>
      </main>
    );
  }
  if (load.kind !== 'ok') {
    return (
      <main class="page">
        <div class="message" role="alert" data-superbill-message={load.kind}>
          <h1>
            {load.kind === 'empty' ? 'Nothing to put on a superbill' : 'This superbill cannot be shown'}
          </h1>
          <p>{load.message}</p>
        </div>
      </main>
    );
  }
  const { superbill } = load;
  const flagged = new Set(superbill.findings.flatMap((f) => f.rows));
  return (
    <>
      <header class="toolbar screen-only">
        <div class="toolbar__text">
          <p class="toolbar__title">Superbill for {fullName(superbill.client) || 'this client'}</p>
          <p class="toolbar__hint">
            Letter paper. To give the client a file, choose “Save as PDF” as the printer.
          </p>
        </div>
        <button type="button" class="print-btn" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      <main class="page">
        <SuperbillChecks findings={superbill.findings} notices={superbill.notices} />
        {superbill.leftOut.length ? (
          <p class="left-out screen-only" data-superbill-left-out="">
            Not listed: {superbill.leftOut.map((s) => usDate(s.date)).join(', ')} (after today, so not yet
            given).
          </p>
        ) : null}
        <SuperbillDocument superbill={superbill} today={today} flaggedRows={flagged} />
      </main>
    </>
  );
}

/** The tab title, which the print dialog also proposes as the PDF's file name. */
function pageTitle(load: SuperbillLoad): string {
  if (load.kind === 'error') return 'Superbill: cannot be shown';
  const client = load.kind === 'ok' ? load.superbill.client : load.client;
  const name = [client.lastName, client.firstName].filter(Boolean).join(' ') || 'client';
  if (load.kind === 'empty') return `Superbill ${name}: no sessions`;
  const { from, to } = load.superbill.period;
  const dates = from === to ? from : `${from} to ${to}`;
  return `Superbill ${name} ${dates}`;
}
