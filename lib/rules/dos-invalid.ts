import type { Finding } from '../model/findings';
import { isRealDate } from './helpers/dates';
import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type Line } from './types';

const ONE_DAY = 'In box 24A, make "To" the same as "From", or leave it empty: one line per session date.';

/** Box 24A: every line needs a real date of service, not in the future, and "To" not before "From". */
export const dosInvalid = defineRule({
  id: 'dos-invalid',
  title: 'Date of service missing or wrong',
  checks:
    'Each line has a "From" date that is a real calendar date (2026-02-30 is not), not after today; "To", when typed, is a real date, not before "From" and not in the future. Empty "To" = same day.',
  severities: ['error'],
  sources: [SOURCES.nuccManual, SOURCES.x12Carc],
  doesNotCheck:
    'Whether a From-To span over several days suits the code (one line per date is usual) or whether the date matches the session log.',
  check({ lines, today }) {
    const out: Finding[] = [];
    for (const line of lines) {
      for (const [problem, fix, fields] of problems(line, today)) {
        out.push(
          finding('dos-invalid', {
            severity: 'error',
            outcome: 'rejected',
            message: `${cap(lineRef(line))}: ${problem}`,
            fix,
            boxes: ['24A'],
            lines: [line.row],
            fields: fields.map((f) => fieldOf(line, f)),
          }),
        );
      }
    }
    return out;
  },
});

function problems(line: Line, today: string): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const { from, to, dos } = line;
  if (!from)
    out.push([
      'no date of service (box 24A); the payer rejects the line.',
      'Enter the session date in box 24A "From".',
      ['from'],
    ]);
  else if (!dos)
    out.push([
      `"${from}" is not a real date; the payer rejects the line.`,
      'Retype the date of service in box 24A "From".',
      ['from'],
    ]);
  else if (dos > today)
    out.push([
      `${dos} is in the future; payers reject a claim for a session that has not happened yet.`,
      'Check the date in box 24A; bill this session once it has taken place.',
      ['from'],
    ]);
  if (!to) return out;
  if (!isRealDate(to))
    out.push([`the "To" date "${to}" is not a real date; the payer rejects the line.`, ONE_DAY, ['to']]);
  else if (dos && to < dos)
    out.push([
      `the "To" date ${to} is before the "From" date ${dos}; the payer rejects the line.`,
      ONE_DAY,
      ['from', 'to'],
    ]);
  else if (to > today && !(dos && dos > today))
    out.push([`the "To" date ${to} is in the future; the payer rejects the line.`, ONE_DAY, ['to']]);
  return out;
}
