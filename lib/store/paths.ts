/**
 * Reading and writing a value at a history path (history.ts): `payer.memberId`,
 * `prescriptions[rx1].visitsAuthorized` (the item of a list of records with that id), `lines.0.units`
 * (a position). For merging two versions of a record field by field (sync conflicts, replica.ts).
 */
type Segment = { key: string } | { id: string };

export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (match[1] !== undefined) segments.push({ key: match[1] });
    else segments.push({ id: match[2]! });
  }
  return segments;
}

function step(container: unknown, segment: Segment): unknown {
  if ('id' in segment)
    return Array.isArray(container)
      ? container.find((item) => (item as { id?: unknown } | null)?.id === segment.id)
      : undefined;
  if (container === null || typeof container !== 'object') return undefined;
  return Object.hasOwn(container, segment.key)
    ? (container as Record<string, unknown>)[segment.key]
    : undefined;
}

export function getAt(value: unknown, path: string): unknown {
  return parsePath(path).reduce<unknown>((at, segment) => step(at, segment), value);
}

/**
 * A copy of `value` with `next` at `path` (`undefined` removes it: a field or a list item). Containers
 * missing on the way are made; a list item by id that is missing is added.
 */
export function setAt<T>(value: T, path: string, next: unknown): T {
  const segments = parsePath(path);
  const put = (at: unknown, i: number): unknown => {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if ('id' in segment) {
      const list = Array.isArray(at) ? [...(at as unknown[])] : [];
      const index = list.findIndex((item) => (item as { id?: unknown } | null)?.id === segment.id);
      const inner = last ? next : put(index >= 0 ? list[index] : { id: segment.id }, i + 1);
      if (inner === undefined) return index >= 0 ? list.filter((_, j) => j !== index) : list;
      if (index >= 0) list[index] = inner;
      else list.push(inner);
      return list;
    }
    if (Array.isArray(at) && /^\d+$/.test(segment.key)) {
      const list = [...at];
      const index = Number(segment.key);
      const inner = last ? next : put(list[index], i + 1);
      if (inner === undefined) list.splice(index, 1);
      else list[index] = inner;
      return list;
    }
    const object = at !== null && typeof at === 'object' && !Array.isArray(at) ? { ...(at as object) } : {};
    const inner = last ? next : put((object as Record<string, unknown>)[segment.key], i + 1);
    if (inner === undefined) delete (object as Record<string, unknown>)[segment.key];
    else (object as Record<string, unknown>)[segment.key] = inner;
    return object;
  };
  return segments.length ? (put(value, 0) as T) : (next as T);
}
