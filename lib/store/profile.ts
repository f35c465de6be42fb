import { PracticeSchema, SettingsSchema, type Practice, type Settings } from '../model';
import { readEntries, writeEntries } from './io';
import { PRACTICE_KEY, SETTINGS_KEY } from './keys';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { parseStored, validate } from './stored';
import { ConflictError, merge3 } from './merge';

/** With `base` (what the editor loaded), merges with what another window saved, or refuses. */
function merged<T>(what: string, base: T | undefined, mine: T, current: T): T {
  if (!base) return mine;
  const result = merge3(base, mine, current);
  if (result.conflicts.length) throw new ConflictError(what, result.conflicts, current);
  return result.merged as T;
}

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
export async function updatePractice(patch: PracticePatch, base?: Practice): Promise<Practice> {
  await ready();
  return withWriteLock(async () => {
    const current = await storedOrDefault(PRACTICE_KEY, PracticeSchema);
    const apply = (onto: Practice) => ({ ...onto, ...patch, address: { ...onto.address, ...patch.address } });
    const next = validate(
      PracticeSchema,
      merged('the practice profile', base, apply(base ?? current), current),
      'the practice profile',
    );
    await writeEntries({ [PRACTICE_KEY]: next });
    return next;
  });
}
export type PracticePatch = Partial<Omit<Practice, 'address'>> & { address?: Partial<Practice['address']> };

export async function updateSettings(patch: Partial<Settings>, base?: Settings): Promise<Settings> {
  await ready();
  return withWriteLock(async () => {
    const current = await storedOrDefault(SETTINGS_KEY, SettingsSchema);
    const next = validate(
      SettingsSchema,
      merged('the settings', base, { ...(base ?? current), ...patch }, current),
      'the settings',
    );
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
