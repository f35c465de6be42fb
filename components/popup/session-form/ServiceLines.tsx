import { useRef } from 'preact/hooks';
import { describeCpt } from '../../../lib/rules';
import type { UnitSuggestion } from '../../../lib/claims/checklist';
import { TextField } from '../../shared/Field';
import { plural } from '../../shared/dates';
import type { FormErrors, LineValues } from './values';

type Props = {
  lines: LineValues[];
  errors: FormErrors['lines'];
  showErrors: boolean;
  suggestion: UnitSuggestion;
  /** The units the minutes support for a single timed line, when they differ from those typed. */
  suggestedUnits: number | undefined;
  onLine: (key: number, field: keyof Omit<LineValues, 'key'>, value: string) => void;
  onRemove: (key: number) => void;
  onAdd: () => void;
  onUseSuggested: () => void;
};

/**
 * The service lines: code, modifiers, units and charge per line, with the units the minutes support.
 * Removing a line moves focus to the line that takes its place (or "Add a line"), not to the page.
 */
export function ServiceLines(props: Props) {
  const { lines, errors, showErrors, suggestion, suggestedUnits } = props;
  const table = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (key: number, i: number) => {
    props.onRemove(key);
    requestAnimationFrame(() => {
      const buttons = table.current?.querySelectorAll<HTMLButtonElement>('[data-remove-line]') ?? [];
      (buttons[Math.min(i, buttons.length - 1)] ?? addButton.current)?.focus();
    });
  };
  return (
    <fieldset class="fieldset">
      <legend>Service lines</legend>
      <table class="lines-table" ref={table}>
        <colgroup>
          <col class="col-code" />
          <col class="col-mods" />
          <col class="col-units" />
          <col class="col-charge" />
          <col class="col-remove" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Modifiers</th>
            <th scope="col">Units</th>
            <th scope="col">Charge ($)</th>
            <th scope="col">
              <span class="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const e = errors[i] ?? {};
            const field = (f: keyof Omit<LineValues, 'key'>) => (value: string) =>
              props.onLine(line.key, f, value);
            return (
              <tr key={line.key}>
                <td>
                  <TextField
                    class="field-compact"
                    label={`Code, line ${i + 1}`}
                    size="s"
                    value={line.code}
                    onValue={field('code')}
                    error={e.code}
                    showErrors={showErrors}
                    hint={describeCpt(line.code.trim())}
                  />
                </td>
                <td>
                  <TextField
                    class="field-compact"
                    label={`Modifiers, line ${i + 1}`}
                    size="s"
                    value={line.modifiers}
                    onValue={field('modifiers')}
                    error={e.modifiers}
                    showErrors={showErrors}
                    placeholder="GP 59"
                  />
                </td>
                <td>
                  <TextField
                    class="field-compact"
                    label={`Units, line ${i + 1}`}
                    size="xs"
                    value={line.units}
                    onValue={field('units')}
                    error={e.units}
                    showErrors={showErrors}
                    inputMode="numeric"
                  />
                </td>
                <td>
                  <TextField
                    class="field-compact"
                    label={`Charge, line ${i + 1}`}
                    size="s"
                    value={line.charge}
                    onValue={field('charge')}
                    error={e.charge}
                    showErrors={showErrors}
                    inputMode="decimal"
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="btn btn-small btn-danger"
                    aria-label={`Remove line ${i + 1}`}
                    data-remove-line
                    onClick={() => remove(line.key, i)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="btn-row lines-footer">
        <button type="button" class="btn btn-small" ref={addButton} onClick={props.onAdd}>
          Add a line
        </button>
        <p class="units-hint" data-testid="units-suggestion">
          {suggestion.text}
          {suggestedUnits !== undefined ? (
            <>
              {' '}
              <button type="button" class="btn-link" onClick={props.onUseSuggested}>
                Use {plural(suggestedUnits, 'unit')}
              </button>
            </>
          ) : null}
        </p>
      </div>
    </fieldset>
  );
}
