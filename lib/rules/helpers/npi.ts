/**
 * NPI check digit (CMS "Requirements for NPI Check Digit"): an NPI is 10 digits whose last digit is the
 * Luhn check digit computed as if the card-issuer prefix 80840 stood in front (80 health, 840 USA).
 * Plain Luhn over the 10 digits rejects real NPIs, which is why the prefix matters.
 */

export type NpiProblem = 'format' | 'check-digit';

/** Why `npi` is not a valid NPI, or null when it is. */
export function npiProblem(npi: unknown): NpiProblem | null {
  if (typeof npi !== 'string' || !/^\d{10}$/.test(npi)) return 'format';
  return luhnValid('80840' + npi) ? null : 'check-digit';
}

/** True for 10 digits whose check digit is right (Luhn over "80840" + NPI). */
export function isValidNpi(npi: unknown): boolean {
  return npiProblem(npi) === null;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
