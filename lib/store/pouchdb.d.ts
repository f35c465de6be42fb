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
        conflicts?: boolean;
      }): Promise<{ total_rows: number; rows: Row<T & { _conflicts?: string[] }>[] }>;
      bulkDocs(docs: (T & Doc)[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
      get(
        id: string,
        options?: {
          revs?: boolean;
          open_revs?: 'all';
          conflicts?: boolean;
          rev?: string;
        },
      ): Promise<T & Doc & { _conflicts?: string[] }>;
      /** Live or one-off replication both ways with another database (local, or a CouchDB URL). */
      sync(remote: string | Database<T>, options?: ReplicationOptions<T>): Replication;
      replicate: {
        to(remote: string | Database<T>, options?: ReplicationOptions<T>): Replication;
        from(remote: string | Database<T>, options?: ReplicationOptions<T>): Replication;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  type ReplicationOptions<T> = {
    live?: boolean;
    retry?: boolean;
    filter?: (doc: T & Doc) => boolean;
    batch_size?: number;
    back_off_function?: (delay: number) => number;
  };
  /** What a replication reports (one direction, or both under `sync`). */
  type ReplicationChange = {
    direction?: 'push' | 'pull';
    change: { docs: Doc[]; docs_written?: number; pending?: number };
  };
  interface Replication extends PromiseLike<unknown> {
    on(event: 'change', listener: (info: ReplicationChange) => void): this;
    on(event: 'paused' | 'active' | 'complete' | 'denied', listener: (info?: unknown) => void): this;
    on(event: 'error' | 'requestError', listener: (error: unknown) => void): this;
    cancel(): void;
    /** Under `sync`, each direction's own replication (they report a failed request; sync does not). */
    push?: Replication;
    pull?: Replication;
  }
  interface PouchDBStatic {
    new <T extends object = object>(
      name: string,
      options?: {
        adapter?: string;
        auto_compaction?: boolean;
        revs_limit?: number;
        /** The http adapter: how every request to the server is made (credentials, no cookies). */
        fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
        skip_setup?: boolean;
      },
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

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
