import type { ClaimDraft } from '../model/claim';
import { CLAIM_LIMITS } from '../model/claim-form';

/**
 * The draft as the background will accept it (lib/model/claim.ts): every string at most 200 characters,
 * every list at most 1,000 entries (CLAIM_LIMITS). A 10,000-character value typed or planted in a portal field is still checked (and
 * flagged), just not shipped whole. Plain code: it runs in the content script.
 */
export function clipDraft(draft: ClaimDraft): ClaimDraft {
  return clip(draft) as ClaimDraft;
}

function clip(value: unknown): unknown {
  if (typeof value === 'string') return value.slice(0, CLAIM_LIMITS.text);
  if (Array.isArray(value)) return value.slice(0, CLAIM_LIMITS.list).map(clip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = clip(v);
    return out;
  }
  return value;
}
