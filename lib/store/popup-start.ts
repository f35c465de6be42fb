import { PracticeSchema, SettingsSchema, type Practice, type Settings } from '../model';
import { listClientSummaries } from './clients';
import { readEntries } from './io';
import { ALL_CLIENT_SHARD_KEYS, dayIndexKey, PRACTICE_KEY, SETTINGS_KEY, STORE_VERSION_KEY } from './keys';
import { getPractice, getSettings } from './profile';
import { adoptVersionCheck, ready } from './ready';
import { getDayEntries } from './sessions';
import { parseStored, readDay, readShard } from './stored';
import { sortClients, type ClientSummary, type DayEntry } from './summary';

export type PopupStart = {
  summaries: ClientSummary[];
  today: DayEntry[];
  practice: Practice;
  settings: Settings;
};

/**
 * Everything the popup's first screen shows in one read of the database: the client list, the day's
 * index (which carries what the day's list shows of each session), the practice, the settings and the
 * store's version. (Each round trip costs several milliseconds while the browser opens the popup.)
 */
export async function loadPopupStart(today: string): Promise<PopupStart> {
  const dayKey = dayIndexKey(today);
  const first = await readEntries([
    ...ALL_CLIENT_SHARD_KEYS,
    dayKey,
    PRACTICE_KEY,
    SETTINGS_KEY,
    STORE_VERSION_KEY,
  ]);
  if (adoptVersionCheck(first)) {
    // An older build's records: move them first (rare: once after an update), then read normally.
    await ready();
    const [summaries, day, practice, settings] = await Promise.all([
      listClientSummaries(),
      getDayEntries(today),
      getPractice(),
      getSettings(),
    ]);
    return { summaries, today: day, practice, settings };
  }
  const summaries: ClientSummary[] = [];
  for (const key of ALL_CLIENT_SHARD_KEYS) {
    const value = first.get(key);
    if (value == null) continue;
    for (const summary of readShard(key, value).values()) summaries.push(summary);
  }
  return {
    summaries: sortClients(summaries),
    today: readDay(dayKey, first.get(dayKey)).filter((e) => e.date === today),
    practice: parseStored(PracticeSchema, PRACTICE_KEY, first.get(PRACTICE_KEY)) ?? PracticeSchema.parse({}),
    settings: parseStored(SettingsSchema, SETTINGS_KEY, first.get(SETTINGS_KEY)) ?? SettingsSchema.parse({}),
  };
}
