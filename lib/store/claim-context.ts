import type { ClaimDraft, Client, Practice, Session, Settings } from '../model';
import { matchClient } from './match';
import { getClient, listClientSummaries } from './clients';
import { getPractice, getSettings } from './profile';
import { getClientSessions } from './sessions';
import { ready } from './ready';

export type ClaimContext = { client?: Client; sessions: Session[]; practice?: Practice; settings: Settings };

/**
 * What the content script needs to check one claim, and nothing more: the client the patient matches
 * (by the client-list index, without reading every client record), that client's sessions only, the
 * practice and the settings. For the background to answer the content script's query; the page never
 * receives the whole list.
 */
export async function getClaimContext(patient: ClaimDraft['patient']): Promise<ClaimContext> {
  // The background may be the first to run after an update: answer from migrated records only.
  await ready();
  const [summaries, practice, settings] = await Promise.all([
    listClientSummaries(),
    getPractice(),
    getSettings(),
  ]);
  const match = matchClient(patient, summaries);
  const [client, sessions] = match
    ? await Promise.all([getClient(match.id), getClientSessions(match.id)])
    : [undefined, [] as Session[]];
  return { ...(client ? { client } : {}), sessions: client ? sessions : [], practice, settings };
}
