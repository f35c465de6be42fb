import { explainCode, type ParsedCode } from '../../lib/remittance/codes';

/** Each code with what it means and the usual fix on a massage claim (follow-up page). */
export function CodeExplanations({
  codes,
  compact = false,
}: {
  codes: readonly ParsedCode[];
  compact?: boolean;
}) {
  if (codes.length === 0) return null;
  return (
    <ul class={`codes${compact ? ' codes--compact' : ''}`}>
      {codes.map((code) => {
        const e = explainCode(code);
        const data =
          e.kind === 'carc'
            ? { 'data-carc': e.code, 'data-carc-group': e.group ?? '' }
            : { 'data-rarc': e.code };
        return (
          <li key={`${e.kind}:${e.label}`} class={`code code--${e.severity}`} {...data}>
            <p>
              <span class="code__label">{e.label}</span> {e.text}
            </p>
            {e.groupText && !compact ? <p class="code__group">{e.groupText}</p> : null}
            <p class="code__fix">
              <strong>Usual fix:</strong> {e.fix}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
