import { useRef, useState } from 'preact/hooks';
import type { ChecklistFix, ChecklistItem } from '../../lib/claims/checklist';
import { settingsUrl } from './settings-link';

const STATE_WORDS = { pass: 'Pass', fail: 'Fail', unknown: 'Not checked' } as const;
const STATE_ICONS = { pass: '✓', fail: '✕', unknown: '?' } as const;

type Props = {
  items: ChecklistItem[];
  headingId: string;
  /** Takes a fix action (a settings link needs none); rejects with what went wrong. */
  onFix?: (fix: ChecklistFix) => Promise<void>;
};

/**
 * The session's checklist, failures first (lib/claims/checklist orders it). Each item carries DESIGN.md's
 * markers (`data-check`, `data-check-state`), says in words whether it passed, failed or could not be
 * checked and why, and a failure carries the action that fixes it where there is one (`data-fix`).
 * After a fix the item moves down the list, so focus goes to the next fix, or the heading.
 */
export function Checklist({ items, headingId, onFix }: Props) {
  const failing = items.filter((i) => i.state === 'fail').length;
  const unknown = items.filter((i) => i.state === 'unknown').length;
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = async (fix: ChecklistFix) => {
    if (!onFix) return;
    setBusy(true);
    setError(undefined);
    try {
      await onFix(fix);
      // The fixed item passes and moves down: keep the keyboard where the work is.
      requestAnimationFrame(() => {
        const next = list.current?.querySelector<HTMLElement>('[data-fix]');
        (next ?? heading.current)?.focus();
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="checklist" aria-labelledby={headingId} data-testid="checklist">
      <div class="checklist-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          Checklist
        </h3>
        <p class={`badge ${failing ? 'badge-fail' : 'badge-pass'}`}>
          {failing ? `${failing} to fix` : 'Ready to bill'}
          {unknown ? ` · ${unknown} not checked` : ''}
        </p>
      </div>
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul class="checklist-items" ref={list}>
        {items.map((item) => (
          <li
            key={item.id}
            class={`check check-${item.state}`}
            data-check={item.id}
            data-check-state={item.state}
          >
            <span class="check-icon" aria-hidden="true">
              {STATE_ICONS[item.state]}
            </span>
            <div class="check-body">
              <p class="check-label">
                {item.label} <span class="visually-hidden">: </span>
                <span class="check-state">{STATE_WORDS[item.state]}</span>
              </p>
              <p class="check-why">{item.why}</p>
              {item.details.length ? (
                <ul class="check-details">
                  {item.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              ) : null}
              {item.fix ? <FixAction fix={item.fix} busy={busy} run={run} enabled={!!onFix} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FixAction(props: {
  fix: ChecklistFix;
  busy: boolean;
  enabled: boolean;
  run: (fix: ChecklistFix) => Promise<void>;
}) {
  const { fix } = props;
  if (fix.kind === 'open-settings') {
    return (
      <a
        class="btn btn-small check-fix"
        href={settingsUrl(fix.section)}
        target="_blank"
        rel="noopener"
        data-fix={fix.kind}
      >
        {fix.label}
      </a>
    );
  }
  if (!props.enabled) return null;
  return (
    <button
      type="button"
      class="btn btn-small check-fix"
      data-fix={fix.kind}
      disabled={props.busy}
      onClick={() => void props.run(fix)}
    >
      {fix.label}
    </button>
  );
}

/** "8 ✓" or "2 to fix" for a session row. */
export function ChecklistSummary({ items }: { items: ChecklistItem[] }) {
  const failing = items.filter((i) => i.state === 'fail').length;
  return failing ? (
    <span class="badge badge-fail">{failing} to fix</span>
  ) : (
    <span class="badge badge-pass">All clear</span>
  );
}
