/**
 * What a code typed on a portal may carry that a person does not see: full-width digits from an IME,
 * a no-break space, a zero-width space or joiner pasted from a PDF or a web page, a byte-order mark.
 * DESIGN.md: codes are read after Unicode normalisation (NFKC, format characters removed), so
 * `97\u200B110` is 97110. Every code, modifier and NPI goes through here once, in `prepare`.
 */

/** Unicode "format" characters (general category Cf): zero-width space, joiners, BOM, bidi marks. */
const FORMAT = /\p{Cf}/gu;

/** NFKC-normalised, format characters removed, trimmed; "" for anything that is not a string. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFKC').replace(FORMAT, '').trim();
}

/** `cleanText`, upper case: CPT/HCPCS codes, modifiers, NPIs ("９７１２４" -> "97124", "xs" -> "XS"). */
export function cleanCode(value: unknown): string {
  return cleanText(value).toUpperCase();
}
