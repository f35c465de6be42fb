import { samplePractice, sampleSettings } from '../../../lib/store/testing/generate';

/**
 * A version 1 backup (DESIGN.md's shape) of these records, with the sample settings and, unless one is
 * given (`{}` for a practice that has not filled in its profile yet), the sample practice.
 */
export function backupOf(records: { practice?: object; clients?: unknown[]; sessions?: unknown[] }) {
  return {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    practice: records.practice ?? samplePractice(),
    settings: sampleSettings(),
    clients: records.clients ?? [],
    sessions: records.sessions ?? [],
  };
}
