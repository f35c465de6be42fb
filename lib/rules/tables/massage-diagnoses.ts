import rangesText from '../../../data/massage-diagnoses.tsv?tsv';
import { normaliseIcd } from '../helpers/icd';
import { tsvRows } from './tsv';

/**
 * The ICD-10-CM ranges payers cover massage and manual therapy for (data/massage-diagnoses.tsv, with its
 * sources): musculoskeletal, injury, nerve, pain and lymphedema blocks.
 */
export type DiagnosisRange = { from: string; to: string; holds: string };

const RANGES: DiagnosisRange[] = tsvRows(rangesText).map(([from, to, holds]) => ({
  from: from!.trim().toUpperCase(),
  to: (to ?? from)!.trim().toUpperCase(),
  holds: (holds ?? '').trim(),
}));

export function massageDiagnosisRanges(): readonly DiagnosisRange[] {
  return RANGES;
}

/** The range a diagnosis (dotted or not, any case) falls in, or undefined when none covers it. */
export function massageRangeOf(code: string): DiagnosisRange | undefined {
  const bare = normaliseIcd(code).replace('.', '');
  return RANGES.find((r) => {
    const key = bare.slice(0, r.from.length);
    return key.length === r.from.length && key >= r.from && key <= r.to;
  });
}
