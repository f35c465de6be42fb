import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearMueTable,
  clearNcciTable,
  getMueTable,
  getNcciTable,
  MUE_TABLE_KEY,
  NCCI_TABLE_KEY,
  saveMueTable,
  saveNcciTable,
} from './code-tables';

const edit = {
  column1: '97140',
  column2: '97124',
  priorTo1996: false,
  effective: '2026-01-01',
  deletion: null,
  modifierIndicator: 0 as const,
  rationale: 'Mutually exclusive procedures',
};

describe('the loaded NCCI table', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is absent until a file is loaded, then read back as saved, then cleared', async () => {
    expect(await getNcciTable()).toBeNull();
    const table = {
      source: 'ccipra-v322r0-f1.txt',
      loadedOn: '2026-11-26',
      edits: [edit],
      rowsRead: 4,
      outOfScope: 3,
    };
    await saveNcciTable(table);
    expect(await getNcciTable()).toEqual(table);
    await clearNcciTable();
    expect(await getNcciTable()).toBeNull();
  });

  test('an empty or malformed table is refused and the stored one stays', async () => {
    const good = { source: 'a.txt', loadedOn: '2026-11-26', edits: [edit], rowsRead: 1, outOfScope: 0 };
    await saveNcciTable(good);
    await expect(saveNcciTable({ ...good, edits: [] })).rejects.toThrow(/cannot be saved.*Nothing changed/);
    await expect(saveNcciTable({ ...good, edits: [{ ...edit, column1: 'DROP TABLE' }] })).rejects.toThrow();
    expect(await getNcciTable()).toEqual(good);
  });

  test('a damaged stored value falls back to the built-in table instead of breaking the checks', async () => {
    await fakeBrowser.storage.local.set({ [NCCI_TABLE_KEY]: { edits: 'garbage' } });
    expect(await getNcciTable()).toBeNull();
  });
});

describe('the loaded MUE table', () => {
  beforeEach(() => fakeBrowser.reset());
  const entry = { code: '97124', mue: 4, mai: 3 as const, rationale: 'Clinical', source: 'MCR_MUE.csv' };
  const table = {
    source: 'MCR_MUE.csv',
    loadedOn: '2026-12-02',
    entries: [entry],
    rowsRead: 9,
    outOfScope: 8,
  };

  test('is absent until a file is loaded, then read back as saved, then cleared', async () => {
    expect(await getMueTable()).toBeNull();
    await saveMueTable(table);
    expect(await getMueTable()).toEqual(table);
    await clearMueTable();
    expect(await getMueTable()).toBeNull();
  });

  test('an empty or malformed table is refused with the reason, and the stored one stays', async () => {
    await saveMueTable(table);
    await expect(saveMueTable({ ...table, entries: [] })).rejects.toThrow(
      /MUE table cannot be saved.*Nothing changed/,
    );
    await expect(saveMueTable({ ...table, entries: [{ ...entry, mue: -1 }] })).rejects.toThrow();
    expect(await getMueTable()).toEqual(table);
  });

  test('a damaged stored value falls back to the built-in rows', async () => {
    await fakeBrowser.storage.local.set({ [MUE_TABLE_KEY]: { entries: 'garbage' } });
    expect(await getMueTable()).toBeNull();
  });
});
