import icdTable from '../../../data/icd10cm-massage-subset.tsv?tsv';
import { normaliseIcd } from '../helpers/icd';

/**
 * ICD-10-CM descriptions for the superbill and the popup (872 KB of text): import this module only where
 * descriptions are shown, never from the content script or `lib/rules/index.ts`.
 */

let descriptions: Map<string, string> | undefined;

/** "Low back pain, unspecified" for "M54.50" (dotted or undotted, any case); undefined when unknown. */
export function describeIcd(code: string): string | undefined {
  if (!descriptions) {
    descriptions = new Map();
    for (const line of icdTable.split('\n').slice(1)) {
      const tab = line.indexOf('\t');
      if (tab > 0) descriptions.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return descriptions.get(normaliseIcd(code));
}
