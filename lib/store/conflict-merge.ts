import { diffRecords, MAX_HISTORY_ENTRIES, type HistoryEntry } from './history';
import { getAt, setAt } from './paths';

/**
 * Two computers edited one record while apart (DESIGN.md "Sync"): CouchDB's replication keeps both
 * versions and picks one as the winner; this decides the record's content. PouchDB keeps no body of the
 * common ancestor, so what each side changed is read from the record's history, which replicates with it
 * (both sides' entries, merged): for every field where the versions differ, the version whose value the
 * latest history entry touching that field set is kept. So edits to different fields are both kept, and
 * for one field edited on both, the later edit wins; the other value stays in the history, with a
 * `conflict` entry saying so. A field no entry explains keeps the winner's value, with a conflict entry
 * holding the other: nothing is dropped silently.
 */
export function mergeConflict(
  winner: unknown,
  losers: readonly unknown[],
  histories: readonly (readonly HistoryEntry[])[],
  who: Pick<HistoryEntry, 'by' | 'person'>,
  at: string,
): { merged: unknown; history: HistoryEntry[] } {
  const history = unionHistory(histories);
  const conflicts: HistoryEntry[] = [];
  let merged = winner;
  for (const loser of losers) {
    const lost: { path: string; from?: unknown; to?: unknown }[] = [];
    for (const change of diffRecords(merged, loser)) {
      const mine = getAt(merged, change.path);
      const theirs = getAt(loser, change.path);
      const setters = history.filter((e) => e.changes.some((c) => touches(c.path, change.path)));
      const latest = setters.at(-1);
      const setsTheirs = latest && setsValue(latest, change.path, theirs);
      if (setsTheirs) merged = setAt(merged, change.path, theirs);
      // Both sides set this field (or nobody's entry explains the difference): keep the other value.
      const bothSet =
        setters.some((e) => setsValue(e, change.path, mine)) &&
        setters.some((e) => setsValue(e, change.path, theirs));
      if (bothSet || !latest)
        lost.push({
          path: change.path,
          ...(setsTheirs ? { from: mine } : { from: theirs }),
          to: setsTheirs ? theirs : mine,
        });
    }
    if (lost.length)
      conflicts.push({
        at,
        ...who,
        action: 'conflict',
        changes: lost.map((c) => ({
          path: c.path,
          ...(c.from === undefined ? {} : { from: c.from }),
          ...(c.to === undefined ? {} : { to: c.to }),
        })),
        note: 'Edited on two computers while apart: the later edit was kept; the value it replaced is shown here.',
      });
  }
  return { merged, history: [...history, ...conflicts].slice(-MAX_HISTORY_ENTRIES) };
}

/** Every entry of every version of the history, once, in time order. */
export function unionHistory(histories: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const seen = new Map<string, HistoryEntry>();
  for (const list of histories) for (const entry of list) seen.set(JSON.stringify(entry), entry);
  return [...seen.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** One path is the other, or inside it (`payer` and `payer.memberId`; `rx[r1]` and `rx[r1].visits`). */
function touches(a: string, b: string): boolean {
  const inside = (outer: string, inner: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}

/** Whether the entry left `value` at `path` (read from what it wrote there, whole or nested). */
function setsValue(entry: HistoryEntry, path: string, value: unknown): boolean {
  return entry.changes.some((c) => {
    if (!touches(c.path, path)) return false;
    const written =
      c.path === path
        ? c.to
        : path.startsWith(c.path)
          ? getAt(c.to, path.slice(c.path.length).replace(/^\./, ''))
          : undefined;
    return JSON.stringify(written) === JSON.stringify(value);
  });
}
