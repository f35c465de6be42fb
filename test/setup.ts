// Unit tests run in Node: fake-indexeddb gives PouchDB (lib/store/db.ts) the IndexedDB a browser has.
import 'fake-indexeddb/auto';
