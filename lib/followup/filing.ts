import { daysBetween, filingDeadlineDate } from '../dates';
import type { Settings } from '../model';
import { resolveSettings } from '../rules/core';

/**
 * The payer's timely-filing limit, as the `timely-filing` rule reads it: a per-payer rule in the settings
 * (payer name matched without case or surrounding spaces), else the practice's limit (default 365 days).
 */
export type FilingLimit = { days: number; source: 'payer' | 'practice' };

export function filingLimitFor(
  settings: Pick<Settings, 'filingLimitDays' | 'payerRules'>,
  payerName: string,
): FilingLimit {
  const resolved = resolveSettings(settings, payerName);
  return {
    days: resolved.filingLimitDays,
    source: resolved.filingLimitSource === 'payer' ? 'payer' : 'practice',
  };
}

/** Within this many days of the deadline a claim is "due soon" (the rule's info finding uses the same). */
export const DUE_SOON_DAYS = 30;

export type FilingUrgency = 'ok' | 'due-soon' | 'missed';

export type FilingDeadline = {
  /** The last day the payer accepts the claim (a 365-day limit: the anniversary of the date of service). */
  deadline: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  urgency: FilingUrgency;
};

/** Past the due day is missed (as the rule reads it); 30 days or fewer left is due soon. */
export function filingDeadline(dateOfService: string, limitDays: number, today: string): FilingDeadline {
  const deadline = filingDeadlineDate(dateOfService, limitDays);
  const daysLeft = daysBetween(today, deadline);
  const urgency: FilingUrgency = daysLeft < 0 ? 'missed' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
  return { deadline, daysLeft, urgency };
}
