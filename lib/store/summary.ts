import { z } from 'zod';
import type { Client } from '../model';

/**
 * What the client list, the search and `matchClient` need of a client, kept in the `idx:clients:*`
 * shards so the popup can open without reading every client record.
 */
export const ClientSummarySchema = z.object({
  id: z.string().min(1),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  birthDate: z.string().default(''),
  memberId: z.string().default(''),
  payerName: z.string().default(''),
  phone: z.string().default(''),
});
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

/** A shard: client id to summary. */
export const ClientShardSchema = z.record(z.string(), ClientSummarySchema);
export type ClientShard = z.infer<typeof ClientShardSchema>;

/** A list of session ids (`idx:day:*`, `idx:client-sessions:*`). */
export const IdListSchema = z.array(z.string().min(1));

export function summarize(client: Client): ClientSummary {
  return {
    id: client.id,
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: client.birthDate ?? '',
    memberId: client.payer.memberId,
    payerName: client.payer.name,
    phone: client.phone,
  };
}

/** "Doe, Jane" (or whichever part is known), as lists and messages show a client. */
export function displayName(client: { firstName?: string; lastName?: string }): string {
  const last = client.lastName?.trim() ?? '';
  const first = client.firstName?.trim() ?? '';
  if (last && first) return `${last}, ${first}`;
  return last || first || 'Unnamed client';
}

/** Sort order of every client list: last name, first name, then id for a stable order. */
export function compareClients(a: ClientSummary, b: ClientSummary): number {
  return (
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
const collator = new Intl.Collator('en', { sensitivity: 'base' });
