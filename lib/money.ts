/**
 * Amounts in dollars, as typed and as shown. Pure: the pages, the follow-up computations, the store's
 * legacy conversion and the form reader use the same reading.
 */

/** "$1,085.50", "85", "85." or ".50" as a number; undefined when it is not an amount. */
export function parseMoney(text: string): number | undefined {
  const value = text.trim().replace(/[$,\s]/g, '');
  return /^\d{1,9}(\.\d{0,2})?$|^\.\d{1,2}$/.test(value) ? Number(value) : undefined;
}

/** "$1,085.50" */
export function formatMoney(amount: number): string {
  return amount.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}
