import type { Finding } from '../model/findings';
import { filingDeadlineDate } from '../dates';
import { daysFromTo } from './helpers/dates';
import { fieldOf, finding, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type ResolvedSettings } from './types';

/** Within this many days of the deadline the claim is due soon (info). */
const DUE_SOON_DAYS = 30;

/**
 * The date of service is past the payer's filing limit (warning) or within 30 days of it (info). A limit
 * of 365 days is one calendar year, due by the anniversary (DESIGN.md); other limits count days.
 */
export const timelyFiling = defineRule({
  id: 'timely-filing',
  title: 'Filing deadline',
  checks:
    "For each date of service, the day it is due under the filing limit (`payerRules` for the client's payer, else `filingLimitDays`, default 365): 365 days means one calendar year, due by the anniversary of the date of service (a 29 February date is due on 28 February); any other limit counts days. Past the due day = warning; due within 30 days (including today) = info.",
  severities: ['warning', 'info'],
  sources: [SOURCES.medicareTimely, SOURCES.commercialTimely, SOURCES.x12Carc],
  doesNotCheck:
    "Secondary claims whose limit runs from the primary payer's EOB date, corrected claims, or a payer's exceptions; the limit is the practice's setting for the payer (default 365 days, Medicare's one calendar year), counted from the From date.",
  check({ linesByDate, today, settings }) {
    const out: Finding[] = [];
    const limit = settings.filingLimitDays;
    for (const [date, group] of linesByDate) {
      if (date > today) continue;
      const deadline = filingDeadlineDate(date, limit);
      const daysLeft = daysFromTo(today, deadline);
      if (daysLeft > DUE_SOON_DAYS) continue;
      const age = daysFromTo(date, today);
      const rows = group.map((l) => l.row);
      const whose = limitName(settings);
      const late = daysLeft < 0;
      const limitText = limit === 365 ? '365 days (one year)' : plural(limit, 'day');
      out.push(
        finding('timely-filing', {
          severity: late ? 'warning' : 'info',
          ...(late ? { outcome: 'denied' as const } : {}),
          message: late
            ? `The date of service ${date} (${linesPhrase(rows)}) is ${plural(age, 'day')} ago, past ${whose} of ${limitText}: it was due by ${deadline}. The payer denies late claims.`
            : `The date of service ${date} (${linesPhrase(rows)}) is ${plural(age, 'day')} ago; ${whose} of ${limitText} runs out ${daysLeft === 0 ? 'today' : `in ${plural(daysLeft, 'day')}`} (due by ${deadline}).`,
          fix: late
            ? 'If the date in box 24A is right, send it only with proof of earlier timely filing or a late-filing exception; if the payer allows longer, set its limit in Options (payer rules).'
            : 'Send this claim now (check the date in box 24A).',
          boxes: ['24A'],
          why: late
            ? `CARC 29: the time limit for filing has expired. ${limit === 365 ? 'A one-year limit runs to the anniversary of the date of service (42 CFR 424.44 for Medicare).' : `The limit counts ${limit} days from the date of service.`}`
            : undefined,
          lines: rows,
          fields: group.map((l) => fieldOf(l, 'from')),
        }),
      );
    }
    return out;
  },
});

function limitName(settings: ResolvedSettings): string {
  if (settings.filingLimitSource === 'payer') return `${settings.payerName}'s filing limit`;
  if (settings.filingLimitSource === 'settings') return "the practice's filing limit";
  return 'the default filing limit';
}
