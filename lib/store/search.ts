import { normaliseMemberId } from './match';
import type { ClientSummary } from './summary';

/**
 * The client search of the popup: precomputed once per list, so each keystroke is a scan of 2,000
 * short strings (well under a millisecond) and the list renders only the first matches.
 */
export type SearchIndex = { entries: ClientSummary[]; haystacks: string[] };

/** Entries must already be in display order (`listClientSummaries` sorts them). */
export function buildSearchIndex(entries: ClientSummary[]): SearchIndex {
  return { entries, haystacks: entries.map(haystackOf) };
}

function haystackOf(c: ClientSummary): string {
  const parts = [...nameForms(c.lastName), ...nameForms(c.firstName), c.phone.replace(/\D/g, '')];
  parts.push(normaliseMemberId(c.memberId).toLowerCase());
  const dob = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.birthDate);
  if (dob) {
    const [, y, m, d] = dob as unknown as [string, string, string, string];
    parts.push(
      c.birthDate,
      `${m}/${d}/${y}`,
      `${Number(m)}/${Number(d)}/${y}`,
      `${m}${d}${y}`,
      `${m}-${d}-${y}`,
    );
  }
  return ` ${parts.join(' ')} `;
}

/** "O'Brien-Núñez" as typed, without punctuation and split at it: o'brien-nunez obriennunez o brien nunez. */
function nameForms(name: string): string[] {
  const folded = fold(name);
  if (!/[^\p{L}\p{N}\s]/u.test(folded)) return [folded];
  return [folded, folded.replace(/[^\p{L}\p{N}\s]/gu, ''), folded.replace(/[^\p{L}\p{N}]+/gu, ' ')];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type SearchResult = { matches: ClientSummary[]; total: number };

/**
 * Clients matching every word of the query in their name, member id, phone or birth date (ISO,
 * MM/DD/YYYY, M/D/YYYY or MMDDYYYY). An empty query lists everyone. `limit` caps what is returned.
 */
export function searchClients(index: SearchIndex, query: string, limit = 50): SearchResult {
  const tokens = fold(query)
    .split(/[\s,]+/)
    .filter(Boolean)
    // Words match at the start of a name, id or date part: "jo" finds Jo and John, not Majors.
    .map((t) => ({ raw: ` ${t}`, compact: ` ${t.replace(/-/g, '')}` }));
  if (tokens.length === 0) {
    return { matches: index.entries.slice(0, limit), total: index.entries.length };
  }
  const matches: ClientSummary[] = [];
  let total = 0;
  const { haystacks, entries } = index;
  for (let i = 0; i < haystacks.length; i++) {
    const hay = haystacks[i]!;
    let ok = true;
    for (const t of tokens) {
      if (!hay.includes(t.raw) && !hay.includes(t.compact)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      total++;
      if (matches.length < limit) matches.push(entries[i]!);
    }
  }
  return { matches, total };
}
