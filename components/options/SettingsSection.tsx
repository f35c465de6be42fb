import { useState } from 'preact/hooks';
import { UNIT_RULES, type PayerRule, type Settings, type UnitRule } from '../../lib/model';
import { getSettings, updateSettings } from '../../lib/store/index';
import { Fieldset, FormStatus, SelectField, TextField } from '../shared/Field';
import { requiredError, wholeNumberError } from '../shared/validate';
import { useStoreQuery } from '../shared/use-store-query';

const RULE_LABELS: Record<UnitRule, string> = {
  'cms-8-minute': 'CMS 8-minute rule (Medicare and most payers)',
  'ama-midpoint': 'AMA midpoint rule, per code',
};

type RuleRow = { key: number; payerName: string; unitRule: UnitRule | ''; filingLimitDays: string };
let nextKey = 1;

/** Unit rule, filing limit, eligibility freshness, and the payers whose contract differs. */
export function SettingsSection() {
  const stored = useStoreQuery(getSettings, [], (c) => c.settings);
  // Kept here: the form restarts from what is stored after every save (here or in another window).
  const [status, setStatus] = useState<Status>({});
  if (!stored.data) return <p class="muted">{stored.error ?? 'Loading…'}</p>;
  return (
    <SettingsForm
      key={JSON.stringify(stored.data)}
      settings={stored.data}
      status={status}
      setStatus={setStatus}
    />
  );
}

type Status = { error?: string; saved?: string };

function SettingsForm({
  settings,
  status,
  setStatus,
}: {
  settings: Settings;
  status: Status;
  setStatus: (s: Status) => void;
}) {
  const [unitRule, setUnitRule] = useState<UnitRule>(settings.unitRule);
  const [filing, setFiling] = useState(String(settings.filingLimitDays));
  const [freshness, setFreshness] = useState(String(settings.eligibilityFreshnessDays));
  const [rows, setRows] = useState<RuleRow[]>(() =>
    settings.payerRules.map((r) => ({
      key: nextKey++,
      payerName: r.payerName,
      unitRule: r.unitRule ?? '',
      filingLimitDays: r.filingLimitDays === undefined ? '' : String(r.filingLimitDays),
    })),
  );
  const [submitted, setSubmitted] = useState(false);
  const errors = {
    filing: wholeNumberError(filing, 'the filing limit in days', { required: true, min: 1, max: 3650 }),
    freshness: wholeNumberError(freshness, 'the number of days', { required: true, min: 1, max: 365 }),
    rows: rows.map((r) => ({
      payerName: requiredError(r.payerName, 'the payer name as on the client records'),
      filingLimitDays: wholeNumberError(r.filingLimitDays, 'the filing limit in days', { min: 1, max: 3650 }),
    })),
  };
  const hasErrors = Boolean(
    errors.filing || errors.freshness || errors.rows.some((r) => r.payerName || r.filingLimitDays),
  );
  const setRow = (key: number, patch: Partial<RuleRow>) => {
    setStatus({});
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors) {
      setStatus({ error: 'Some fields need a fix: see the messages next to them.' });
      return;
    }
    const payerRules: PayerRule[] = rows.map((r) => ({
      payerName: r.payerName.trim(),
      ...(r.unitRule ? { unitRule: r.unitRule } : {}),
      ...(r.filingLimitDays.trim() ? { filingLimitDays: Number(r.filingLimitDays) } : {}),
    }));
    try {
      await updateSettings({
        unitRule,
        filingLimitDays: Number(filing),
        eligibilityFreshnessDays: Number(freshness),
        payerRules,
      });
      setStatus({ saved: 'Billing rules saved.' });
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="form" onSubmit={submit} noValidate aria-label="Billing rules">
      <Fieldset legend="For every payer">
        <SelectField
          label="Units from minutes"
          size="l"
          value={unitRule}
          onValue={(v) => {
            setStatus({});
            setUnitRule(v);
          }}
          options={UNIT_RULES.map((r) => ({ value: r, label: RULE_LABELS[r] }))}
          hint="CMS: the day's total timed minutes set the units (8-22 min = 1, 23-37 = 2). AMA: each code on its own."
        />
        <TextField
          label="Filing limit (days)"
          size="m"
          value={filing}
          onValue={setFiling}
          error={errors.filing}
          showErrors={submitted}
          inputMode="numeric"
          hint="Medicare: 365"
        />
        <TextField
          label="Eligibility fresh for (days)"
          size="m"
          value={freshness}
          onValue={setFreshness}
          error={errors.freshness}
          showErrors={submitted}
          inputMode="numeric"
          hint="Re-verify coverage after this"
        />
      </Fieldset>
      <fieldset class="fieldset">
        <legend>Payers whose contract differs</legend>
        {rows.length === 0 ? <p class="muted small">None: every payer follows the rules above.</p> : null}
        {rows.map((r, i) => (
          <div class="fields payer-rule" key={r.key}>
            <TextField
              label={`Payer ${i + 1}`}
              value={r.payerName}
              onValue={(payerName) => setRow(r.key, { payerName })}
              error={errors.rows[i]?.payerName}
              showErrors={submitted}
              hint="Name as on the client's insurance"
            />
            <SelectField
              label="Units"
              size="m"
              value={r.unitRule}
              onValue={(unitRule) => setRow(r.key, { unitRule })}
              options={[
                { value: '' as const, label: 'As above' },
                ...UNIT_RULES.map((u) => ({
                  value: u,
                  label: u === 'cms-8-minute' ? 'CMS 8-minute' : 'AMA midpoint',
                })),
              ]}
            />
            <TextField
              label="Filing limit (days)"
              size="s"
              value={r.filingLimitDays}
              onValue={(filingLimitDays) => setRow(r.key, { filingLimitDays })}
              error={errors.rows[i]?.filingLimitDays}
              showErrors={submitted}
              inputMode="numeric"
              placeholder="As above"
            />
            <button
              type="button"
              class="btn btn-small btn-danger payer-remove"
              aria-label={`Remove payer ${i + 1}`}
              onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          class="btn btn-small"
          onClick={() =>
            setRows((all) => [...all, { key: nextKey++, payerName: '', unitRule: '', filingLimitDays: '' }])
          }
        >
          Add a payer
        </button>
      </fieldset>
      <FormStatus error={status.error} saved={status.saved} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          Save billing rules
        </button>
      </div>
    </form>
  );
}
