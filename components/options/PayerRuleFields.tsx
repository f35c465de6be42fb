import { UNIT_RULES, type UnitRule } from '../../lib/model';
import { CheckboxField, SelectField, TextField } from '../shared/Field';

/** One required modifier as typed: the modifier and its codes ("97124, 97140"). */
export type ModifierRow = { key: number; modifier: string; codes: string };

/** One payer's rule as typed in the form (numbers and code lists as text until saved). */
export type RuleRow = {
  key: number;
  payerName: string;
  unitRule: UnitRule | '';
  filingLimitDays: string;
  /** '' = as the practice (a prescription is expected), 'yes', 'no' (no rx-missing for this payer). */
  requiresRx: '' | 'yes' | 'no';
  modifiers: ModifierRow[];
  /** Whether the rule lists the codes the payer covers (then `coveredCodes` may even be empty). */
  coversSome: boolean;
  coveredCodes: string;
  visitsPerYear: string;
};

type Errors = {
  payerName?: string | undefined;
  filingLimitDays?: string | undefined;
  visitsPerYear?: string | undefined;
  coveredCodes?: string | undefined;
  modifiers: (string | undefined)[];
};

/** The fields of one payer's rule, in a fieldset named after the payer. */
export function PayerRuleFields({
  index,
  row,
  errors,
  showErrors,
  onChange,
  onRemove,
  newModifier,
}: {
  index: number;
  row: RuleRow;
  errors: Errors;
  showErrors: boolean;
  onChange: (patch: Partial<RuleRow>) => void;
  onRemove: () => void;
  newModifier: () => ModifierRow;
}) {
  const name = row.payerName.trim() || `Payer ${index + 1}`;
  const setModifier = (key: number, patch: Partial<ModifierRow>) =>
    onChange({ modifiers: row.modifiers.map((m) => (m.key === key ? { ...m, ...patch } : m)) });
  return (
    <fieldset class="fieldset payer-rule-card" data-payer-rule={index}>
      <legend>{name}</legend>
      <div class="fields">
        <TextField
          label="Payer name"
          size="l"
          class="field-payer"
          value={row.payerName}
          onValue={(payerName) => onChange({ payerName })}
          error={errors.payerName}
          showErrors={showErrors}
          hint="As on the client's insurance (case and spaces ignored)"
        />
        <SelectField
          label="Units from minutes"
          size="m"
          value={row.unitRule}
          onValue={(unitRule) => onChange({ unitRule })}
          options={[
            { value: '' as const, label: 'As the billing rules' },
            ...UNIT_RULES.map((u) => ({
              value: u,
              label: u === 'cms-8-minute' ? 'CMS 8-minute' : 'AMA midpoint',
            })),
          ]}
        />
        <TextField
          label="Filing limit (days)"
          size="s"
          value={row.filingLimitDays}
          onValue={(filingLimitDays) => onChange({ filingLimitDays })}
          error={errors.filingLimitDays}
          showErrors={showErrors}
          inputMode="numeric"
          placeholder="As above"
          hint="365 = one year"
        />
        <SelectField
          label="Prescription"
          size="m"
          value={row.requiresRx}
          onValue={(requiresRx) => onChange({ requiresRx })}
          options={[
            { value: '' as const, label: 'Expected (usual)' },
            { value: 'yes' as const, label: 'Required' },
            { value: 'no' as const, label: 'Not needed' },
          ]}
        />
        <TextField
          label="Visits per year"
          size="s"
          value={row.visitsPerYear}
          onValue={(visitsPerYear) => onChange({ visitsPerYear })}
          error={errors.visitsPerYear}
          showErrors={showErrors}
          inputMode="numeric"
          placeholder="No limit"
          hint="Calendar year"
        />
      </div>
      <div class="payer-modifiers">
        <p class="small">Modifiers this payer requires</p>
        {row.modifiers.map((m, i) => (
          <div class="fields" key={m.key} data-required-modifier={i}>
            <TextField
              label={`Modifier ${i + 1}`}
              size="xs"
              value={m.modifier}
              onValue={(modifier) => setModifier(m.key, { modifier })}
              error={errors.modifiers[i]}
              showErrors={showErrors}
              placeholder="GP"
            />
            <TextField
              label={`On the codes (modifier ${i + 1})`}
              size="l"
              class="field-codes"
              value={m.codes}
              onValue={(codes) => setModifier(m.key, { codes })}
              placeholder="97124, 97140"
            />
            <button
              type="button"
              class="btn btn-small btn-danger payer-remove"
              aria-label={`Remove modifier ${i + 1} of ${name}`}
              onClick={() => onChange({ modifiers: row.modifiers.filter((x) => x.key !== m.key) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          class="btn btn-small"
          onClick={() => onChange({ modifiers: [...row.modifiers, newModifier()] })}
        >
          Add a required modifier
        </button>
      </div>
      <div class="fields payer-covered">
        <CheckboxField
          label="Covers only the codes listed"
          checked={row.coversSome}
          onValue={(coversSome) => onChange({ coversSome })}
          hint="Any other code is flagged as not covered"
        />
        {row.coversSome ? (
          <TextField
            label="Covered codes"
            size="l"
            class="field-codes"
            value={row.coveredCodes}
            onValue={(coveredCodes) => onChange({ coveredCodes })}
            error={errors.coveredCodes}
            showErrors={showErrors}
            placeholder="97124, 97140"
          />
        ) : null}
      </div>
      <button
        type="button"
        class="btn btn-small btn-danger"
        aria-label={`Remove the rule for ${name}`}
        onClick={onRemove}
      >
        Remove this payer
      </button>
    </fieldset>
  );
}
