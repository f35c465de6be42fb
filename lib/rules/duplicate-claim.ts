import type { Finding } from '../model/findings';
import { fieldOf, finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type Line, type SessionFacts } from './types';

/** Session statuses that mean a claim for the session was already sent. */
const SENT = new Set(['billed', 'paid', 'denied']);

/**
 * A line's code and date of service match a session of this client already billed, paid or denied
 * (from the records): sent again as a new claim, the payer denies it as a duplicate (CARC 18).
 */
export const duplicateClaim = defineRule({
  id: 'duplicate-claim',
  title: 'Already billed',
  checks:
    'Each line\'s code and "From" date against the client\'s sessions on that date with status billed, paid or denied whose lines hold the code (one finding per code and date). The session the claim is drawn from (popup checklist, superbill: `claimSessionId`) is the claim itself and never counts.',
  severities: ['warning'],
  sources: [SOURCES.x12Carc, SOURCES.eclaimsBox22],
  doesNotCheck:
    'Claims sent without being marked in the session log (the records only know what was marked billed), the same service billed by another provider, or a different code for the same visit.',
  needsClient: 'sessions already billed (duplicates)',
  check({ client, linesByDate, sessionsByDate, claimSessionId }) {
    if (!client) return [];
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      const sent = (sessionsByDate.get(date) ?? []).filter(
        (s) => SENT.has(s.status) && (s.id === undefined || s.id !== claimSessionId),
      );
      if (sent.length === 0) continue;
      const byCode = new Map<string, { lines: Line[]; session: SessionFacts }>();
      for (const line of group) {
        if (!line.code) continue;
        const session = sent.find((s) => s.lines.some((l) => l.code === line.code));
        if (!session) continue;
        const entry = byCode.get(line.code);
        if (entry) entry.lines.push(line);
        else byCode.set(line.code, { lines: [line], session });
      }
      for (const [code, { lines, session }] of byCode) {
        const rows = lines.map((l) => l.row);
        const claimNo = session.payerClaimNumber ? `, payer claim ${session.payerClaimNumber}` : '';
        const when = session.billedOn ? ` on ${session.billedOn}` : '';
        const state =
          session.status === 'paid'
            ? `was already billed${when} and paid${claimNo}`
            : session.status === 'denied'
              ? `was already billed${when} and denied${session.denialCodes.length ? ` (${session.denialCodes.join(', ')})` : ''}${claimNo}`
              : `was already billed${when}${claimNo}`;
        const correct = `send a corrected claim instead: box 22, resubmission code 7 with the payer's claim number${session.payerClaimNumber ? ` (${session.payerClaimNumber})` : ''}`;
        out.push(
          finding('duplicate-claim', {
            severity: 'warning',
            outcome: 'denied',
            message: `${code} for ${date} (${linesPhrase(rows)}) ${state}, as the session log for ${client.name} says. Sent again as a new claim, the payer denies it as a duplicate.`,
            fix:
              session.status === 'denied'
                ? `Don't send a new claim for the denied service: ${correct}, or appeal the denial.`
                : `Don't send it again. If the first claim needs a change, ${correct}. If it was never sent, set the session back to done in the popup.`,
            boxes: ['22'],
            why: 'CARC 18: exact duplicate claim/service. A corrected or replacement claim (frequency code 7) or a void (8) names the original claim so the payer does not treat it as new.',
            lines: rows,
            fields: lines.map((l) => fieldOf(l, 'code')),
          }),
        );
      }
    }
    return out;
  },
});
