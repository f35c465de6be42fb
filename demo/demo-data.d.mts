import type { BackupDoc } from '../lib/store/backup';

/** Demo records dated relative to `now` (see demo-data.mjs). */
export function demoBackup(now: Date): BackupDoc;
