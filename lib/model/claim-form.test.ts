import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_LETTERS, diagnosisLetter, emptyClaimDraft, parseModifiers } from './claim-form';
import { ClaimDraftSchema } from './claim';

describe('parseModifiers', () => {
  // Two splitters used to exist: the popup's split at spaces and commas only ("59:XS" stayed one
  // "modifier" and was refused), the portal reader's at any separator portals use. A modifier is two
  // letters or digits, so every separator below is safe to split at: the reader's behaviour is kept.
  it.each([
    ['59', ['59']],
    ['gp', ['GP']],
    ['59:XS', ['59', 'XS']],
    ['59 xs', ['59', 'XS']],
    ['59, XS ,GP', ['59', 'XS', 'GP']],
    ['59/XS', ['59', 'XS']],
    ['59;XS|GP', ['59', 'XS', 'GP']],
    ['  GP  ', ['GP']],
    [',,', []],
    ['', []],
    // Not judged here: a wrong modifier is kept as typed, so the form's check can name it.
    ['G', ['G']],
    ['GPX', ['GPX']],
  ])('%j -> %j', (typed, mods) => expect(parseModifiers(typed)).toEqual(mods));
});

describe('diagnosisLetter', () => {
  it.each([
    [1, 'A'],
    [4, 'D'],
    [12, 'L'],
    [13, undefined],
    [0, undefined],
    [-1, undefined],
    [1.5, undefined],
  ])('pointer %d -> %j', (pointer, letter) => expect(diagnosisLetter(pointer)).toBe(letter));

  it('box 21 has the twelve slots of the CMS-1500 (02/12)', () => expect(DIAGNOSIS_LETTERS).toHaveLength(12));
});

describe('ClaimDraftSchema', () => {
  it('accepts an empty draft and refuses a key the contract does not name', () => {
    expect(ClaimDraftSchema.safeParse(emptyClaimDraft()).success).toBe(true);
    expect(ClaimDraftSchema.safeParse({ ...emptyClaimDraft(), extra: 1 }).success).toBe(false);
    expect(ClaimDraftSchema.safeParse({ ...emptyClaimDraft(), patient: { ssn: '1' } }).success).toBe(false);
  });

  it('refuses values past the bounds a content script clips to', () => {
    const long = { ...emptyClaimDraft(), patient: { lastName: 'x'.repeat(201) } };
    expect(ClaimDraftSchema.safeParse(long).success).toBe(false);
    const many = { ...emptyClaimDraft(), diagnoses: Array.from({ length: 1001 }, () => 'M54.50') };
    expect(ClaimDraftSchema.safeParse(many).success).toBe(false);
  });
});
