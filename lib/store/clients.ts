import type * as z from 'zod/mini';
import {
  ClientSchema,
  OtherVisitSchema,
  PrescriptionSchema,
  type Client,
  type OtherVisit,
  type Prescription,
} from '../model';
import { describeIssues, StoreError } from './errors';
import { readEntries, writeEntries } from './io';
import {
  ALL_CLIENT_SHARD_KEYS,
  clientKey,
  clientSessionsKey,
  clientShardKey,
  clientShardOf,
  dayIndexKey,
  sessionKey,
} from './keys';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { newId, readDay, readRecords, readShard, startMigrations, upsert, validate } from './stored';
import { encodeShard, IdListSchema, sortClients, summarize, type ClientSummary } from './summary';
import { ConflictError, merge3 } from './merge';

/**
 * Clients, with their prescriptions and visits to other providers nested in the client's record. Every
 * write validates first, runs under the cross-page write lock, re-reads what it changes, and writes the
 * record with the index entries it changes in one transaction.
 */

/** Every client's summary (the list, the search, `matchClient`), sorted by last then first name. */
export async function listClientSummaries(): Promise<ClientSummary[]> {
  startMigrations();
  const shards = await readEntries(ALL_CLIENT_SHARD_KEYS);
  const all: ClientSummary[] = [];
  for (const [key, value] of shards) {
    if (value === null) continue;
    for (const summary of readShard(key, value).values()) all.push(summary);
  }
  return sortClients(all);
}

export async function getClient(id: string): Promise<Client | undefined> {
  return (await getClients([id]))[0];
}

/** The clients with these ids that exist and are readable, in the order asked. */
export async function getClients(ids: readonly string[]): Promise<Client[]> {
  return readRecords(ClientSchema, clientKey, ids);
}

export type ClientInput = Omit<z.input<typeof ClientSchema>, 'id'> & { id?: string };
export type ClientPatch = Partial<
  Omit<Client, 'id' | 'address' | 'payer' | 'eligibility' | 'prescriptions' | 'otherVisits'>
> & {
  address?: Partial<Client['address']>;
  payer?: Partial<Client['payer']>;
  eligibility?: Partial<Client['eligibility']>;
};

export async function createClient(input: ClientInput): Promise<Client> {
  await ready();
  const client = validate(ClientSchema, { ...input, id: input.id || newId() }, 'the client');
  return withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(client.id));
    const entries = await readEntries([clientKey(client.id), shardKey]);
    if (entries.get(clientKey(client.id)) != null) {
      throw new StoreError(`Could not save the client: another client already has the id "${client.id}".`);
    }
    const shard = readShard(shardKey, entries.get(shardKey));
    shard.set(client.id, summarize(client));
    await writeEntries(
      new Map<string, unknown>([
        [clientKey(client.id), client],
        [shardKey, encodeShard(shard)],
        [clientSessionsKey(client.id), []],
      ]),
    );
    return client;
  });
}

/**
 * Changes only the given fields of a client (address, payer and eligibility merged field by field),
 * on the client as stored now: what another page saved meanwhile is kept. With `base` (the client as
 * the editor loaded it), a field another window changed differently refuses the save (ConflictError).
 */
export async function updateClient(id: string, patch: ClientPatch, base?: Client): Promise<Client> {
  const apply = (onto: Client) => ({
    ...onto,
    ...patch,
    address: { ...onto.address, ...patch.address },
    payer: { ...onto.payer, ...patch.payer },
    eligibility: { ...onto.eligibility, ...patch.eligibility },
  });
  return editClient(id, (current) =>
    base ? mergeOrRefuse('the client', base, apply(base), current) : apply(current),
  );
}

function mergeOrRefuse<T>(what: string, base: T, mine: T, current: T): T {
  const { merged, conflicts } = merge3(base, mine, current);
  if (conflicts.length) throw new ConflictError(what, conflicts, current);
  return merged as T;
}

export type PrescriptionInput = Omit<z.input<typeof PrescriptionSchema>, 'id'> & { id?: string };

/**
 * Adds the prescription, or replaces the one with its id; the client's other prescriptions are kept.
 * With `base` (the prescription as the editor loaded it), another window's edits to other fields of it
 * are kept, and the same field changed differently refuses the save (ConflictError, both values).
 */
export async function savePrescription(
  clientId: string,
  input: PrescriptionInput,
  base?: Prescription,
): Promise<Prescription> {
  const rx = validate(PrescriptionSchema, { ...input, id: input.id || newId() }, 'the prescription');
  let saved = rx;
  await editClient(clientId, (current) => {
    const stored = current.prescriptions.find((p) => p.id === rx.id);
    if (base && stored) saved = mergeOrRefuse('the prescription', base, rx, stored);
    return { ...current, prescriptions: upsert(current.prescriptions, saved) };
  });
  return saved;
}

export async function deletePrescription(clientId: string, rxId: string): Promise<void> {
  await editClient(clientId, (current) => ({
    ...current,
    prescriptions: current.prescriptions.filter((rx) => rx.id !== rxId),
  }));
}

export type OtherVisitInput = Omit<z.input<typeof OtherVisitSchema>, 'id'> & { id?: string };

export async function saveOtherVisit(clientId: string, input: OtherVisitInput): Promise<OtherVisit> {
  const visit = validate(OtherVisitSchema, { ...input, id: input.id || newId() }, 'the visit');
  await editClient(clientId, (current) => ({ ...current, otherVisits: upsert(current.otherVisits, visit) }));
  return visit;
}

export async function deleteOtherVisit(clientId: string, visitId: string): Promise<void> {
  await editClient(clientId, (current) => ({
    ...current,
    otherVisits: current.otherVisits.filter((v) => v.id !== visitId),
  }));
}

/** Removes the client, their sessions and their index entries, in one transaction. */
export async function deleteClient(id: string): Promise<void> {
  await ready();
  await withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(id));
    const listKey = clientSessionsKey(id);
    const first = await readEntries([shardKey, listKey]);
    const sessionIds = IdListSchema.safeParse(first.get(listKey) ?? []).data ?? [];
    const sessions = await readEntries(sessionIds.map(sessionKey));
    const dates = new Set<string>();
    for (const value of sessions.values()) {
      const date = (value as { date?: unknown } | null)?.date;
      if (typeof date === 'string') dates.add(date);
    }
    const days = await readEntries([...dates].map(dayIndexKey));
    const out = new Map<string, unknown>();
    const shard = readShard(shardKey, first.get(shardKey));
    shard.delete(id);
    out.set(shardKey, encodeShard(shard));
    const gone = new Set(sessionIds);
    for (const [key, value] of days)
      out.set(
        key,
        readDay(key, value).filter((e) => !gone.has(e.id)),
      );
    await writeEntries(out, [clientKey(id), listKey, ...sessionIds.map(sessionKey)]);
  });
}

async function editClient(id: string, change: (current: Client) => unknown): Promise<Client> {
  await ready();
  return withWriteLock(async () => {
    const shardKey = clientShardKey(clientShardOf(id));
    const entries = await readEntries([clientKey(id), shardKey]);
    const stored = entries.get(clientKey(id));
    if (stored == null)
      throw new StoreError('Could not save: this client no longer exists (deleted in another window?).');
    const current = ClientSchema.safeParse(stored);
    if (!current.success) {
      throw new StoreError(
        `Could not save: the stored client cannot be read (${describeIssues(current.error, stored)[0]}).`,
      );
    }
    const next = validate(ClientSchema, { ...(change(current.data) as object), id }, 'the client');
    const out = new Map<string, unknown>([[clientKey(id), next]]);
    const after = summarize(next);
    if (JSON.stringify(summarize(current.data)) !== JSON.stringify(after)) {
      const shard = readShard(shardKey, entries.get(shardKey));
      shard.set(id, after);
      out.set(shardKey, encodeShard(shard));
    }
    await writeEntries(out);
    return next;
  });
}
