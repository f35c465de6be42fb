import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { CONTENT_SIDE, entryZones, layerZones } from './scripts/layers.mjs';

const CONTENT_SIDE_FILES = CONTENT_SIDE.map((path) =>
  /\.tsx?$/.test(path) ? path : `${path}/**/*.{ts,tsx}`,
);
/** zod and the modules that build schemas with it: type imports only (they are erased). */
const ZOD_OUT = {
  regex: String.raw`^zod(/.*)?$|(^|/)model(/index)?$|(^|/)model/(claim|client|dates|practice|session|settings)$|(^|/)messages/(schemas|site)$`,
  allowTypeImports: true,
  message:
    'Keep zod out of the content-script path: `import type`, or a zod-free module (lib/model/claim-form).',
};

// `import { a as b }` hides which `a` a file uses (two helpers of one name, or one helper under another's
// name). Allowed only where two imports would clash, with an eslint-disable comment saying so.
const noImportRename = {
  meta: {
    type: 'suggestion',
    messages: { rename: 'Import {{name}} under its own name (a rename hides which one is used).' },
  },
  create: (context) => ({
    ImportSpecifier(node) {
      const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
      if (imported !== node.local.name && imported !== 'default')
        context.report({ node, messageId: 'rename', data: { name: imported } });
    },
  }),
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      // Page text must never become markup or code (DESIGN.md, Privacy and safety).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The layers of README's picture ("How it is built"), as import zones: see scripts/layers.mjs.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX, house: { rules: { 'no-import-rename': noImportRename } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...entryZones] }],
      // One way to name a module: `lib/store`, never `lib/store/index` or `./x/../x`.
      'import-x/no-useless-path-segments': ['error', { noUselessIndex: true }],
      'house/no-import-rename': 'error',
    },
  },
  {
    // Exception, for the form reader's owner to remove: values.ts wraps lib/money's parseMoney in its own
    // parseMoney (page text cleaned first) and imports it renamed.
    files: ['lib/portal/values.ts'],
    rules: { 'house/no-import-rename': 'off' },
  },
  {
    // Tests and benches keep to the layers but may reach a module's internals.
    files: ['test/**', 'scripts/**', '**/*.test.{ts,tsx}', '**/*.bench.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // The rule library and the form reader must stay small and framework-free: types only from the model.
    files: ['lib/rules/**/*.ts', 'lib/portal/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD_OUT,
            {
              group: ['preact', 'preact/*', 'wxt/*', '#imports'],
              message: 'lib/rules and lib/portal are framework-free.',
            },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    // What runs in a portal frame imports the schemas' modules for their types only (`import type`), so
    // zod stays out of the content scripts (their budget: docs/DESIGN.md).
    files: CONTENT_SIDE_FILES,
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ZOD_OUT] }] },
  },
  {
    files: ['lib/**/*.ts', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Extension APIs go through WXT's `browser` (polyfilled on pages, native in content scripts).
      'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'wxt/browser'." }],
    },
  },
);
