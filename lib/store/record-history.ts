import { HistorySchema, historyKey, type HistoryEntry } from './history';
import { readEntries } from './io';
import { clientKey, PRACTICE_KEY, sessionKey, SETTINGS_KEY } from './keys';

/** A record's history, newest first (empty for a record that was never edited since history began). */
async function historyOf(recordKey: string): Promise<HistoryEntry[]> {
  const stored = (await readEntries([historyKey(recordKey)])).get(historyKey(recordKey));
  return [...(HistorySchema.safeParse(stored).data ?? [])].reverse();
}

export const getClientHistory = (clientId: string) => historyOf(clientKey(clientId));
export const getSessionHistory = (sessionId: string) => historyOf(sessionKey(sessionId));
export const getPracticeHistory = () => historyOf(PRACTICE_KEY);
export const getSettingsHistory = () => historyOf(SETTINGS_KEY);
