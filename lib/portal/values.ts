/**
 * Value normalisers: what a biller typed (or a widget shows) -> the normalised ClaimDraft value. Pure, no
 * DOM. Every function caps its input, so a 10,000-character value costs nothing and never becomes more
 * than a short string.
 */
import { isIsoDate } from '../dates';
import { DIAGNOSIS_LETTERS, parseModifiers } from '../model/claim-form';
import { parseMoney } from '../money';
import { normaliseIcd } from '../rules/helpers/icd';

const MAX = 64;

/** Trimmed, whitespace collapsed, at most `max` characters. */
export function clean(raw: string | null | undefined, max = MAX): string {
  if (!raw) return '';
  return raw
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * The code out of an option label: "11 - Office" -> "11", "UN - Unit" -> "UN", "97124 - Massage" ->
 * "97124", "M54.50 - Low back pain" -> "M54.50". Anything else comes back cleaned.
 */
export function optionCode(raw: string): string {
  const s = clean(raw, 200);
  const m = /^([A-Za-z0-9.]{1,10})\s*[-–—:]\s+\S/.exec(s);
  return m ? m[1]! : s.slice(0, MAX);
}

/**
 * A date as the claim wants it: ISO `YYYY-MM-DD` from MM/DD/YYYY, M/D/YYYY, MM-DD-YYYY, MMDDYYYY, MM/DD/YY
 * or ISO. An incomplete or impossible date ("02/30/2026", "3/4") is kept as typed, so that `dos-invalid`
 * can say it is unreadable; an empty box gives undefined.
 */
export function parseDate(raw: string, thisYear = new Date().getFullYear()): string | undefined {
  const s = clean(raw);
  if (!s) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!, s, thisYear);
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return iso(m[3]!, m[1]!, m[2]!, s, thisYear);
  m = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(s);
  if (m) return iso(m[3]!, m[1]!, m[2]!, s, thisYear);
  return s;
}

/** A date split into boxes; kept as "MM/DD/YYYY" text (as typed) when it is not a real date. */
export function joinDateParts(
  month: string,
  day: string,
  year: string,
  thisYear = new Date().getFullYear(),
): string | undefined {
  const m = clean(month, 8);
  const d = clean(day, 8);
  const y = clean(year, 8);
  if (!m && !d && !y) return undefined;
  const typed = `${m}/${d}/${y}`;
  if (/^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) && /^(\d{2}|\d{4})$/.test(y))
    return iso(y, m, d, typed, thisYear);
  return typed;
}

function iso(y: string, m: string, d: string, typed: string, thisYear: number): string {
  let year = Number(y);
  // Two-digit years: this century unless that would be more than a year ahead (a birth date in 1986).
  if (y.length === 2) year += 2000 + year > thisYear + 1 ? 1900 : 2000;
  const out = `${String(year).padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(out) ? out : typed;
}

/** CPT/HCPCS: upper case, no spaces, the code out of an option label ("97124 - Massage"). */
export function parseCode(raw: string): string | undefined {
  const s = optionCode(raw).replace(/\s+/g, '').toUpperCase();
  return s || undefined;
}

/** Place of service: "11 - Office" -> "11", "2" -> "02". Not a number: kept upper case as typed. */
export function parsePos(raw: string): string | undefined {
  const s = optionCode(raw).toUpperCase();
  if (!s) return undefined;
  return /^\d{1,2}$/.test(s) ? s.padStart(2, '0') : s;
}

/** Modifiers of one box: "59:XS", "59 XS", "59,xs" -> ["59", "XS"]; an option label gives its code. */
export function parseModifierBox(raw: string): string[] {
  return parseModifiers(optionCode(raw)).slice(0, 8);
}

/** Units: "2", "2.0", "1.5", "2 UN" -> 2, 2, 1.5, 2. Not a number: undefined. */
export function parseUnits(raw: string): number | undefined {
  const m = /^(\d{1,6}(?:\.\d+)?|\.\d+)(?:\s*[A-Za-z]{0,3})?$/.exec(clean(raw).replace(/,/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** Money: "$1,234.50" -> 1234.5, "80" -> 80. Not an amount: undefined. */
export function parseCharge(raw: string): number | undefined {
  return parseMoney(clean(raw));
}

/**
 * ICD-10-CM code: upper case, dotted after the third character ("m5450" -> "M54.50", "R52" stays). A value
 * that does not look like a code is kept upper case as typed, so `icd-invalid` can flag it.
 */
export function normalizeIcd(raw: string): string | undefined {
  return normaliseIcd(optionCode(raw)) || undefined;
}

/** NPI: spaces removed (anything else stays, so a wrong NPI is still judged); "1992753880 - Lee" -> the NPI. */
export function parseNpi(raw: string): string | undefined {
  return optionCode(raw).replace(/\s+/g, '') || undefined;
}

/** Tax id: spaces and dashes removed ("84-1234567" -> "841234567"). */
export function parseTaxId(raw: string): string | undefined {
  return clean(raw).replace(/[\s-]+/g, '') || undefined;
}

export function parseText(raw: string): string | undefined {
  return clean(raw) || undefined;
}

/**
 * Diagnosis pointers of one box, 1-based (A = 1): letters "AB", "A,B", "A B"; numbers "1", "1,2", "12",
 * "1234" (one digit each); an ICD code ("M54.50", or undotted) -> its position in `diagnoses`. Something
 * that points nowhere (a letter past L, a code not in box 21) gives 0, which `pointer-invalid` flags.
 */
export function parsePointers(raw: string, diagnoses: readonly string[]): number[] {
  const s = optionCode(raw).toUpperCase();
  if (!s) return [];
  const out: number[] = [];
  for (const part of s.split(/[\s,;:/|+]+/)) {
    if (!part) continue;
    if (/^[A-Z]\d/.test(part) && part.length >= 3) {
      out.push(diagnoses.indexOf(normalizeIcd(part) ?? '') + 1);
    } else if (/^\d+$/.test(part)) {
      const n = Number(part);
      if (part.length <= 2 && n >= 1 && n <= 12) out.push(n);
      else if (part.length <= 4 && !part.includes('0')) for (const ch of part) out.push(Number(ch));
      else out.push(0);
    } else {
      for (const ch of part) out.push(DIAGNOSIS_LETTERS.indexOf(ch) + 1);
    }
    if (out.length >= 12) break;
  }
  return out.slice(0, 12);
}

/** A pointer checkbox's diagnosis: its value (1..12 or A..L), else the slot letter at the end of its name. */
export function checkboxPointer(value: string, name: string): number | undefined {
  const v = clean(value, 4).toUpperCase();
  if (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 12) return Number(v);
  if (/^[A-L]$/.test(v)) return v.charCodeAt(0) - 64;
  const m = /[^A-Za-z]([a-lA-L])$/.exec(name);
  return m ? m[1]!.toUpperCase().charCodeAt(0) - 64 : undefined;
}
