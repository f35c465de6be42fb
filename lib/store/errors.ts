import type * as z from 'zod/mini';

/**
 * Why a read or a write of the records failed, in words the person at the desk can act on. A write
 * that throws this changed nothing in the store.
 */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly details: string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Names people use for the model's fields ("birth date", not "birthDate"). */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  birthDate: 'birth date',
  memberId: 'member id',
  groupNumber: 'group number',
  claimKind: 'kind of claim',
  claimNumber: 'claim number',
  dateOfInjury: 'date of injury',
  verifiedOn: 'eligibility verified on',
  writtenOn: 'written on',
  expiresOn: 'expires on',
  visitsAuthorized: 'visits authorised',
  providerType: 'provider type',
  clientId: 'client',
  soapNotesDone: 'SOAP notes done',
  placeOfService: 'place of service',
  billedOn: 'billed on',
  paidAmount: 'paid amount',
  adjustmentAmount: 'adjustment',
  denialCodes: 'denial codes',
  remarkCodes: 'remark codes',
  resubmittedOn: 'resubmitted on',
  clientPayments: 'client payments',
  payerClaimNumber: 'payer claim number',
  billingNpi: 'billing NPI',
  renderingNpi: 'rendering NPI',
  taxId: 'tax id',
  taxIdKind: 'kind of tax id',
  licenseNumber: 'license number',
  licenseState: 'license state',
  unitRule: 'unit rule',
  filingLimitDays: 'filing limit',
  eligibilityFreshnessDays: 'eligibility freshness',
  payerRules: 'payer rules',
  payerName: 'payer name',
  npi: 'NPI',
  line1: 'address line 1',
  line2: 'address line 2',
  zip: 'ZIP code',
  prescriptions: 'prescription',
  otherVisits: 'visit to another provider',
  lines: 'service line',
  modifiers: 'modifier',
  diagnoses: 'diagnosis',
  pointers: 'diagnosis pointer',
};

const TYPE_WORDS: Record<string, string> = {
  object: 'a record',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "prescription 2, written on" from ['prescriptions', 1, 'writtenOn']. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const label = fieldLabel(String(key));
    parts.push(typeof next === 'number' ? `${label} ${next + 1}` : label);
  }
  return parts.join(', ');
}

/** The value a person typed, quoted and cut short, for a message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One sentence per problem: `birth date: "1980-13-45" is not a valid date (YYYY-MM-DD)`. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = describePath(issue.path);
  const value = valueAt(input, issue.path);
  let what: string;
  switch (issue.code) {
    case 'invalid_type':
      what =
        value === undefined
          ? `is missing (expected ${issue.expected})`
          : `${showValue(value)} is not ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
      break;
    case 'invalid_value':
      what = `${showValue(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'too_small':
      what =
        issue.origin === 'string' && value === ''
          ? 'is empty'
          : `${showValue(value)} is too small (at least ${String(issue.minimum)})`;
      break;
    case 'too_big':
      what = `${showValue(value)} is too large (at most ${String(issue.maximum)})`;
      break;
    case 'custom':
      what = /date/i.test(issue.message)
        ? `${showValue(value)} is not a valid date (YYYY-MM-DD)`
        : `${showValue(value)}: ${issue.message}`;
      break;
    case 'invalid_union':
      what = /date|on$|Date$/i.test(String(issue.path.at(-1) ?? ''))
        ? `${showValue(value)} is not a valid date (YYYY-MM-DD)`
        : `${showValue(value)} is not valid`;
      break;
    default:
      what = `${showValue(value)}: ${issue.message}`;
  }
  return where ? `${where}: ${what}` : what;
}

export function describeIssues(error: z.core.$ZodError, input: unknown): string[] {
  return error.issues.map((issue) => describeIssue(issue, input));
}

/** What the browser said when a write failed, turned into something a person can act on. */
export function describeWriteFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) {
    return 'The browser has no room left for the extension’s records (storage quota exceeded). Export a backup, then free space or remove old records.';
  }
  return `The browser could not save the records: ${text}`;
}
