import { describePath, showValue, StoreError } from './errors';

/**
 * Three-way merge by field, for two windows saving one record (DESIGN.md: "data survives two windows
 * editing at once"). `base` is the record as the editor loaded it, `mine` what it saves, `theirs` what
 * is stored now. A field only one side changed takes that side's value; a field both changed to the
 * same value is that value; a field both changed differently is a conflict, reported with both values.
 * Objects merge key by key; lists of records with ids merge by id; lists of the same length (a session's
 * lines) merge item by item; any other value is compared whole.
 */
export type Conflict = { path: (string | number)[]; mine: unknown; theirs: unknown };

export function merge3(
  base: unknown,
  mine: unknown,
  theirs: unknown,
): { merged: unknown; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const merged = mergeAt([], base, mine, theirs, conflicts);
  return { merged, conflicts };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (list: unknown[]) => list.every((x) => isRecord(x) && typeof x.id === 'string');

function mergeAt(
  path: (string | number)[],
  base: unknown,
  mine: unknown,
  theirs: unknown,
  conflicts: Conflict[],
): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    for (const key of keys) {
      const value = mergeAt([...path, key], base[key], mine[key], theirs[key], conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    if (hasIds(base) && hasIds(mine) && hasIds(theirs)) return mergeById(path, base, mine, theirs, conflicts);
    if (base.length === mine.length && base.length === theirs.length) {
      return base.map((b, i) => mergeAt([...path, i], b, mine[i], theirs[i], conflicts));
    }
  }
  conflicts.push({ path, mine, theirs });
  return theirs;
}

type WithId = Record<string, unknown> & { id: string };
/** Path segments naming a record of a list by its id (say nothing to a person; left out of messages). */
const ID = '#id:';

/** Lists of records with ids (prescriptions, visits): added on either side kept, edits merged by id. */
function mergeById(
  path: (string | number)[],
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  conflicts: Conflict[],
) {
  const index = (list: unknown[]) => new Map((list as WithId[]).map((x) => [x.id, x]));
  const b = index(base);
  const m = index(mine);
  const t = index(theirs);
  const out: unknown[] = [];
  for (const [id, theirsItem] of t) {
    if (!m.has(id) && b.has(id)) {
      // I deleted it; they kept it: deleted unless they also changed it.
      if (!same(theirsItem, b.get(id)))
        conflicts.push({ path: [...path, `${ID}${id}`], mine: undefined, theirs: theirsItem });
      continue;
    }
    out.push(
      m.has(id) ? mergeAt([...path, `${ID}${id}`], b.get(id), m.get(id), theirsItem, conflicts) : theirsItem,
    );
  }
  for (const [id, mineItem] of m) {
    if (t.has(id)) continue;
    if (!b.has(id))
      out.push(mineItem); // added by me
    else if (!same(mineItem, b.get(id)))
      conflicts.push({ path: [...path, `${ID}${id}`], mine: mineItem, theirs: undefined });
    // else: they deleted it and I did not change it: stays deleted
  }
  return out;
}

/**
 * A save refused because another window changed the same field since this one loaded the record.
 * Nothing was saved. `current` is the record as stored now (an editor that shows it and saves again
 * keeps its own values deliberately).
 */
export class ConflictError extends StoreError {
  override name = 'ConflictError';
  constructor(
    what: string,
    readonly conflicts: Conflict[],
    readonly current: unknown,
  ) {
    const fields = conflicts.map(
      (c) =>
        `${describePath(c.path.filter((p) => typeof p === 'number' || !p.startsWith(ID))) || 'the record'}: yours ${showValue(c.mine)}, saved in another window ${showValue(c.theirs)}`,
    );
    super(
      `Another window changed ${what} while you were editing it, so this was not saved: ${fields.join('; ')}. Check the values and save again to keep yours.`,
      fields,
    );
  }
}
