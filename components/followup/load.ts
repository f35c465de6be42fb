import type { Client, Practice, Session, Settings } from '../../lib/model';
import { getClients, getClientSessions, getSettings, listClientSummaries } from '../../lib/store';

export type FollowupRecords = {
  clients: Client[];
  sessions: Session[];
  settings: Settings;
  practice?: Practice;
};

/**
 * Every client and session, for the follow-up view (it looks across the whole practice). lib/store has
 * no "every session" read, so this goes client by client through its per-client index: one read for the
 * client list, one for the client records, two per client for their sessions, all in parallel.
 */
export async function loadFollowupRecords(): Promise<FollowupRecords> {
  const summaries = await listClientSummaries();
  const ids = summaries.map((s) => s.id);
  const [clients, settings, lists] = await Promise.all([
    getClients(ids),
    getSettings(),
    Promise.all(ids.map((id) => getClientSessions(id))),
  ]);
  return { clients, sessions: lists.flat(), settings };
}
