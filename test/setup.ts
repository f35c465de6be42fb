// Unit tests run in Node: fake-indexeddb gives PouchDB (lib/store/db.ts) the IndexedDB a browser has.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy* and waitFor give up after 1 s by default. On a loaded 2-core CI machine a popup pane that reads
// the records (PouchDB over fake-indexeddb) took longer than that and CI failed on "Loading…" still shown,
// so a wait lasts up to 10 s; a test that passes still returns as soon as what it waits for appears.
configure({ asyncUtilTimeout: 10_000 });
