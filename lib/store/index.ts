/**
 * The practice's records in their database (PouchDB on IndexedDB, db.ts). See README.md for the
 * layout, the API and the reasons behind them.
 */
export * from './profile';
export * from './clients';
export * from './sessions';
export { loadPopupStart, type PopupStart } from './popup-start';
export { unreadableRecords } from './stored';
export { watchRecords, decodeChange, type RecordsChange } from './watch';
export { ready, runMigrations, currentMigrationProblem } from './ready';
export { StoreError } from './errors';
export {
  lock,
  lockState,
  setPassphrase,
  unlock,
  failedUnlocks,
  MIN_PASSPHRASE_LENGTH,
  type LockState,
} from './passphrase';
export { isRecordsLockedError, RecordsLockedError, watchKey } from './unlock';
export { AUTO_LOCK_ALARM, lockIfIdle } from './auto-lock';
export { ConflictError, merge3, type Conflict } from './merge';
export { matchClient, normaliseMemberId, normaliseName, type MatchableClient } from './match';
export { buildSearchIndex, searchClients, type SearchIndex, type SearchResult } from './search';
export { getClaimContext, type ClaimContext } from './claim-context';
export {
  getClientHistory,
  getPracticeHistory,
  getSessionHistory,
  getSettingsHistory,
} from './record-history';
export {
  computerName,
  currentPerson,
  setComputerName,
  setCurrentPerson,
  setStaffNames,
  staffNames,
  type HistoryChange,
  type HistoryEntry,
} from './history';
export { type ClientSummary, type DayEntry, displayName, summarize } from './summary';
