import type { Client } from '../../../lib/model';
import { addDays, isIsoDate } from '../../../lib/dates';
import { PROVIDER_LABELS } from '../format';

const BUNDLED = (type: string) => type === 'chiropractor' || type === 'physical-therapist';

/** The chiropractor or PT visit on `date`, and the nearest free days before and after it. */
export function sameDayConflict(
  client: Client,
  date: string,
): { providers: string[]; before?: string; after?: string } | undefined {
  if (!isIsoDate(date)) return undefined;
  const busy = (d: string) => client.otherVisits.some((v) => v.date === d && BUNDLED(v.providerType));
  if (!busy(date)) return undefined;
  const providers = client.otherVisits
    .filter((v) => v.date === date && BUNDLED(v.providerType))
    .map((v) => PROVIDER_LABELS[v.providerType].toLowerCase());
  const find = (step: number) => {
    for (let i = 1; i <= 7; i++) {
      const d = addDays(date, step * i);
      if (!busy(d)) return d;
    }
    return undefined;
  };
  const before = find(-1);
  const after = find(1);
  return { providers: [...new Set(providers)], ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
