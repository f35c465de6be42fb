import { storage } from 'wxt/utils/storage';
import {
  LAYOUT_VERSION,
  LEGACY_CLIENTS_KEY,
  local,
  PRACTICE_KEY,
  PRACTICE_VERSION,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from './keys';
import {
  convertV1Practice,
  convertV1Settings,
  looksCurrentPractice,
  looksCurrentSettings,
} from './legacy/v1';
import { moveLegacyClientsToRecords } from './legacy/move-records';

/**
 * The versioned storage items. WXT runs an item's migrations as soon as it is defined, in whichever
 * extension page or worker loads this module first; `runMigrations()` runs them again explicitly so a
 * failure reaches the UI instead of only the console (a failed migration changes nothing: WXT writes
 * the migrated value only after every step succeeded).
 */

/** The practice profile. v1 had one `npi`, an `ein` and `license`; v2 is the model's Practice. */
export const practiceItem = storage.defineItem<unknown>(local(PRACTICE_KEY), {
  version: PRACTICE_VERSION,
  migrations: {
    2: (v1: unknown) => (looksCurrentPractice(v1) ? v1 : convertV1Practice(v1)),
  },
});

/** The settings. v1 had `eightMinuteRule: boolean` and `filingDays`; v2 is the model's Settings. */
export const settingsItem = storage.defineItem<unknown>(local(SETTINGS_KEY), {
  version: SETTINGS_VERSION,
  migrations: {
    2: (v1: unknown) => (looksCurrentSettings(v1) ? v1 : convertV1Settings(v1)),
  },
});

/**
 * Layout v1 kept every client (with their referrals and visits) in this one array. Migration 2 moves
 * them to one key per record; the key then keeps only a small marker saying where they went.
 */
export const legacyClientsItem = storage.defineItem<unknown>(local(LEGACY_CLIENTS_KEY), {
  version: LAYOUT_VERSION,
  migrations: { 2: moveLegacyClientsToRecords },
});
