import { PracticeSchema, SettingsSchema, type Practice, type Settings } from '../model';
import { readEntries, writeEntries } from './io';
import { PRACTICE_KEY, SETTINGS_KEY } from './keys';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { parseStored, validate } from './stored';

/** The practice profile and the settings: one record each. */

export async function getPractice(): Promise<Practice> {
  await ready();
  const stored = (await readEntries([PRACTICE_KEY])).get(PRACTICE_KEY);
  return parseStored(PracticeSchema, PRACTICE_KEY, stored) ?? PracticeSchema.parse({});
}

export async function getSettings(): Promise<Settings> {
  await ready();
  const stored = (await readEntries([SETTINGS_KEY])).get(SETTINGS_KEY);
  return parseStored(SettingsSchema, SETTINGS_KEY, stored) ?? SettingsSchema.parse({});
}

/** Changes only the given fields of the practice profile (address merged field by field). */
export async function updatePractice(patch: PracticePatch): Promise<Practice> {
  await ready();
  return withWriteLock(async () => {
    const current = await storedOrDefault(PRACTICE_KEY, PracticeSchema);
    const next = validate(
      PracticeSchema,
      { ...current, ...patch, address: { ...current.address, ...patch.address } },
      'the practice profile',
    );
    await writeEntries({ [PRACTICE_KEY]: next });
    return next;
  });
}
export type PracticePatch = Partial<Omit<Practice, 'address'>> & { address?: Partial<Practice['address']> };

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  await ready();
  return withWriteLock(async () => {
    const current = await storedOrDefault(SETTINGS_KEY, SettingsSchema);
    const next = validate(SettingsSchema, { ...current, ...patch }, 'the settings');
    await writeEntries({ [SETTINGS_KEY]: next });
    return next;
  });
}

async function storedOrDefault<T>(
  key: string,
  schema: { safeParse(v: unknown): { data?: T }; parse(v: unknown): T },
): Promise<T> {
  const stored = (await readEntries([key])).get(key);
  return schema.safeParse(stored ?? {}).data ?? schema.parse({});
}
