import type { ClaimDraft } from '../model';

/** What `matchClient` reads of a client: a full Client or a ClientSummary both fit. */
export type MatchableClient = {
  firstName?: string;
  lastName?: string;
  birthDate?: string;
  payer?: { memberId?: string };
  memberId?: string;
};

/** Member ids compare case-, space- and dash-insensitively ("abc 123-45" is "ABC12345"). */
export function normaliseMemberId(value: string | undefined): string {
  return (value ?? '').toUpperCase().replace(/[\s-]+/g, '');
}

/** Names compare without case, accents, spaces or punctuation ("O'Brien-Núñez" is "obriennunez"). */
export function normaliseName(value: string | undefined): string {
  return (value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const memberIdOf = (c: MatchableClient) => normaliseMemberId(c.payer?.memberId ?? c.memberId);

/**
 * The saved client a claim's patient is, or undefined when none (or more than one, equally) fits.
 * Member id first (normalised); when it matches nobody, last name and birth date; the first name breaks
 * a tie (same name, or one is the other's initial or prefix). Pure: the content script's background
 * query and the popup both use it.
 */
export function matchClient<T extends MatchableClient>(
  patient: ClaimDraft['patient'],
  clients: readonly T[],
): T | undefined {
  const memberId = normaliseMemberId(patient.memberId);
  if (memberId) {
    const byMember = clients.filter((c) => memberIdOf(c) === memberId);
    if (byMember.length === 1) return byMember[0];
    if (byMember.length > 1) return narrow(patient, byMember, true);
  }
  const lastName = normaliseName(patient.lastName);
  if (!lastName || !patient.birthDate) return undefined;
  const byNameAndBirth = clients.filter(
    (c) => normaliseName(c.lastName) === lastName && (c.birthDate ?? '') === patient.birthDate,
  );
  return narrow(patient, byNameAndBirth, false);
}

/** Among candidates, the single one the remaining fields point to (family members share member ids). */
function narrow<T extends MatchableClient>(
  patient: ClaimDraft['patient'],
  candidates: T[],
  byMemberId: boolean,
): T | undefined {
  let pool = candidates;
  if (byMemberId) {
    const lastName = normaliseName(patient.lastName);
    if (lastName) pool = keepIfAny(pool, (c) => normaliseName(c.lastName) === lastName);
    if (patient.birthDate) pool = keepIfAny(pool, (c) => c.birthDate === patient.birthDate);
  }
  if (pool.length === 1) return pool[0];
  const first = normaliseName(patient.firstName);
  if (!first) return undefined;
  const exact = pool.filter((c) => normaliseName(c.firstName) === first);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const prefix = pool.filter((c) => {
    const theirs = normaliseName(c.firstName);
    return theirs !== '' && (theirs.startsWith(first) || first.startsWith(theirs));
  });
  return prefix.length === 1 ? prefix[0] : undefined;
}

function keepIfAny<T>(list: T[], keep: (item: T) => boolean): T[] {
  const kept = list.filter(keep);
  return kept.length ? kept : list;
}
