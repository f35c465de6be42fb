// The small part of PouchDB's API the store uses (db.ts, io.ts). Written here rather than taken from
// @types/pouchdb-core, whose global declarations clash with Node's Buffer types in the e2e helpers.
declare module 'pouchdb-core' {
  type Doc = { _id: string; _rev?: string; _deleted?: boolean };
  /** A row of `allDocs`; with `keys`, a key that was never stored has `error: 'not_found'` instead. */
  type Row<T> = {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: (T & Doc) | null;
    error?: string;
  };
  type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: string | boolean; message?: string };
  namespace PouchDB {
    interface Database<T extends object = object> {
      allDocs(options?: {
        keys?: string[];
        include_docs?: boolean;
        startkey?: string;
        endkey?: string;
      }): Promise<{ total_rows: number; rows: Row<T>[] }>;
      bulkDocs(docs: (T & Doc)[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
      get(id: string, options?: { revs?: boolean; open_revs?: 'all' }): Promise<T & Doc>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new <T extends object = object>(
      name: string,
      options?: { adapter?: string; auto_compaction?: boolean; revs_limit?: number },
    ): PouchDB.Database<T>;
    plugin(plugin: unknown): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
