import type { ChecklistItem } from '../../lib/claims/checklist';

const STATE_WORDS = { pass: 'Pass', fail: 'Fail', unknown: 'Not checked' } as const;
const STATE_ICONS = { pass: '✓', fail: '✕', unknown: '?' } as const;

/**
 * The session's checklist. Each item carries DESIGN.md's markers (`data-check`, `data-check-state`)
 * and says in words whether it passed, failed or could not be checked, and why.
 */
export function Checklist({ items, headingId }: { items: ChecklistItem[]; headingId: string }) {
  const failing = items.filter((i) => i.state === 'fail').length;
  const unknown = items.filter((i) => i.state === 'unknown').length;
  return (
    <section class="checklist" aria-labelledby={headingId} data-testid="checklist">
      <div class="checklist-head">
        <h3 id={headingId}>Checklist</h3>
        <p class={`badge ${failing ? 'badge-fail' : 'badge-pass'}`}>
          {failing ? `${failing} to fix` : 'Ready to bill'}
          {unknown ? ` · ${unknown} not checked` : ''}
        </p>
      </div>
      <ul class="checklist-items">
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
            </div>
          </li>
        ))}
      </ul>
    </section>
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
