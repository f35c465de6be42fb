/**
 * The layers of the README's picture ("How it is built") and docs/DESIGN.md ("Layers and data flow"),
 * written as `import-x/no-restricted-paths` zones so that ESLint enforces them (eslint.config.js). Each
 * zone says which files (`target`) may not import which (`from`, minus `except`). Paths are from the
 * repository's root. An exception for one file is listed with its reason at the end.
 */

/** Code that runs in the portal's page (content scripts and what they pull in). */
export const CONTENT_SIDE = [
  'entrypoints/portal',
  'entrypoints/remittance.content',
  'entrypoints/autofill.content',
  'components/inline',
  'components/remittance',
  'lib/portal',
  'lib/watch',
  'lib/messages/clip.ts',
  'lib/messages/protocol.ts',
  'lib/autofill/collect.ts',
  'lib/autofill/fill.ts',
  'lib/autofill/undo.ts',
  'lib/autofill/types.ts',
];

export const layerZones = [
  {
    target: 'lib/model',
    from: 'lib',
    except: ['./model', './dates.ts'],
    message: 'lib/model is the vocabulary: it depends on nothing but zod and lib/dates.ts.',
  },
  {
    target: 'lib/rules',
    from: 'lib',
    except: ['./rules', './model', './dates.ts'],
    message: 'lib/rules depends on lib/model (and lib/dates.ts) only: pure, no DOM, no browser APIs.',
  },
  {
    target: 'lib',
    from: ['components', 'entrypoints'],
    message: 'lib/ is below the views and entry points: move the shared piece into lib/.',
  },
  {
    target: CONTENT_SIDE,
    from: ['lib/store', 'lib/background', 'lib/sync'],
    message: "Content scripts never hold the practice's records: ask the background with a message.",
  },
  {
    target: ['components', 'entrypoints/!(background).ts', 'entrypoints/*/**'],
    from: ['lib/background', 'entrypoints/background.ts'],
    message: 'Pages and content scripts talk to the background by message, never by import.',
  },
];

/** Code outside a module: reaches it through its entry, not its internals. Tests may reach further. */
const OUTSIDE = (name) => [`lib/!(${name})/**`, 'lib/*.ts', 'components', 'entrypoints'];

export const entryZones = [
  {
    target: OUTSIDE('store'),
    from: 'lib/store',
    // backup (with its encrypted envelope and its restore preview), csv and code-tables are features of
    // their own that pages load on demand; summary is the client-name helper the autofill picker shares
    // without pulling the records API.
    except: [
      './index.ts',
      './backup.ts',
      './sealed-backup.ts',
      './restore-preview.ts',
      // The database as a replica of the practice's server: lib/sync, in the background only.
      './replica.ts',
      './csv.ts',
      './code-tables.ts',
      './summary.ts',
      './testing',
    ],
    message: "Import lib/store through its entry ('lib/store'), not its internals.",
  },
  {
    target: OUTSIDE('rules'),
    from: 'lib/rules',
    // `core` is the rule library without the 27 KB ICD-10-CM list (for pages and the settings resolver).
    // Exceptions: the form reader and the session-to-claim builder normalise ICD codes with the rules'
    // own normaliser, which must not pull the registry; the superbill prints the ICD descriptions.
    except: ['./index.ts', './core.ts', './helpers/icd.ts', './tables/icd-descriptions.ts'],
    message: "Import lib/rules through 'lib/rules' (or 'lib/rules/core' without the ICD list).",
  },
  {
    target: OUTSIDE('portal|autofill'),
    from: 'lib/portal',
    // quick-check.ts is the reader's import-free first look, which the probe (lib/watch/probe.ts) runs in
    // every portal frame without pulling the reader in.
    except: ['./index.ts', './types.ts', './quick-check.ts'],
    message: "Import the form reader through 'lib/portal'.",
  },
  {
    target: 'lib/autofill',
    from: 'lib/portal',
    // The autofill writes the controls the reader located, so it shares the reader's control access
    // (read.ts) and value parsers (values.ts).
    except: ['./index.ts', './types.ts', './read.ts', './values.ts'],
    message: "Import the form reader through 'lib/portal'.",
  },
];
