import type { ClaimDraft } from '../model';

/**
 * The draft as the background will accept it: every string at most 200 characters, at most 1,000 lines.
 * A 10,000-character value typed or planted in a portal field is still checked (and flagged), just not
 * shipped whole. Plain code: it runs in the content script.
 */
const MAX = 200;
const clip = (s: string | undefined) => (typeof s === 'string' && s.length > MAX ? s.slice(0, MAX) : s);

export function clipDraft(draft: ClaimDraft): ClaimDraft {
  const obj = <T extends Record<string, string | undefined>>(o: T): T => {
    const out = {} as Record<string, string | undefined>;
    for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = clip(v);
    return out as T;
  };
  return {
    patient: obj(draft.patient),
    referringProvider: obj(draft.referringProvider),
    billingProvider: obj(draft.billingProvider),
    diagnoses: draft.diagnoses.slice(0, 50).map((d) => clip(d) ?? ''),
    lines: draft.lines.slice(0, 1000).map((l) => {
      const line: ClaimDraft['lines'][number] = {
        row: l.row,
        modifiers: l.modifiers.slice(0, 10).map((m) => clip(m) ?? ''),
        pointers: l.pointers.slice(0, 20),
      };
      for (const key of ['from', 'to', 'placeOfService', 'code', 'renderingNpi'] as const) {
        if (l[key] !== undefined) line[key] = clip(l[key]);
      }
      if (l.units !== undefined) line.units = l.units;
      if (l.charge !== undefined) line.charge = l.charge;
      return line;
    }),
  };
}
