import { useState } from 'preact/hooks';
import { UNIT_RULES, type Settings, type UnitRule } from '../../lib/model';
import { getSettings, updateSettings } from '../../lib/store';
import { Fieldset, FormStatus, SelectField, TextField } from '../shared/Field';
import { wholeNumberError } from '../shared/validate';
import { useStoreQuery } from '../shared/use-store-query';

const RULE_LABELS: Record<UnitRule, string> = {
  'cms-8-minute': 'CMS 8-minute rule (Medicare and most payers)',
  'ama-midpoint': 'AMA midpoint rule, per code',
};

/** Unit rule, filing limit and eligibility freshness for every payer (each payer's own: PayerRulesSection). */
export function SettingsSection() {
  const stored = useStoreQuery(getSettings, [], (c) => c.settings);
  // Kept here: the form restarts from what is stored after every save (here or in another window).
  const [status, setStatus] = useState<Status>({});
  if (!stored.data) return <p class="muted">{stored.error ?? 'Loading…'}</p>;
  return (
    <SettingsForm
      // Saving the payer rules (their own section) must not reset what is being typed here.
      key={JSON.stringify([
        stored.data.unitRule,
        stored.data.filingLimitDays,
        stored.data.eligibilityFreshnessDays,
      ])}
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
  const [submitted, setSubmitted] = useState(false);
  const errors = {
    filing: wholeNumberError(filing, 'the filing limit in days', { required: true, min: 1, max: 3650 }),
    freshness: wholeNumberError(freshness, 'the number of days', { required: true, min: 1, max: 365 }),
  };
  const hasErrors = Boolean(errors.filing || errors.freshness);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors) {
      setStatus({ error: 'Some fields need a fix: see the messages next to them.' });
      return;
    }
    try {
      await updateSettings({
        unitRule,
        filingLimitDays: Number(filing),
        eligibilityFreshnessDays: Number(freshness),
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
          hint="365 = one year: due by the anniversary of the session (Medicare)"
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
      <FormStatus error={status.error} saved={status.saved} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          Save billing rules
        </button>
      </div>
    </form>
  );
}
