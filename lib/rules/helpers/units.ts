/**
 * 15-minute unit calculators for timed codes (domain.md 3.1 and 3.2).
 *
 * CMS 8-minute rule (Medicare Claims Processing Manual, Pub. 100-04, Ch. 5, 20.2): the total timed
 * minutes of the day decide the total units, floor((m + 7) / 15): 8-22 min = 1, 23-37 = 2, 38-52 = 3...
 * AMA/CPT midpoint rule: per code, a unit is reached once the midpoint (7.5 minutes) is passed.
 */

/** Total timed units for the day under the CMS 8-minute rule; 0 below 8 minutes. */
export function cmsUnits(totalTimedMinutes: number): number {
  if (!Number.isFinite(totalTimedMinutes) || totalTimedMinutes < 8) return 0;
  return Math.floor((totalTimedMinutes + 7) / 15);
}

/** Units for one code under the AMA/CPT midpoint rule: full 15s, plus one once the remainder passes 7.5. */
export function amaUnits(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  const full = Math.floor(minutes / 15);
  return full + (minutes - full * 15 > 7.5 ? 1 : 0);
}

export type CodeMinutes = { code: string; minutes: number };
export type CodeUnits = { code: string; minutes: number; units: number };

/**
 * The CMS split of the day's units across its timed codes: every code gets one unit per full 15 minutes
 * (a service of 15 minutes or more gets at least one unit, 30 or more at least two), and the units left
 * go to the codes with the most minutes left over. So two services of 7 minutes or less each, totalling
 * 8 or more, give 1 unit to the one with the most minutes. Ties go to the code listed first.
 */
export function cmsDistribution(services: readonly CodeMinutes[]): CodeUnits[] {
  const clean = services.map((s) => ({
    code: s.code,
    minutes: Number.isFinite(s.minutes) && s.minutes > 0 ? s.minutes : 0,
  }));
  const total = cmsUnits(clean.reduce((sum, s) => sum + s.minutes, 0));
  const out = clean.map((s) => ({ ...s, units: Math.floor(s.minutes / 15) }));
  let left = total - out.reduce((sum, s) => sum + s.units, 0);
  const byRemainder = out
    .map((s, index) => ({ index, remainder: s.minutes % 15 }))
    .filter((s) => s.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    out[index]!.units += 1;
    left -= 1;
  }
  return out;
}

/**
 * True when `billed` units per code are a CMS split of these minutes: the same total as cmsUnits, one
 * unit per full 15 minutes each, and the extra units on the codes with the most minutes left over
 * (any order among equal leftovers). Codes billed without minutes count as 0 minutes.
 */
export function isCmsSplit(services: readonly CodeMinutes[], billed: ReadonlyMap<string, number>): boolean {
  const minutes = new Map<string, number>();
  for (const s of services) {
    const m = Number.isFinite(s.minutes) && s.minutes > 0 ? s.minutes : 0;
    minutes.set(s.code, (minutes.get(s.code) ?? 0) + m);
  }
  for (const code of billed.keys()) if (!minutes.has(code)) minutes.set(code, 0);
  let total = 0;
  let billedTotal = 0;
  let lowestWithExtra = Infinity;
  let highestWithout = -1;
  for (const [code, m] of minutes) {
    total += m;
    const units = billed.get(code) ?? 0;
    billedTotal += units;
    const extra = units - Math.floor(m / 15);
    const remainder = m % 15;
    if (extra === 1) {
      if (remainder === 0) return false;
      lowestWithExtra = Math.min(lowestWithExtra, remainder);
    } else if (extra === 0) {
      highestWithout = Math.max(highestWithout, remainder);
    } else return false;
  }
  return (
    billedTotal === cmsUnits(total) && (lowestWithExtra === Infinity || lowestWithExtra >= highestWithout)
  );
}
