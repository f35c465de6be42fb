import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { local } from './keys';
import { StoreError } from './errors';

/**
 * The NCCI procedure-to-procedure edits the practice loaded from a CMS quarterly practitioner file
 * (options page, "Code tables"). Absent: the rules use the built-in table (data/ncci-ptp-practitioner.tsv).
 * Only the rows for codes this product knows are kept (a few hundred out of about a million), so the
 * item stays small. Not part of backups: it is reference data, reloaded from the CMS file.
 */
export const NCCI_TABLE_KEY = 'codeTables:ncci';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const NcciEditSchema = z.object({
  column1: z.string().regex(/^[0-9A-Z]{5}$/),
  column2: z.string().regex(/^[0-9A-Z]{5}$/),
  priorTo1996: z.boolean(),
  effective: IsoDay,
  deletion: IsoDay.nullable(),
  modifierIndicator: z.union([z.literal(0), z.literal(1), z.literal(9)]),
  rationale: z.string().max(500),
});

export const NcciTableSchema = z.object({
  /** The file name(s) the practice picked, e.g. "ccipra-v322r0-f1.txt". */
  source: z.string().max(500),
  /** Local date it was loaded. */
  loadedOn: IsoDay,
  edits: z.array(NcciEditSchema).min(1).max(100_000),
  /** Rows read in the file(s), and rows left out because a code is outside this product's codes. */
  rowsRead: z.number().int().nonnegative(),
  outOfScope: z.number().int().nonnegative(),
});
export type NcciTable = z.infer<typeof NcciTableSchema>;

const ncciItem = storage.defineItem<unknown>(local(NCCI_TABLE_KEY), { version: 1 });

/** The loaded table, or null for the built-in one (also when the stored value is damaged: never fatal). */
export async function getNcciTable(): Promise<NcciTable | null> {
  const parsed = NcciTableSchema.safeParse(await ncciItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveNcciTable(table: NcciTable): Promise<void> {
  const parsed = NcciTableSchema.safeParse(table);
  if (!parsed.success) {
    throw new StoreError(
      `This NCCI table cannot be saved: ${parsed.error.issues[0]?.message ?? 'invalid'}. Nothing changed.`,
    );
  }
  await ncciItem.setValue(parsed.data);
}

/** Back to the built-in table. */
export async function clearNcciTable(): Promise<void> {
  await ncciItem.removeValue();
}

/** Calls `onChange` when the loaded table changes in any extension page. Returns the unwatch function. */
export function watchNcciTable(onChange: () => void): () => void {
  const key = NCCI_TABLE_KEY;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
