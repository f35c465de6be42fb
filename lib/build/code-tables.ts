import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { codesOnly, stripComments } from './code-table-text.ts';

/**
 * Vite plugin: imports a code table from `data/` as a compact string module.
 *
 * - `import text from '../../data/timed-codes.tsv?tsv'`: the table without its comment lines.
 * - `import codes from '../../data/icd10cm-massage-subset.tsv?codes'`: first column only, undotted, one
 *   per line (plus the `# ranges:` line). The ICD-10-CM subset is 872 KB with descriptions; its codes
 *   alone are 84 KB, and nobody ships descriptions where only codes are needed.
 *
 * Registered in wxt.config.ts (extension builds) and vitest.config.ts (WxtVitest does not forward the
 * wxt.config Vite plugins to Vitest).
 */
export function codeTables(): Plugin {
  return {
    name: 'massage-billing:code-tables',
    enforce: 'pre',
    load(id) {
      const match = /^(.*\.tsv)\?(tsv|codes)$/.exec(id);
      if (!match) return null;
      const [, file, kind] = match as unknown as [string, string, 'tsv' | 'codes'];
      this.addWatchFile(file);
      const text = readFileSync(file, 'utf8');
      const body = kind === 'codes' ? codesOnly(text) : stripComments(text);
      return { code: `export default ${JSON.stringify(body)};`, map: null };
    },
  };
}
