import { useState } from 'preact/hooks';
import type { PayerRule } from '../../lib/model';
import { exportPayerRules, mergePayerRules, readPayerRules } from '../../lib/payer-rules/document';
import { STARTER_PAYER_RULES } from '../../lib/payer-rules/starter';
import { cleanCode, payerKey } from '../../lib/rules/core';
import { getSettings, updateSettings } from '../../lib/store';
import { FormStatus } from '../shared/Field';
import { requiredError, wholeNumberError } from '../shared/validate';
import { useStoreQuery } from '../shared/use-store-query';
import { download } from './data/messages';
import { PayerRuleFields, type RuleRow } from './PayerRuleFields';

let nextKey = 1;
const MAX_FILE_BYTES = 1024 * 1024;

type Status = { error?: string; saved?: string };
type Pending = { fileName: string; rules: PayerRule[] };

/**
 * Each payer's rule (unit rule, filing limit, prescription, required modifiers, covered codes, visits
 * per year), the payer-rules file a practice shares with another (export, import: a file that cannot be
 * read is refused with the reason and nothing changes), and the starter rules, each value with its
 * public source.
 */
export function PayerRulesSection() {
  const stored = useStoreQuery(getSettings, [], (c) => c.settings);
  const [status, setStatus] = useState<Status>({});
  const [pending, setPending] = useState<Pending | undefined>();
  if (!stored.data) return <p class="muted">{stored.error ?? 'Loading…'}</p>;
  const saved = stored.data.payerRules;

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ error: `${file.name} is far too large to be a payer-rules file. Nothing changed.` });
      return;
    }
    const read = readPayerRules(await file.text());
    if (!read.ok) setStatus({ error: `${file.name}: ${read.reason} Nothing changed.` });
    else if (read.rules.length === 0)
      setStatus({ error: `${file.name} holds no payer rule. Nothing changed.` });
    else {
      setStatus({});
      setPending({ fileName: file.name, rules: read.rules });
    }
  };

  const importPending = async () => {
    if (!pending) return;
    const merged = mergePayerRules(saved, pending.rules);
    try {
      await updateSettings({ payerRules: merged.rules });
      setPending(undefined);
      setStatus({
        saved: `Payer rules imported from ${pending.fileName}: ${describeMerge(merged.added, merged.replaced, true)}.`,
      });
    } catch (error) {
      setStatus({ error: `${error instanceof Error ? error.message : String(error)} Nothing changed.` });
    }
  };

  const preview = pending ? mergePayerRules(saved, pending.rules) : undefined;
  return (
    <div class="payer-rules">
      <PayerRulesForm key={JSON.stringify(saved)} saved={saved} setStatus={setStatus} />
      <FormStatus error={status.error} saved={status.saved} />
      <div class="data-row">
        <div>
          <h3>Share payer rules</h3>
          <p class="muted small" id="payer-rules-file-hint">
            Export the saved rules as a file another practice can import. Importing replaces the rule of a
            payer you already have and adds the others.
          </p>
        </div>
        <div class="btn-row">
          <button
            type="button"
            class="btn"
            data-action="export-payer-rules"
            disabled={saved.length === 0}
            onClick={() => download(exportPayerRules(saved), 'payer-rules.json', 'application/json')}
          >
            Export payer rules
          </button>
          <label class="btn" for="payer-rules-file">
            Import payer rules…
          </label>
          <input
            id="payer-rules-file"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-import="payer-rules"
            aria-describedby="payer-rules-file-hint"
            onChange={(e) => void chooseFile(e.currentTarget as HTMLInputElement)}
          />
        </div>
      </div>
      {pending && preview ? (
        <div class="confirm-restore" role="alertdialog" aria-labelledby="payer-import-title">
          <h3 id="payer-import-title">Import {pending.fileName}?</h3>
          <p>
            It holds {plural(pending.rules.length, 'payer rule')}: importing{' '}
            {describeMerge(preview.added, preview.replaced)}. Changes to the rules above that are not saved
            are lost.
          </p>
          <div class="btn-row">
            <button type="button" class="btn btn-primary" onClick={() => void importPending()}>
              Import them
            </button>
            <button type="button" class="btn" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function PayerRulesForm({ saved, setStatus }: { saved: PayerRule[]; setStatus: (s: Status) => void }) {
  const [rows, setRows] = useState<RuleRow[]>(() => saved.map(toRow));
  const [submitted, setSubmitted] = useState(false);
  const errors = rows.map((r) => rowErrors(r, rows));
  const hasErrors = errors.some(
    ({ modifiers, ...fields }) => modifiers.some(Boolean) || Object.values(fields).some(Boolean),
  );
  const setRow = (key: number, patch: Partial<RuleRow>) => {
    setStatus({});
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const addStarter = (rule: PayerRule) => {
    setRows((all) => [...all, toRow(rule)]);
    setStatus({
      saved: `${rule.payerName} added below: check each value against your contract, then save the payer rules.`,
    });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors) {
      setStatus({ error: 'Some fields need a fix: see the messages next to them.' });
      return;
    }
    try {
      await updateSettings({ payerRules: rows.map(fromRow) });
      setStatus({ saved: 'Payer rules saved.' });
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  const have = new Set(rows.map((r) => payerKey(r.payerName)));

  return (
    <form class="form" onSubmit={submit} noValidate aria-label="Payer rules">
      {rows.length === 0 ? (
        <p class="muted small">No payer rules: every payer follows the billing rules above.</p>
      ) : null}
      {rows.map((row, i) => (
        <PayerRuleFields
          key={row.key}
          index={i}
          row={row}
          errors={errors[i]!}
          showErrors={submitted}
          onChange={(patch) => setRow(row.key, patch)}
          onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
          newModifier={() => ({ key: nextKey++, modifier: '', codes: '' })}
        />
      ))}
      <div class="btn-row form-actions">
        <button
          type="button"
          class="btn"
          onClick={() => setRows((all) => [...all, toRow({ payerName: '' })])}
        >
          Add a payer
        </button>
        <button type="submit" class="btn btn-primary">
          Save payer rules
        </button>
      </div>
      <details class="starter-rules">
        <summary>Starter rules for common payers</summary>
        <p class="muted small">
          Only values a public source states; contracts differ, so check each one against yours. Visit limits
          and covered codes depend on each plan and are not offered.
        </p>
        <ul class="starter-list">
          {STARTER_PAYER_RULES.map(({ rule, sources }) => (
            <li key={rule.payerName} data-starter={rule.payerName}>
              <div>
                <strong>{rule.payerName}</strong>
                <ul class="small">
                  {sources.map((s) => (
                    <li key={s.value}>
                      {s.value} <span class="muted">(source: {s.source})</span>
                    </li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                class="btn btn-small"
                disabled={have.has(payerKey(rule.payerName))}
                onClick={() => addStarter(rule)}
              >
                {have.has(payerKey(rule.payerName)) ? 'In your rules' : `Add ${rule.payerName}`}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </form>
  );
}

function toRow(rule: PayerRule): RuleRow {
  return {
    key: nextKey++,
    payerName: rule.payerName,
    unitRule: rule.unitRule ?? '',
    filingLimitDays: rule.filingLimitDays === undefined ? '' : String(rule.filingLimitDays),
    requiresRx: rule.requiresRx === undefined ? '' : rule.requiresRx ? 'yes' : 'no',
    modifiers: (rule.requiredModifiers ?? []).map((m) => ({
      key: nextKey++,
      modifier: m.modifier,
      codes: m.codes.join(', '),
    })),
    coveredCodes: rule.coveredCodes === undefined ? '' : rule.coveredCodes.join(', '),
    coversSome: rule.coveredCodes !== undefined,
    visitsPerYear: rule.visitsPerYear === undefined ? '' : String(rule.visitsPerYear),
  };
}

function fromRow(row: RuleRow): PayerRule {
  const modifiers = row.modifiers
    .filter((m) => m.modifier.trim() || m.codes.trim())
    .map((m) => ({ codes: codeList(m.codes), modifier: cleanCode(m.modifier) }));
  return {
    payerName: row.payerName.trim(),
    ...(row.unitRule ? { unitRule: row.unitRule } : {}),
    ...(row.filingLimitDays.trim() ? { filingLimitDays: Number(row.filingLimitDays) } : {}),
    ...(row.requiresRx ? { requiresRx: row.requiresRx === 'yes' } : {}),
    ...(modifiers.length ? { requiredModifiers: modifiers } : {}),
    ...(row.coversSome ? { coveredCodes: codeList(row.coveredCodes) } : {}),
    ...(row.visitsPerYear.trim() ? { visitsPerYear: Number(row.visitsPerYear) } : {}),
  };
}

/** "97124, 97140 97010" as codes, upper case, without invisible characters. */
export function codeList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map(cleanCode)
        .filter(Boolean),
    ),
  ];
}

const CODE = /^[0-9A-Z]{5}$/;

function codesError(text: string, required: boolean): string | undefined {
  const codes = codeList(text);
  if (codes.length === 0)
    return required ? 'Enter the codes, separated by commas (97124, 97140).' : undefined;
  const bad = codes.filter((c) => !CODE.test(c));
  return bad.length ? `Not a CPT/HCPCS code (5 characters): ${bad.slice(0, 3).join(', ')}.` : undefined;
}

export type RowErrors = ReturnType<typeof rowErrors>;

function rowErrors(row: RuleRow, all: RuleRow[]) {
  const key = payerKey(row.payerName);
  const duplicate = key && all.some((r) => r !== row && payerKey(r.payerName) === key && r.key < row.key);
  return {
    payerName:
      requiredError(row.payerName, 'the payer name as on the client records') ??
      (duplicate ? 'This payer already has a rule above.' : undefined),
    filingLimitDays: wholeNumberError(row.filingLimitDays, 'the filing limit in days', { min: 1, max: 3650 }),
    visitsPerYear: wholeNumberError(row.visitsPerYear, 'the visits per year', { min: 0, max: 1000 }),
    coveredCodes: row.coversSome ? codesError(row.coveredCodes, false) : undefined,
    modifiers: row.modifiers.map((m) =>
      !m.modifier.trim() && !m.codes.trim()
        ? undefined
        : !/^[0-9A-Z]{2}$/.test(cleanCode(m.modifier))
          ? 'A modifier is 2 letters or digits (GP, 59).'
          : codesError(m.codes, true),
    ),
  };
}

function describeMerge(added: string[], replaced: string[], done = false): string {
  const parts = [
    added.length ? `${done ? 'added' : 'adds'} ${added.join(', ')}` : '',
    replaced.length ? `${done ? 'replaced' : 'replaces'} the rule for ${replaced.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join(' and ') || (done ? 'nothing changed' : 'changes nothing');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
