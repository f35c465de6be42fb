import type { Finding } from '../model/findings';
import { daysFromTo as daysBetween } from './helpers/dates';
import { fieldOf, finding, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type ResolvedSettings, type Rule, type RuleCheck } from './types';

/** The date of service is past the payer's filing limit (warning) or within 30 days of it (info). */
export const timelyFilingCheck: RuleCheck = {
  id: 'timely-filing',
  title: 'Filing deadline',
  check({ linesByDate, today, settings }) {
    const out: Finding[] = [];
    const limit = settings.filingLimitDays;
    for (const [date, group] of linesByDate) {
      if (date > today) continue;
      const age = daysBetween(date, today);
      if (age < limit - 30) continue;
      const rows = group.map((l) => l.row);
      const whose = limitName(settings);
      const late = age > limit;
      out.push(
        finding(
          'timely-filing',
          late ? 'warning' : 'info',
          late
            ? `The date of service ${date} (${linesPhrase(rows)}) is ${plural(age, 'day')} ago, past ${whose} of ${plural(limit, 'day')}. Payers deny late claims outright (CARC 29).`
            : `The date of service ${date} (${linesPhrase(rows)}) is ${plural(age, 'day')} ago; ${whose} of ${plural(limit, 'day')} runs out ${limit - age === 0 ? 'today' : `in ${plural(limit - age, 'day')}`}.`,
          late
            ? 'Send it only with proof of earlier timely filing or a late-filing exception; if the payer allows longer, set its limit in Options.'
            : 'Send this claim now.',
          rows,
          group.map((l) => fieldOf(l, 'from')),
        ),
      );
    }
    return out;
  },
};

export const timelyFiling: Rule = /* @__PURE__ */ withMeta(timelyFilingCheck, {
  severities: ['warning', 'info'],
  sources: [SOURCES.medicareTimely, SOURCES.commercialTimely, SOURCES.x12Carc],
  doesNotCheck:
    "Secondary claims whose limit runs from the primary payer's EOB date, corrected claims, or a payer's exceptions; the limit is the practice's setting for the payer (default 365 days, Medicare's), counted from the From date.",
});

function limitName(settings: ResolvedSettings): string {
  if (settings.filingLimitSource === 'payer') return `${settings.payerName}'s filing limit`;
  if (settings.filingLimitSource === 'settings') return "the practice's filing limit";
  return 'the default filing limit';
}
