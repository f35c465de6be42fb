import { useState } from 'preact/hooks';
import type { Explanation, GroupCode, ParsedCode, RemitKind } from '../../lib/remittance/codebook';
import { SeverityIcon } from '../inline/severity';

/**
 * The CARC/RARC explainer for remittance pages (EOB, ERA, claim status): each code found on the page with
 * what it means and the usual fix on a massage claim. Styled with the inline panel's classes
 * (components/inline/style.css), so it sits in the same shadow root as the claim warnings: either inside
 * the findings panel (`RemittanceCodeList`) or as a panel of its own (`RemittancePanel`). Needs no CSS of
 * its own. Everything shown is text from the code table; the page contributes only the code itself.
 *
 * `explain` says what a code means: `explainCode` from lib/remittance/codes.ts (the table bundled), or
 * `createCodeBook(text).explain` with the table's text from the background, to keep it out of the
 * content script.
 */

/** A code as the finder returns it (FoundCode fits) or as a person typed it. */
export type RemitCode = { kind: RemitKind; code: string; group?: GroupCode };

type ListProps<T extends RemitCode> = {
  codes: readonly T[];
  explain: (code: ParsedCode) => Explanation;
  /** Scroll the page to where a code is written (on the user's click only); no button when absent. */
  onShow?: (code: T) => void;
};

const GROUP_SHORT: Record<GroupCode, string> = {
  CO: 'Write-off (contractual)',
  PR: 'Client owes',
  OA: 'Other adjustment',
  PI: 'Payer reduction',
};

/** One entry per distinct code, with how often the page shows it. */
function distinct<T extends RemitCode>(
  codes: readonly T[],
  explain: (code: ParsedCode) => Explanation,
): { first: T; count: number; explanation: Explanation }[] {
  const byKey = new Map<string, { first: T; count: number; explanation: Explanation }>();
  for (const code of codes) {
    const key = `${code.kind}:${code.group ?? ''}:${code.code}`;
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { first: code, count: 1, explanation: explain(code) });
  }
  // Reason codes first (they say what happened), then the remark codes that detail them.
  return [...byKey.values()].sort((a, b) =>
    a.first.kind === b.first.kind ? 0 : a.first.kind === 'carc' ? -1 : 1,
  );
}

export function RemittanceCodeList<T extends RemitCode>({ codes, explain, onShow }: ListProps<T>) {
  const entries = distinct(codes, explain);
  if (entries.length === 0)
    return <p class="panel__empty">No adjustment or remark codes found on this page.</p>;
  return (
    <ul class="findings" aria-label="Remittance codes on this page">
      {entries.map(({ first, count, explanation: e }) => {
        const head = (
          <>
            <span class="finding__head">
              <SeverityIcon severity={e.severity} />
              <span class="finding__sev">{e.label}</span>
              <span class="finding__where">
                {e.group ? GROUP_SHORT[e.group] : e.kind === 'carc' ? 'Reason code' : 'Remark code'}
                {count > 1 ? ` · ${count} times on this page` : ''}
              </span>
            </span>
            <span class="finding__msg">{e.text}</span>
          </>
        );
        const data =
          e.kind === 'carc'
            ? { 'data-carc': e.code, 'data-carc-group': e.group ?? '' }
            : { 'data-rarc': e.code };
        return (
          <li key={`${e.kind}:${e.label}`} class={`finding finding--${e.severity}`} {...data}>
            {onShow ? (
              <button
                type="button"
                class="finding__go"
                title="Show it on the page"
                onClick={() => onShow(first)}
              >
                {head}
              </button>
            ) : (
              head
            )}
            {e.groupText ? <p class="note">{e.groupText}</p> : null}
            <p class="finding__fix">
              <strong>Usual fix:</strong> {e.fix}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The explainer as a panel of its own, with the same header and collapse control as the findings panel. */
export function RemittancePanel<T extends RemitCode>({ codes, explain, onShow }: ListProps<T>) {
  const [collapsed, setCollapsed] = useState(false);
  const entries = distinct(codes, explain);
  const warn = entries.some((e) => e.explanation.severity === 'warning');
  const summary =
    entries.length === 0
      ? 'No codes found'
      : `${entries.length} ${entries.length === 1 ? 'code' : 'codes'} explained`;
  return (
    <section
      class={`panel panel--right panel--${warn ? 'warning' : 'ok'}${collapsed ? ' panel--collapsed' : ''}`}
      aria-label="Remittance codes explained by Massage Billing Assistant"
      data-mba-panel=""
      data-mba-remittance=""
    >
      <header class="panel__header">
        <span class="panel__title">Remittance codes</span>
        <span class="panel__summary">{summary}</span>
        <button
          type="button"
          class="panel__btn"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
          aria-label={collapsed ? 'Show explanations' : 'Hide explanations'}
          title={collapsed ? 'Show explanations' : 'Hide explanations'}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </header>
      <div class="panel__body" hidden={collapsed}>
        <RemittanceCodeList codes={codes} explain={explain} {...(onShow ? { onShow } : {})} />
      </div>
    </section>
  );
}
