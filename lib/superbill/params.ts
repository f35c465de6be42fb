import { isIsoDate } from '../dates';

/**
 * The superbill page's address (DESIGN.md, "Pages a test may open directly"):
 * - `superbill.html?client=<client id>&from=YYYY-MM-DD&to=YYYY-MM-DD`: every session of that client in the
 *   range, both ends included. `from` may be left out (from the first session), and `to` (through today).
 * - `superbill.html?session=<session id>`: that one session.
 * Pure: the page shows the message of a refused address as text.
 */
export type SuperbillRequest =
  { kind: 'session'; sessionId: string } | { kind: 'range'; clientId: string; from?: string; to?: string };

export type ParsedRequest =
  { request: SuperbillRequest; error?: undefined } | { request?: undefined; error: string };

export const SUPERBILL_ADDRESS_HELP =
  'Open it from a client or a session in the extension, or with an address ending in ?client=<client id>&from=YYYY-MM-DD&to=YYYY-MM-DD (or ?session=<session id>).';

export function parseSuperbillParams(search: string): ParsedRequest {
  const params = new URLSearchParams(search);
  const sessionId = params.get('session')?.trim();
  if (sessionId) return { request: { kind: 'session', sessionId } };
  if (params.has('session')) return { error: `The address names no session. ${SUPERBILL_ADDRESS_HELP}` };

  const clientId = params.get('client')?.trim();
  if (!clientId) {
    return { error: `This page needs to know whose superbill to show. ${SUPERBILL_ADDRESS_HELP}` };
  }
  const request: SuperbillRequest = { kind: 'range', clientId };
  for (const end of ['from', 'to'] as const) {
    const value = params.get(end)?.trim();
    if (!value) continue;
    if (!isIsoDate(value)) {
      const what = end === 'from' ? 'start' : 'end';
      return {
        error: `The ${what} date in the address, ${end}=${value}, is not a date. Write it as YYYY-MM-DD, for example ${end}=${end === 'from' ? '2026-10-01' : '2026-10-31'}.`,
      };
    }
    request[end] = value;
  }
  if (request.from && request.to && request.from > request.to) {
    return {
      error: `The start date in the address (${request.from}) is after the end date (${request.to}). Swap them to see the sessions in between.`,
    };
  }
  return { request };
}

/** The address of a client's superbill for a range (for links from the follow-up page and the popup). */
export function superbillUrl(clientId: string, from?: string, to?: string): string {
  const params = new URLSearchParams({ client: clientId });
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return `/superbill.html?${params}`;
}

/** The address of one session's superbill. */
export function sessionSuperbillUrl(sessionId: string): string {
  return `/superbill.html?${new URLSearchParams({ session: sessionId })}`;
}
