import {
  PAYER_RULES_FORMAT,
  PayerRuleSchema,
  PayerRulesDocumentSchema,
  type PayerRule,
  type PayerRulesDocument,
} from '../model/settings';
import { cleanCode, payerKey } from '../rules/core';

/**
 * The payer-rules document a practice exports and another imports (DESIGN.md):
 * `{ "format": "massage-billing-assistant/payer-rules", "version": 1, "payerRules": [...] }`. Reading
 * refuses what it cannot read faithfully, with the first thing a person can fix, as backups do: the
 * practice's rules are only changed once a whole document was read.
 */

/** Far more than any practice's rules; a bigger file is not a payer-rules document. */
const MAX_CHARS = 1_000_000;

export function payerRulesDocument(rules: readonly PayerRule[]): PayerRulesDocument {
  return { format: PAYER_RULES_FORMAT, version: 1, payerRules: rules.map((r) => ({ ...r })) };
}

/** The document as the text of the downloaded file. */
export function exportPayerRules(rules: readonly PayerRule[]): string {
  return `${JSON.stringify(payerRulesDocument(rules), null, 2)}\n`;
}

export type PayerRulesRead = { ok: true; rules: PayerRule[] } | { ok: false; reason: string };

const FIELD: Record<string, string> = {
  payerName: 'payer name',
  unitRule: 'unit rule (cms-8-minute or ama-midpoint)',
  filingLimitDays: 'filing limit in days (a whole number above 0)',
  requiresRx: 'prescription required (true or false)',
  requiredModifiers: 'required modifiers',
  codes: 'codes (at least one)',
  modifier: 'modifier',
  coveredCodes: 'covered codes',
  visitsPerYear: 'visits per year (a whole number, 0 or more)',
};

/** Reads a payer-rules file's text. Never throws. */
export function readPayerRules(text: string): PayerRulesRead {
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'The file is empty.' };
  if (text.length > MAX_CHARS)
    return { ok: false, reason: 'The file is far too large to be a payer-rules file.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      reason:
        'The file is not a payer-rules file: it is not JSON (it may be cut off or another kind of file).',
    };
  }
  const doc = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if (doc.format !== PAYER_RULES_FORMAT) {
    return {
      ok: false,
      reason:
        doc.format === 'massage-billing-assistant/backup'
          ? 'This is a backup, not a payer-rules file: restore it under Backups and exports.'
          : `The file is not a payer-rules file (its format is ${typeof doc.format === 'string' ? `"${doc.format.slice(0, 60)}"` : 'missing'}).`,
    };
  }
  if (doc.version !== 1) {
    return {
      ok: false,
      reason:
        typeof doc.version === 'number' && doc.version > 1
          ? `The file is version ${doc.version}, newer than this extension reads (version 1): update the extension.`
          : 'The file has no readable version.',
    };
  }
  const parsed = PayerRulesDocumentSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error.issues[0], doc) };
  const seen = new Map<string, number>();
  const rules: PayerRule[] = [];
  for (const [index, rule] of parsed.data.payerRules.entries()) {
    const key = payerKey(rule.payerName);
    if (!key) return { ok: false, reason: `Payer rule ${index + 1} has no payer name.` };
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        ok: false,
        reason: `Payer rules ${first + 1} and ${index + 1} are both for ${rule.payerName.trim()}: keep one.`,
      };
    }
    seen.set(key, index);
    rules.push(normalised(rule));
  }
  return { ok: true, rules };
}

/** Names and codes as the rules read them: trimmed, codes upper case without invisible characters. */
export function normalised(rule: PayerRule): PayerRule {
  const codes = (list: readonly string[]) => [...new Set(list.map(cleanCode).filter(Boolean))];
  const out: PayerRule = PayerRuleSchema.parse({ ...rule, payerName: rule.payerName.trim() });
  if (out.coveredCodes) out.coveredCodes = codes(out.coveredCodes);
  if (out.requiredModifiers) {
    out.requiredModifiers = out.requiredModifiers.map((r) => ({
      codes: codes(r.codes),
      modifier: cleanCode(r.modifier),
    }));
  }
  return out;
}

/** What importing `incoming` does to `current`: rules of a payer already there are replaced. */
export function mergePayerRules(
  current: readonly PayerRule[],
  incoming: readonly PayerRule[],
): { rules: PayerRule[]; added: string[]; replaced: string[] } {
  const byKey = new Map(incoming.map((r) => [payerKey(r.payerName), r]));
  const replaced: string[] = [];
  const rules = current.map((r) => {
    const next = byKey.get(payerKey(r.payerName));
    if (!next) return r;
    byKey.delete(payerKey(r.payerName));
    replaced.push(next.payerName);
    return next;
  });
  const added = [...byKey.values()];
  return { rules: [...rules, ...added], added: added.map((r) => r.payerName), replaced };
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: { path: PropertyKey[] } | undefined, doc: Record<string, unknown>): string {
  if (!issue) return 'The file could not be read.';
  const [top, index, field, ...rest] = issue.path;
  if (top !== 'payerRules') return 'The file has no list of payer rules.';
  if (typeof index !== 'number')
    return Array.isArray(doc.payerRules)
      ? 'The payer rules are not readable.'
      : 'The file has no list of payer rules.';
  const raw = Array.isArray(doc.payerRules) ? (doc.payerRules[index] as Record<string, unknown>) : undefined;
  const name =
    raw && typeof raw.payerName === 'string' && raw.payerName.trim() ? ` (${raw.payerName.trim()})` : '';
  if (field === undefined) return `Payer rule ${index + 1}${name} is not a payer rule.`;
  const last = [field, ...rest].filter((p) => typeof p === 'string').pop() as string | undefined;
  const what = FIELD[last ?? String(field)] ?? String(last ?? field);
  const position = rest.find((p) => typeof p === 'number');
  const where =
    typeof position === 'number' && field === 'requiredModifiers'
      ? `required modifier ${position + 1}, ${what}`
      : what;
  const value = valueAt(raw, [field, ...rest]);
  const shown =
    value === undefined
      ? 'is missing'
      : `cannot be read (the file has ${JSON.stringify(value)?.slice(0, 40) ?? String(value)})`;
  return `Payer rule ${index + 1}${name}, ${where}: ${shown}.`;
}
