import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { local } from './keys';
import { StoreError } from './errors';

/**
 * The NCCI procedure-to-procedure edits the practice loaded from a CMS quarterly practitioner file
 * (options page, "Code tables"). Absent: the rules use the built-in table (data/ncci-ptp-practitioner.tsv).
 * Only the rows for codes this product knows are kept (a few hundred out of about a million), so the
 * item stays small. Not part of backups: it is reference data, reloaded from the CMS file.
 */
export const NCCI_TABLE_KEY = 'codeTables:ncci';

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const NcciEditSchema = z.object({
  column1: z.string().check(z.regex(/^[0-9A-Z]{5}$/)),
  column2: z.string().check(z.regex(/^[0-9A-Z]{5}$/)),
  priorTo1996: z.boolean(),
  effective: IsoDay,
  deletion: z.nullable(IsoDay),
  modifierIndicator: z.union([z.literal(0), z.literal(1), z.literal(9)]),
  rationale: z.string().check(z.maxLength(500)),
});

export const NcciTableSchema = z.object({
  /** The file name(s) the practice picked, e.g. "ccipra-v322r0-f1.txt". */
  source: z.string().check(z.maxLength(500)),
  /** Local date it was loaded. */
  loadedOn: IsoDay,
  edits: z.array(NcciEditSchema).check(z.minLength(1), z.maxLength(100_000)),
  /** Rows read in the file(s), and rows left out because a code is outside this product's codes. */
  rowsRead: z.int().check(z.nonnegative()),
  outOfScope: z.int().check(z.nonnegative()),
});
export type NcciTable = z.infer<typeof NcciTableSchema>;

const ncci = loadedTable(NCCI_TABLE_KEY, NcciTableSchema, 'NCCI table');

/** The loaded table, or null for the built-in one (also when the stored value is damaged: never fatal). */
export const getNcciTable = ncci.get;
export const saveNcciTable = ncci.save;
/** Back to the built-in table. */
export const clearNcciTable = ncci.clear;

/**
 * The practitioner MUE values the practice loaded from a CMS quarterly file (options page, "Code
 * tables"). Absent: the built-in rows (data/mue-practitioner.tsv), which hold only the few values a
 * public source quoted; the massage codes' own limits come from the file the practice loads.
 */
export const MUE_TABLE_KEY = 'codeTables:mue';

const MueEntrySchema = z.object({
  code: z.string().check(z.regex(/^[0-9A-Z]{5}$/)),
  mue: z.int().check(z.nonnegative(), z.maximum(9999)),
  mai: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  rationale: z.string().check(z.maxLength(500)),
  source: z.string().check(z.maxLength(500)),
});

export const MueTableSchema = z.object({
  /** The file name the practice picked, e.g. "MCR_MUE_PractitionerServices_Eff_01-01-2027.csv". */
  source: z.string().check(z.maxLength(500)),
  loadedOn: IsoDay,
  entries: z.array(MueEntrySchema).check(z.minLength(1), z.maxLength(20_000)),
  rowsRead: z.int().check(z.nonnegative()),
  outOfScope: z.int().check(z.nonnegative()),
});
export type MueTable = z.infer<typeof MueTableSchema>;

const mue = loadedTable(MUE_TABLE_KEY, MueTableSchema, 'MUE table');

/** The loaded MUE table, or null for the built-in rows (also when the stored value is damaged). */
export const getMueTable = mue.get;
export const saveMueTable = mue.save;
/** Back to the built-in MUE rows. */
export const clearMueTable = mue.clear;

/** Calls `onChange` when the loaded NCCI table changes in any extension page. Returns the unwatch function. */
export function watchNcciTable(onChange: () => void): () => void {
  return watchKeys([NCCI_TABLE_KEY], onChange);
}

/** Calls `onChange` when the loaded MUE table changes in any extension page. */
export function watchMueTable(onChange: () => void): () => void {
  return watchKeys([MUE_TABLE_KEY], onChange);
}

/** Either loaded table: what the background's rule tables are built from. */
export function watchCodeTables(onChange: () => void): () => void {
  return watchKeys([NCCI_TABLE_KEY, MUE_TABLE_KEY], onChange);
}

function watchKeys(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * One table the practice loaded from a CMS file, kept in storage.local: read back only when it still
 * fits its schema (a damaged value means the built-in table, never a broken check), and refused with the
 * first reason when it does not fit, leaving the stored one as it was.
 */
function loadedTable<T>(key: string, schema: z.ZodMiniType<T>, name: string) {
  const item = storage.defineItem<unknown>(local(key), { version: 1 });
  return {
    async get(): Promise<T | null> {
      const parsed = schema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : null;
    },
    async save(table: T): Promise<void> {
      const parsed = schema.safeParse(table);
      if (!parsed.success) {
        throw new StoreError(
          `This ${name} cannot be saved: ${parsed.error.issues[0]?.message ?? 'invalid'}. Nothing changed.`,
        );
      }
      await item.setValue(parsed.data);
    },
    async clear(): Promise<void> {
      await item.removeValue();
    },
  };
}
