import * as z from 'zod/mini';
import { ClientSchema, PracticeSchema, SessionSchema, SettingsSchema } from '../model';
import { describeIssue, describePath, showValue } from './errors';
import { readAllEntries, readAllKeys, writeEntries } from './io';
import { META_PREFIX } from './keys';
import { buildProfileEntries, buildRecordEntries, recordsIn } from './layout';
import { HISTORY_PREFIX } from './history';
import { lineOfJsonPath } from './json-locate';
import { withWriteLock } from './lock';
import { ready } from './ready';
import { firstUnknownField } from './strict';
import { displayName, sortClients, summarize } from './summary';

/**
 * Backups (DESIGN.md, "Backups"): one JSON document holding the practice, the settings, every client
 * and every session. Import refuses anything that does not fit its version's shape exactly (a field
 * it does not know included) with a reason a person can act on, changing nothing; a restore replaces
 * the stored records in one transaction.
 *
 * Versions: 1 is the only shape so far, `{ format, version: 1, exportedAt, practice, settings,
 * clients, sessions }` in the model's shapes. A later shape gets the next number and a converter from
 * every earlier one in `BACKUP_CONVERTERS` (the machinery is tested with test-only converters).
 */
export const BACKUP_FORMAT = 'massage-billing-assistant/backup';
export const BACKUP_VERSION = 1;

/** `BACKUP_CONVERTERS[n]` turns a version n document into version n + 1. None yet. */
export type BackupConverters = Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
>;
export const BACKUP_CONVERTERS: BackupConverters = {};

/** A document of version `from` brought to version `to`, one converter at a time. */
export function convertBackup(
  doc: Record<string, unknown>,
  from: number,
  to: number,
  converters: BackupConverters,
): Record<string, unknown> {
  let current = doc;
  for (let v = from; v < to; v++) {
    const convert = converters[v];
    if (!convert) throw new BackupError(`Backups of version ${v} cannot be read by this version.`);
    current = { ...convert(current), version: v + 1 };
  }
  return current;
}
/** Larger than any real practice's backup (2,000 clients and 20,000 sessions make about 10 MB). */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;

export const BackupDocSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  practice: PracticeSchema,
  settings: SettingsSchema,
  clients: z.array(ClientSchema),
  sessions: z.array(SessionSchema),
});
export type BackupDoc = z.infer<typeof BackupDocSchema>;

/** A refused import. `message` is the first reason; `problems` lists up to 20. Nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
}

// ------------------------------------------------------------------------------------------------
// Export

/** Every stored record, in the current backup format, clients by name and sessions by date. */
export async function exportBackup(): Promise<BackupDoc> {
  await ready();
  const all = await readAllEntries();
  const { clients, sessions } = recordsIn(all);
  const order = new Map(sortClients(clients.map(summarize)).map((c, i) => [c.id, i]));
  clients.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    practice: PracticeSchema.safeParse(all.get('practice') ?? {}).data ?? PracticeSchema.parse({}),
    settings: SettingsSchema.safeParse(all.get('settings') ?? {}).data ?? SettingsSchema.parse({}),
    clients,
    sessions,
  };
}

/** The file name a download of this backup gets: `massage-billing-backup-2026-11-26.json`. */
export function backupFileName(doc: Pick<BackupDoc, 'exportedAt'>): string {
  return `massage-billing-backup-${doc.exportedAt.slice(0, 10)}.json`;
}

// ------------------------------------------------------------------------------------------------
// Import

/** Checks and converts a backup (an object or its JSON text) without touching the store. */
export function parseBackup(input: unknown): BackupDoc {
  const text = typeof input === 'string' ? input : undefined;
  const doc = text === undefined ? input : parseJsonText(text);

  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new BackupError(
      `This is not a Massage Billing Assistant backup (the file holds ${kindOf(doc)}, not a backup document).`,
    );
  }
  const record = doc as Record<string, unknown>;
  if (!('format' in record)) {
    throw new BackupError('This is not a Massage Billing Assistant backup (no format field).');
  }
  if (record.format !== BACKUP_FORMAT) {
    throw new BackupError(
      `This is not a Massage Billing Assistant backup (its format is ${showValue(record.format)}, expected "${BACKUP_FORMAT}").`,
    );
  }
  const version = record.version;
  if (version === undefined) {
    throw new BackupError('This backup has no version number; the file may have been edited or damaged.');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError(
      `This backup's version (${showValue(version)}) is not a version number; the file may be damaged.`,
    );
  }
  if (version > BACKUP_VERSION) {
    throw new BackupError(
      `This file is a backup from a newer version of Massage Billing Assistant (version ${version}); update the extension first.`,
    );
  }
  const current = convertBackup(record, version, BACKUP_VERSION, BACKUP_CONVERTERS);
  const parsed = BackupDocSchema.safeParse(current);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => locate(issue, current, text, version));
    throw new BackupError(problems[0]!, problems);
  }
  // zod drops fields it does not know; a backup that has one is not the shape it claims to be.
  const unknown = firstUnknownField(current, parsed.data);
  if (unknown) {
    const issue = { code: 'custom', path: unknown, message: 'is not a field of this kind of record' };
    throw new BackupError(locate(issue as z.core.$ZodIssue, current, text, version));
  }
  checkReferences(parsed.data, text);
  return parsed.data;
}

/** Restores a backup: the stored practice, settings, clients and sessions become the backup's. */
export async function importBackup(input: unknown, onProgress?: (p: RestoreProgress) => void): Promise<void> {
  await restoreBackup(parseBackup(input), onProgress);
}

/** How far a restore is, for the options page's progress bar. */
export type RestoreProgress = {
  step: 'checking' | 'preparing' | 'writing' | 'done';
  done: number;
  of: number;
};

/**
 * Replaces the stored records with the backup's: the new records and the removal of every record the
 * backup does not hold go in one `bulkDocs`, one IndexedDB transaction, which the browser commits whole
 * or not at all. Interrupted at any point (the worker stopped, the tab closed, the disk full), the
 * store holds the old records or the new ones, never a mix.
 */
export async function restoreBackup(
  backup: BackupDoc,
  onProgress?: (p: RestoreProgress) => void,
): Promise<void> {
  const total = backup.clients.length + backup.sessions.length;
  onProgress?.({ step: 'checking', done: 0, of: total });
  const doc = BackupDocSchema.parse(backup);
  await ready();
  await withWriteLock(async () => {
    onProgress?.({ step: 'preparing', done: 0, of: total });
    const entries = buildRecordEntries(doc.clients, doc.sessions);
    for (const [key, value] of buildProfileEntries(doc.practice, doc.settings)) entries.set(key, value);
    // The history of a record the backup holds stays (it tells what happened before the restore too);
    // that of a record the restore removes goes with it.
    const kept = (key: string) =>
      key.startsWith(META_PREFIX) ||
      entries.has(key) ||
      (key.startsWith(HISTORY_PREFIX) && entries.has(key.slice(HISTORY_PREFIX.length)));
    const stale = (await readAllKeys()).filter((key) => !kept(key));
    onProgress?.({ step: 'writing', done: 0, of: total });
    await writeEntries(entries, stale, { history: false });
    onProgress?.({ step: 'done', done: total, of: total });
  });
}

/** What the options page shows before asking to replace: counts, date and practice name. */
export function summarizeBackup(doc: BackupDoc): {
  clients: number;
  sessions: number;
  exportedAt: string;
  practice: string;
} {
  return {
    clients: doc.clients.length,
    sessions: doc.sessions.length,
    exportedAt: doc.exportedAt,
    practice: doc.practice.name,
  };
}

// ------------------------------------------------------------------------------------------------
// Helpers

/** Refuses a file by its size alone, before reading it (what the options page calls first). */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_CHARS) {
    throw new BackupError(
      `This file is too large to be a backup (${Math.round(bytes / 1024 / 1024)} MB; a backup of a large practice is about 10 MB). Check that you chose the right file.`,
    );
  }
}

function parseJsonText(raw: string): unknown {
  checkBackupSize(raw.length);
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new BackupError('The file is empty: it holds no backup.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/end of (JSON )?input|Unterminated|unexpected end/i.test(message) || looksTruncated(text)) {
      throw new BackupError(
        'The file ends too early: it is not a complete backup (it may have been cut off while copying or downloading). Export the backup again.',
      );
    }
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new BackupError(
      `The file is damaged: it is not valid JSON${line ? ` (line ${line})` : ''}, so it cannot be a backup. Export the backup again.`,
    );
  }
}

/** A JSON text whose brackets never close was cut short. */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth > 0 || inString;
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value;
}

/** "Line 48: client 3 (Doe, Jane), birth date: "1980-13-45" is not a valid date (YYYY-MM-DD)". */
function locate(issue: z.core.$ZodIssue, doc: unknown, text: string | undefined, version: number): string {
  const path = issue.path as (string | number)[];
  const root = doc as Record<string, unknown>;
  const [top, index, ...rest] = path;
  let subject: string;
  let detail: string;
  if ((top === 'clients' || top === 'sessions') && typeof index === 'number') {
    const list = root[top] as unknown[];
    const entry = list[index];
    subject =
      top === 'clients'
        ? `client ${index + 1}${nameOf(entry)}`
        : `session ${index + 1}${sessionLabel(entry)}`;
    detail = rest.length
      ? describeIssue({ ...issue, path: rest }, entry)
      : `${showValue(entry)} is not a ${top === 'clients' ? 'client' : 'session'}`;
  } else if (top === 'practice' || top === 'settings') {
    subject = top === 'practice' ? 'the practice profile' : 'the settings';
    detail =
      index === undefined
        ? describeIssue({ ...issue, path: [] }, root[top])
        : describeIssue({ ...issue, path: path.slice(1) }, root[top]);
  } else {
    subject = describePath(path) || 'the backup';
    detail = describeIssue({ ...issue, path: [] }, top === undefined ? doc : root[String(top)]);
  }
  // Line numbers point into the file the person chose; a v1 file's paths differ from the migrated ones.
  const line = text && version === BACKUP_VERSION ? lineOfJsonPath(text, path) : undefined;
  const sentence = `${capitalise(subject)}, ${detail}`;
  return line ? `Line ${line}: ${sentence}` : sentence;
}

function nameOf(entry: unknown): string {
  if (!entry || typeof entry !== 'object') return '';
  const e = entry as { lastName?: unknown; firstName?: unknown };
  if (typeof e.lastName !== 'string' && typeof e.firstName !== 'string') return '';
  return ` (${displayName({ lastName: String(e.lastName ?? ''), firstName: String(e.firstName ?? '') })})`;
}

function sessionLabel(entry: unknown): string {
  if (!entry || typeof entry !== 'object') return '';
  const date = (entry as { date?: unknown }).date;
  return typeof date === 'string' && date ? ` (${date})` : '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ids must be unique and every session must belong to a client of the backup. */
function checkReferences(doc: BackupDoc, text: string | undefined): void {
  const problems: string[] = [];
  const at = (path: (string | number)[]) => {
    const line = text ? lineOfJsonPath(text, path) : undefined;
    return line ? `Line ${line}: ` : '';
  };
  const clientIndex = new Map<string, number>();
  doc.clients.forEach((client, i) => {
    const first = clientIndex.get(client.id);
    if (first !== undefined) {
      problems.push(
        `${at(['clients', i, 'id'])}Clients ${first + 1} and ${i + 1} have the same id ${showValue(client.id)}; every client needs its own id.`,
      );
    } else clientIndex.set(client.id, i);
  });
  const sessionIndex = new Map<string, number>();
  doc.sessions.forEach((session, i) => {
    const first = sessionIndex.get(session.id);
    if (first !== undefined) {
      problems.push(
        `${at(['sessions', i, 'id'])}Sessions ${first + 1} and ${i + 1} have the same id ${showValue(session.id)}; every session needs its own id.`,
      );
    } else sessionIndex.set(session.id, i);
    if (!clientIndex.has(session.clientId)) {
      problems.push(
        `${at(['sessions', i, 'clientId'])}Session ${i + 1} (${session.date}) belongs to client ${showValue(session.clientId)}, who is not in the backup.`,
      );
    }
  });
  if (problems.length) throw new BackupError(problems[0]!, problems.slice(0, 20));
}
