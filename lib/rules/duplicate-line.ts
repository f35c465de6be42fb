import type { Finding } from '../model/findings';
import { fieldOf, finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type Line } from './types';

/** The same code on two lines with one date of service ("from"). */
export const duplicateLine = defineRule({
  id: 'duplicate-line',
  title: 'Same code twice on one date',
  checks: 'The same code on two or more lines with one "From" date (one finding per code and date).',
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    'Duplicates across claims already sent (duplicate-claim, from the session log), or lines whose "From" date is empty.',
  check({ lines }) {
    const groups = new Map<string, Line[]>();
    for (const line of lines) {
      if (!line.code || !line.from) continue;
      const key = `${line.from} ${line.code}`;
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    const out: Finding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const { code, from } = group[0]!;
      const units = group.reduce(
        (sum, l) => sum + (Number.isFinite(l.units) && l.units! > 0 ? l.units! : 0),
        0,
      );
      out.push(
        finding('duplicate-line', {
          severity: 'warning',
          outcome: 'denied',
          message: `${code} is on ${linesPhrase(group.map((l) => l.row))}, all dated ${from}. Payers deny the repeat as a duplicate (CARC 18).`,
          fix: `Put all the units on one line in box 24G${units > 0 ? ` (${units} in total)` : ''} and delete the others, or correct a wrong date in box 24A.`,
          boxes: ['24G', '24A'],
          lines: group.map((l) => l.row),
          fields: group.map((l) => fieldOf(l, 'code')),
        }),
      );
    }
    return out;
  },
});
