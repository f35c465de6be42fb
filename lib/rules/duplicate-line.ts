import type { Finding } from '../model/findings';
import { fieldOf, finding, linesPhrase } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Line, type Rule, type RuleCheck } from './types';

/** The same code on two lines with one date of service ("from"). */
export const duplicateLineCheck: RuleCheck = {
  id: 'duplicate-line',
  title: 'Same code twice on one date',
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
        finding(
          'duplicate-line',
          'warning',
          `${code} is on ${linesPhrase(group.map((l) => l.row))}, all dated ${from}. Payers deny the repeat as a duplicate (CARC 18).`,
          `Put all the units on one line${units > 0 ? ` (${units} in total)` : ''} and delete the others, or correct a wrong date.`,
          group.map((l) => l.row),
          group.map((l) => fieldOf(l, 'code')),
        ),
      );
    }
    return out;
  },
};

export const duplicateLine: Rule = /* @__PURE__ */ withMeta(duplicateLineCheck, {
  severities: ['warning'],
  sources: [SOURCES.x12Carc],
  doesNotCheck:
    'Duplicates across claims already sent (the session log shows what was billed), or lines whose "From" date is empty.',
});
