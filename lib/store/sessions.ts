import type * as z from 'zod/mini';
import { SessionSchema, type Session } from '../model';
import { describeIssues, StoreError } from './errors';
import { readEntries, writeEntries } from './io';
import { clientKey, clientSessionsKey, DAY_INDEX_PREFIX, dayIndexKey, sessionKey } from './keys';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { newId, readDay, readIdList, readRecords, startMigrations, validate, withId } from './stored';
import { dayEntryOf, withDayEntry, type DayEntry } from './summary';
import { ConflictError, merge3 } from './merge';

/**
 * Sessions: one record each, with two small indexes kept beside them (the day's list, the client's
 * list of ids). A save writes the record and the index entries it changes in one transaction, the same
 * few documents whatever the store holds.
 */

export async function getSession(id: string): Promise<Session | undefined> {
  return (await getSessions([id]))[0];
}

export async function getSessions(ids: readonly string[]): Promise<Session[]> {
  return readRecords(SessionSchema, sessionKey, ids);
}

/** The day's list as the popup shows it (one read; entries in the order the sessions were added). */
export async function getDayEntries(date: string): Promise<DayEntry[]> {
  startMigrations();
  const key = dayIndexKey(date);
  return readDay(key, (await readEntries([key])).get(key)).filter((e) => e.date === date);
}

/** The sessions on one date (today's list), in the order they were added. */
export async function getSessionsOn(date: string): Promise<Session[]> {
  const ids = (await getDayEntries(date)).map((e) => e.id);
  return (await getSessions(ids)).filter((s) => s.date === date);
}

/** One client's sessions, oldest first. */
export async function getClientSessions(clientId: string): Promise<Session[]> {
  startMigrations();
  const key = clientSessionsKey(clientId);
  const ids = readIdList((await readEntries([key])).get(key));
  return (await getSessions(ids)).filter((s) => s.clientId === clientId).sort(bySessionDate);
}

export function bySessionDate(a: Session, b: Session): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export type SessionInput = Omit<z.input<typeof SessionSchema>, 'id'> & { id?: string };
export type SessionPatch = Partial<Omit<Session, 'id'>>;

export async function createSession(input: SessionInput): Promise<Session> {
  await ready();
  const session = validate(SessionSchema, { ...input, id: input.id || newId() }, 'the session');
  return withWriteLock(async () => {
    const dayKey = dayIndexKey(session.date);
    const listKey = clientSessionsKey(session.clientId);
    const entries = await readEntries([clientKey(session.clientId), sessionKey(session.id), dayKey, listKey]);
    if (entries.get(clientKey(session.clientId)) == null) {
      throw new StoreError(
        'Could not save the session: its client no longer exists (deleted in another window?).',
      );
    }
    if (entries.get(sessionKey(session.id)) != null) {
      throw new StoreError(`Could not save the session: another session already has the id "${session.id}".`);
    }
    await writeEntries(
      new Map<string, unknown>([
        [sessionKey(session.id), session],
        [dayKey, withDayEntry(readDay(dayKey, entries.get(dayKey)), dayEntryOf(session))],
        [listKey, withId(readIdList(entries.get(listKey)), session.id)],
      ]),
    );
    return session;
  });
}

/**
 * Changes only the given fields of a session, on the session as stored now. With `base` (the session
 * as the editor loaded it), what another window saved meanwhile is merged field by field (merge.ts):
 * a field both changed differently refuses the save with a ConflictError showing both values. The
 * day's index is rewritten when what it shows changes (a new date moves the entry); a move to another
 * client rewrites both clients' lists.
 */
export async function updateSession(id: string, patch: SessionPatch, base?: Session): Promise<Session> {
  await ready();
  return withWriteLock(async () => {
    const stored = (await readEntries([sessionKey(id)])).get(sessionKey(id));
    if (stored == null)
      throw new StoreError('Could not save: this session no longer exists (deleted in another window?).');
    const current = SessionSchema.safeParse(stored);
    if (!current.success) {
      throw new StoreError(
        `Could not save: the stored session cannot be read (${describeIssues(current.error, stored)[0]}).`,
      );
    }
    const before = current.data;
    let wanted: unknown = { ...before, ...patch, id };
    if (base) {
      const { merged, conflicts } = merge3(base, { ...base, ...patch, id }, before);
      if (conflicts.length) throw new ConflictError('the session', conflicts, before);
      wanted = merged;
    }
    const next = validate(SessionSchema, wanted, 'the session');
    const out = new Map<string, unknown>([[sessionKey(id), next]]);
    const moved = next.clientId !== before.clientId;
    const dayChanged = JSON.stringify(dayEntryOf(next)) !== JSON.stringify(dayEntryOf(before));
    const indexKeys: string[] = [];
    if (dayChanged) indexKeys.push(dayIndexKey(before.date), dayIndexKey(next.date));
    if (moved) {
      indexKeys.push(
        clientSessionsKey(before.clientId),
        clientSessionsKey(next.clientId),
        clientKey(next.clientId),
      );
    }
    if (indexKeys.length) {
      const entries = await readEntries(indexKeys);
      if (moved && entries.get(clientKey(next.clientId)) == null) {
        throw new StoreError('Could not save the session: the client it was moved to does not exist.');
      }
      if (dayChanged) {
        const oldKey = dayIndexKey(before.date);
        const newKey = dayIndexKey(next.date);
        if (oldKey !== newKey)
          out.set(
            oldKey,
            readDay(oldKey, entries.get(oldKey)).filter((e) => e.id !== id),
          );
        out.set(newKey, withDayEntry(readDay(newKey, entries.get(newKey)), dayEntryOf(next)));
      }
      if (moved) {
        const from = clientSessionsKey(before.clientId);
        const to = clientSessionsKey(next.clientId);
        out.set(
          from,
          readIdList(entries.get(from)).filter((s) => s !== id),
        );
        out.set(to, withId(readIdList(entries.get(to)), id));
      }
    }
    await writeEntries(out);
    return next;
  });
}

export async function deleteSession(id: string): Promise<void> {
  await ready();
  await withWriteLock(async () => {
    const stored = (await readEntries([sessionKey(id)])).get(sessionKey(id)) as Partial<Session> | null;
    if (stored == null) return;
    const keys: string[] = [];
    if (typeof stored.date === 'string') keys.push(dayIndexKey(stored.date));
    if (typeof stored.clientId === 'string') keys.push(clientSessionsKey(stored.clientId));
    const out = new Map<string, unknown>();
    for (const [key, value] of await readEntries(keys)) {
      out.set(
        key,
        key.startsWith(DAY_INDEX_PREFIX)
          ? readDay(key, value).filter((e) => e.id !== id)
          : readIdList(value).filter((s) => s !== id),
      );
    }
    await writeEntries(out, [sessionKey(id)]);
  });
}
