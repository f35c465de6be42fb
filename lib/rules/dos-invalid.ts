import type { Finding } from '../model/findings';
import { isRealDate as isIsoDate } from './helpers/dates';
import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Line, type Rule, type RuleCheck } from './types';

const ONE_DAY = 'Make "To" the same as "From", or leave it empty: one line per session date.';

/** Box 24A: every line needs a real date of service, not in the future, and "To" not before "From". */
export const dosInvalidCheck: RuleCheck = {
  id: 'dos-invalid',
  title: 'Date of service missing or wrong',
  check({ lines, today }) {
    const out: Finding[] = [];
    for (const line of lines) {
      for (const [problem, fix, fields] of problems(line, today)) {
        out.push(
          finding(
            'dos-invalid',
            'error',
            `${cap(lineRef(line))}: ${problem}`,
            fix,
            [line.row],
            fields.map((f) => fieldOf(line, f)),
          ),
        );
      }
    }
    return out;
  },
};

function problems(line: Line, today: string): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const { from, to, dos } = line;
  if (!from)
    out.push([
      'no date of service (box 24A); payers reject the line.',
      'Enter the session date in "From".',
      ['from'],
    ]);
  else if (!dos)
    out.push([
      `"${from}" is not a real date; payers reject the line.`,
      'Retype the date of service.',
      ['from'],
    ]);
  else if (dos > today)
    out.push([
      `${dos} is in the future; a session is billed after it happens.`,
      'Check the date; bill this session once it has taken place.',
      ['from'],
    ]);
  if (!to) return out;
  if (!isIsoDate(to)) out.push([`the "To" date "${to}" is not a real date.`, ONE_DAY, ['to']]);
  else if (dos && to < dos)
    out.push([
      `the "To" date ${to} is before the "From" date ${dos}; payers reject the line.`,
      ONE_DAY,
      ['from', 'to'],
    ]);
  else if (to > today && !(dos && dos > today))
    out.push([`the "To" date ${to} is in the future.`, ONE_DAY, ['to']]);
  return out;
}

export const dosInvalid: Rule = /* @__PURE__ */ withMeta(dosInvalidCheck, {
  severities: ['error'],
  sources: [SOURCES.nuccManual, SOURCES.x12Carc],
  doesNotCheck:
    'Whether a From-To span over several days suits the code (one line per date is usual) or whether the date matches the session log.',
});
