/** How the superbill and the follow-up page write dates, names and addresses (US conventions). */

/** "2026-10-01" → "10/01/2026", as US insurers' forms write dates; "" stays "". */
export function usDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${m}/${d}/${y}` : iso;
}

/** "Dana Rivera" (first then last, as on a letter). */
export function fullName(person: { firstName?: string; lastName?: string }): string {
  return [person.firstName, person.lastName]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
}

/** Two lines: "214 Harbor Street, Suite 3" and "Tacoma, WA 98402"; empty lines dropped. */
export function addressLines(address: {
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
}): string[] {
  const street = [address.line1, address.line2]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  const cityState = [address.city.trim(), address.state.trim()].filter(Boolean).join(', ');
  const place = [cityState, address.zip.trim()].filter(Boolean).join(' ');
  return [street, place].filter(Boolean);
}
