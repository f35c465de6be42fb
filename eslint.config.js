import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { entryZones, layerZones } from './scripts/layers.mjs';

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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...entryZones] }],
      // One way to name a module: `lib/store`, never `lib/store/index` or `./x/../x`.
      'import-x/no-useless-path-segments': ['error', { noUselessIndex: true }],
    },
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', 'zod/*'], message: 'Keep zod out of the content-script path.' },
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
    files: ['lib/**/*.ts', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Extension APIs go through WXT's `browser` (polyfilled on pages, native in content scripts).
      'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'wxt/browser'." }],
    },
  },
);
