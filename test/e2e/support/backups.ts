import { samplePractice, sampleSettings } from '../../../lib/store/testing/generate';

/** A version 1 backup (DESIGN.md's shape) of these records, with the sample practice and settings. */
export function backupOf(records: { clients: unknown[]; sessions: unknown[] }) {
  return {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    practice: samplePractice(),
    settings: sampleSettings(),
    ...records,
  };
}
