import * as z from 'zod/mini';
import { keyFromPassphrase, open, seal, type KeyInfo } from './crypto';
import { BackupError, exportBackup, parseBackup, type BackupDoc } from './backup';
import { readKeyInfo } from './io';
import { currentKey } from './unlock';

/**
 * Encrypted backups (DESIGN.md "Backups" and "Locking and encryption"). With a passphrase set, the
 * options page downloads the backup document sealed under the records' own key: AES-GCM over the whole
 * version-1 document, with how that key is derived from the passphrase (KDF, iterations, salt and the
 * check value, none of which helps to guess it) beside the ciphertext. Restoring it anywhere takes the
 * passphrase that was in force when it was made; on a computer that already holds that key (the same
 * practice, the passphrase not changed since) it opens without asking.
 *
 * The envelope is its own format, not a version of the backup: inside it is exactly a version-1 backup,
 * checked by `parseBackup` like a file in clear.
 */
export const SEALED_BACKUP_FORMAT = 'massage-billing-assistant/encrypted-backup';
export const SEALED_BACKUP_VERSION = 1;
/** The additional data the backup is sealed with: a record's ciphertext cannot pass for a backup. */
const SEALED_BACKUP_ID = 'backup';

const SealedSchema = z.object({ iv: z.string(), ct: z.string() });
export const SealedBackupSchema = z.object({
  format: z.literal(SEALED_BACKUP_FORMAT),
  version: z.literal(SEALED_BACKUP_VERSION),
  exportedAt: z.string(),
  key: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.int().check(z.minimum(1)),
    salt: z.string(),
    check: SealedSchema,
  }),
  backup: SealedSchema,
});
export type SealedBackup = z.infer<typeof SealedBackupSchema>;

/** The backup of every record, sealed with the records' key. Needs a passphrase set and the records unlocked. */
export async function exportSealedBackup(): Promise<SealedBackup> {
  const info = await readKeyInfo();
  if (!info) throw new BackupError('Set a passphrase first: an encrypted backup is sealed with it.');
  const key = await currentKey();
  if (!key) throw new BackupError('Unlock the records first (the popup asks for the passphrase).');
  const doc = await exportBackup();
  return {
    format: SEALED_BACKUP_FORMAT,
    version: SEALED_BACKUP_VERSION,
    exportedAt: doc.exportedAt,
    key: { kdf: info.kdf, iterations: info.iterations, salt: info.salt, check: info.check },
    backup: await seal(key, SEALED_BACKUP_ID, doc),
  };
}

/** The file name of an encrypted backup: `massage-billing-backup-2026-11-26-encrypted.json`. */
export function sealedBackupFileName(doc: Pick<SealedBackup, 'exportedAt'>): string {
  return `massage-billing-backup-${doc.exportedAt.slice(0, 10)}-encrypted.json`;
}

/**
 * The envelope, when `input` (a parsed document or its JSON text) is an encrypted backup; undefined for
 * anything else (a backup in clear, or not a backup: `parseBackup` says which). A file that says it is
 * an encrypted backup but does not fit the envelope is refused.
 */
export function readSealedBackup(input: unknown): SealedBackup | undefined {
  let doc = input;
  if (typeof input === 'string') {
    // Cheap before parsing 10 MB: an encrypted backup names its format near the top.
    if (!input.slice(0, 200).includes(SEALED_BACKUP_FORMAT)) return undefined;
    try {
      doc = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      throw new BackupError(
        'The file is damaged: it is an encrypted backup that is not valid JSON (it may have been cut off while copying). Export the backup again.',
      );
    }
  }
  if (!doc || typeof doc !== 'object' || (doc as { format?: unknown }).format !== SEALED_BACKUP_FORMAT)
    return undefined;
  const version = (doc as { version?: unknown }).version;
  if (typeof version === 'number' && version > SEALED_BACKUP_VERSION)
    throw new BackupError(
      `This file is an encrypted backup from a newer version of Massage Billing Assistant (version ${version}); update the extension first.`,
    );
  const parsed = SealedBackupSchema.safeParse(doc);
  if (!parsed.success)
    throw new BackupError(
      'This encrypted backup is damaged (its key or its contents are missing or malformed), so it cannot be opened. Export the backup again.',
    );
  return parsed.data;
}

/** Whether the records on this computer are under the key the backup was sealed with (no passphrase needed). */
export async function opensWithoutPassphrase(sealed: SealedBackup): Promise<boolean> {
  const info = await readKeyInfo();
  return Boolean(info && info.salt === sealed.key.salt && (await currentKey()));
}

/**
 * The backup inside the envelope, checked like any backup. The passphrase is needed unless this
 * computer's records are under the same key and unlocked. A wrong passphrase, or a file changed after
 * it was sealed, is refused and nothing changes.
 */
export async function openSealedBackup(sealed: SealedBackup, passphrase?: string): Promise<BackupDoc> {
  let key: CryptoKey | undefined;
  if (await opensWithoutPassphrase(sealed)) key = await currentKey();
  else if (passphrase) key = await keyFromPassphrase(passphrase, sealed.key as KeyInfo);
  if (!key)
    throw new BackupError(
      passphrase
        ? 'That is not the passphrase this backup was made with. It is the practice passphrase in force on the day of the backup (a later change of passphrase does not change old backups).'
        : 'This backup is encrypted: type the practice passphrase it was made with.',
    );
  let plain: unknown;
  try {
    plain = await open(key, SEALED_BACKUP_ID, sealed.backup);
  } catch {
    throw new BackupError(
      'This encrypted backup does not open with its passphrase: the file was changed or damaged after it was made. Use another copy.',
    );
  }
  return parseBackup(plain);
}
