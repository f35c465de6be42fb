import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';

/**
 * The records' database: PouchDB on IndexedDB, opened once per page or worker. PouchDB because it is
 * the maintained client of CouchDB's replication protocol (the practice's computers will sync through
 * it, DESIGN.md "Sync") and its revisions tell a save that the record changed since it was loaded.
 *
 * - `auto_compaction`: an overwritten revision's body is dropped at once, so an old version of a record
 *   (before a passphrase was set, say) does not stay in the database.
 * - `revs_limit`: how many revision ids a document remembers; enough for replication to find a common
 *   ancestor, without a history that grows forever.
 * - The `idb` adapter writes one `bulkDocs` call in one IndexedDB transaction, which the browser commits
 *   whole or not at all: a restore, a save with its indexes, are never half written (see README.md).
 */
PouchDB.plugin(idb);

/** A record in clear (`v`), or sealed (`iv`, `ct`: crypto.ts) once a passphrase is set. */
export type StoredDoc = {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  v?: unknown;
  iv?: string;
  ct?: string;
  /** On a deleted revision: removed by settling a sync conflict, not by a person's delete (replica.ts). */
  settled?: boolean;
};
export type RecordsDb = PouchDB.Database<StoredDoc>;

const DEFAULT_NAME = 'massage-billing-records';
let name = DEFAULT_NAME;
let db: RecordsDb | undefined;

export function recordsDb(): RecordsDb {
  db ??= new PouchDB<StoredDoc>(name, { adapter: 'idb', auto_compaction: true, revs_limit: 20 });
  return db;
}

/** Tests only: the next `recordsDb()` is a new, empty database (each test gets its own). */
let testCounter = 0;
export function useFreshDbForTests(): void {
  db = undefined;
  name = `${DEFAULT_NAME}-test-${++testCounter}`;
}

/** Tests only: the database of one of several computers a test plays in turn (sync tests). */
export function useNamedDbForTests(dbName: string): RecordsDb {
  db = undefined;
  name = `${DEFAULT_NAME}-${dbName}`;
  return recordsDb();
}
