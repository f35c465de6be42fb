import type { Session } from '../../../lib/model';

const TOOK_PLACE = new Set<Session['status']>(['done', 'billed', 'paid']);

/**
 * The client's usual lines for a new session: those of the latest session that took place and was not
 * denied (a denied claim's lines may be the very pair the payer refused). `skippedDenied` is the
 * latest session, when it was denied, so the form can say why its lines are not the ones offered.
 */
export function usualLines(sessions: readonly Session[]): {
  usual: Session | undefined;
  skippedDenied: Session | undefined;
} {
  const withLines = [...sessions]
    .filter((s) => s.lines.some((l) => l.code.trim()))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const latest = withLines.find((s) => s.status !== 'scheduled');
  const usual = withLines.find((s) => TOOK_PLACE.has(s.status));
  return { usual, skippedDenied: latest?.status === 'denied' ? latest : undefined };
}
