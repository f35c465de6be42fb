import type { Severity } from '../../lib/model';
import type { SuperbillFinding, SuperbillNotice } from '../../lib/superbill/build';
import { SeverityIcon } from '../inline/severity';
import { usDate } from './format';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

type Props = { findings: readonly SuperbillFinding[]; notices: readonly SuperbillNotice[] };

/**
 * What an insurer would question on this superbill (the rule library's findings, per session) and what
 * the superbill lacks. Shown on screen only: the print stylesheet hides it. Each finding carries
 * `data-finding-rule` and `data-finding-lines` (the superbill's 0-based line numbers), as in every build.
 */
export function SuperbillChecks({ findings, notices }: Props) {
  const count = findings.length + notices.length;
  return (
    <aside class="checks screen-only" aria-labelledby="checks-title" data-superbill-checks="">
      <h2 id="checks-title">
        {count === 0 ? 'Nothing an insurer would question' : `Before you hand it over: ${count} to check`}
      </h2>
      {count === 0 ? (
        <p class="checks__ok">The rule library found nothing to fix on these sessions.</p>
      ) : (
        <>
          <p class="checks__lead">Shown on screen only; the printed superbill leaves this out.</p>
          <ul class="checks__list">
            {notices.map((n) => (
              <li key={n.id} class="check check--warning" data-superbill-notice={n.id}>
                <p class="check__head">
                  <SeverityIcon severity="warning" />
                  <span class="check__sev">Missing</span>
                </p>
                <p class="check__msg">{n.message}</p>
                <p class="check__fix">
                  <strong>Fix:</strong> {n.fix}
                </p>
              </li>
            ))}
            {findings.map((f, i) => (
              <li
                key={`${f.sessionId}-${f.rule}-${i}`}
                class={`check check--${f.severity}`}
                data-finding-rule={f.rule}
                data-finding-lines={f.rows.join(' ')}
              >
                <p class="check__head">
                  <SeverityIcon severity={f.severity} />
                  <span class="check__sev">{LABEL[f.severity]}</span>
                  <span class="check__where">Session of {usDate(f.date)}</span>
                </p>
                <p class="check__msg">{f.message}</p>
                {f.fix ? (
                  <p class="check__fix">
                    <strong>Fix:</strong> {f.fix}
                  </p>
                ) : null}
                {f.why ? (
                  <details class="check__why">
                    <summary>Why</summary>
                    <p>{f.why}</p>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
