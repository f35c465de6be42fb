import { parseTypedDate } from '../../lib/dates';
import { parseModifiers } from '../../lib/model/claim-form';
import { parseMoney } from '../../lib/money';
import { fullIcdLookup, isIcdFormat, normaliseIcd, npiProblem } from '../../lib/rules';

/**
 * Field checks for the popup and options forms, run as the person types. Each returns the message to
 * show next to the field, or undefined when the value is fine. Parsers turn what was typed into the
 * stored value.
 */

export function requiredError(value: string, what: string): string | undefined {
  return value.trim() ? undefined : `Enter ${what}.`;
}

/** NPI: 10 digits whose check digit is right (Luhn over "80840" + NPI). Empty is fine unless required. */
export function npiError(value: string, required = false): string | undefined {
  const digits = value.replace(/[\s-]/g, '');
  if (!digits) return required ? 'Enter the 10-digit NPI.' : undefined;
  if (!/^\d+$/.test(digits)) return 'An NPI has digits only.';
  if (digits.length !== 10) return `An NPI has 10 digits; this has ${digits.length}.`;
  return npiProblem(digits) === 'check-digit'
    ? 'This NPI’s check digit is wrong: a digit is mistyped. Check it against the NPI registry.'
    : undefined;
}

/** "2026-11-26", "11/26/2026" or "11-26-2026" as ISO; undefined when it is not a real date. */
export const parseDate = parseTypedDate;

export function dateError(
  value: string,
  options: {
    required?: boolean;
    notBefore?: { date: string; what: string };
    notAfter?: { date: string; what: string };
  } = {},
): string | undefined {
  const text = value.trim();
  if (!text) return options.required ? 'Enter a date (YYYY-MM-DD or MM/DD/YYYY).' : undefined;
  const iso = parseDate(text);
  if (!iso) {
    return /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)
      ? `${text} is not a real date.`
      : 'Write the date as YYYY-MM-DD or MM/DD/YYYY.';
  }
  if (options.notBefore && iso < options.notBefore.date)
    return `This is before ${options.notBefore.what} (${options.notBefore.date}).`;
  if (options.notAfter && iso > options.notAfter.date)
    return `This is after ${options.notAfter.what} (${options.notAfter.date}).`;
  return undefined;
}

/** "M54.50, m6283 0" as normalised codes. */
export function parseIcdList(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((code) => normaliseIcd(code))
    .filter(Boolean);
}

/** Each code must have the ICD-10-CM shape and, where the shipped list covers it, be billable. */
export function icdListError(value: string, required = false): string | undefined {
  const codes = parseIcdList(value);
  if (codes.length === 0) return required ? 'Enter at least one diagnosis code (ICD-10-CM).' : undefined;
  if (codes.length > 12) return 'A claim holds at most 12 diagnosis codes.';
  for (const code of codes) {
    if (!isIcdFormat(code))
      return `${code} is not an ICD-10-CM code (a letter, two characters, then up to four more: M54.50).`;
    const lookup = fullIcdLookup();
    if (lookup.status(code) === 'not-billable') {
      const children = lookup.childrenOf(code, 4);
      return children.length
        ? `${code} is a category, not a billable code: use a more specific one (${children.join(', ')}${children.length === 4 ? '...' : ''}).`
        : `${code} is not a billable ICD-10-CM code.`;
    }
  }
  return undefined;
}

export function wholeNumberError(
  value: string,
  what: string,
  options: { required?: boolean; min?: number; max?: number } = {},
): string | undefined {
  const text = value.trim();
  if (!text) return options.required ? `Enter ${what}.` : undefined;
  if (!/^\d+$/.test(text)) return `Enter ${what} as a whole number.`;
  const n = Number(text);
  if (options.min !== undefined && n < options.min) return `Enter at least ${options.min}.`;
  if (options.max !== undefined && n > options.max) return `Enter at most ${options.max}.`;
  return undefined;
}

export { parseMoney };

export function moneyError(value: string): string | undefined {
  if (!value.trim()) return undefined;
  return parseMoney(value) === undefined ? 'Enter an amount like 85 or 85.50.' : undefined;
}

export function stateError(value: string, required = false): string | undefined {
  const text = value.trim();
  if (!text) return required ? 'Enter the two-letter state.' : undefined;
  return /^[A-Za-z]{2}$/.test(text) ? undefined : 'Use the two-letter state code (IL, NY...).';
}

export function zipError(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return /^\d{5}(-\d{4})?$/.test(text) ? undefined : 'A ZIP code is 5 digits, or 5+4 (60611-1234).';
}

/** EIN: 9 digits (12-3456789); SSN: 9 digits (123-45-6789). */
export function taxIdError(value: string, kind: 'EIN' | 'SSN'): string | undefined {
  const digits = value.replace(/[\s-]/g, '');
  if (!digits) return undefined;
  if (!/^\d{9}$/.test(digits))
    return kind === 'EIN' ? 'An EIN has 9 digits (12-3456789).' : 'An SSN has 9 digits (123-45-6789).';
  return undefined;
}

export function cptError(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'Enter the code (97124).';
  return /^([0-9]{5}|[A-Za-z][0-9]{4}|[0-9]{4}[A-Za-z])$/.test(text)
    ? undefined
    : 'A CPT or HCPCS code has 5 characters (97124, G0283).';
}

export function modifiersError(value: string): string | undefined {
  const mods = parseModifiers(value);
  if (mods.length > 4) return 'A line holds at most 4 modifiers.';
  const bad = mods.find((m) => !/^[A-Za-z0-9]{2}$/.test(m));
  return bad ? `${bad} is not a modifier (2 letters or digits: GP, 59, XS).` : undefined;
}

export { parseModifiers };
