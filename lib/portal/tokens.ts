/**
 * Words out of names and label text. Names are split on `_ $ . - [ ] :` and camelCase, letters from digits
 * (`txt_dosFrom1MM` -> TXT DOS FROM 1 MM, `ctl00$...$CPT_CODE0` -> ... CPT CODE 0); glued date-part suffixes
 * are split off (`patientDOBMM` -> PATIENT DOB MM). Look-alikes stay one word (`NDCUNITS0` -> NDCUNITS 0),
 * so they never match UNITS.
 */

const DATE_STEMS = /^(DOB|DATE|DT|DOS|FROM|TO|BIRTH|BIRTHDATE)(MM|DD|YYYY|YY)$/;

export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const segment of name.slice(0, 200).split(/[^A-Za-z0-9]+/)) {
    if (!segment) continue;
    // Segments repeat across a form (`ctl00`, `phFolderContent`, `ucClaimLineItem`): split each once.
    let words = segments.get(segment);
    if (!words) {
      words = splitSegment(segment);
      if (segments.size > 5000) segments.clear();
      segments.set(segment, words);
    }
    for (const w of words) out.push(w);
  }
  return withCompounds(out);
}

const segments = new Map<string, string[]>();

function splitSegment(segment: string): string[] {
  const out: string[] = [];
  const spaced = segment
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2');
  for (const raw of spaced.split(' ')) {
    if (!raw) continue;
    const token = raw.toUpperCase();
    const m = DATE_STEMS.exec(token);
    if (m) out.push(m[1]!, m[2]!);
    else out.push(token);
  }
  return out;
}

/**
 * Words of visible text (labels, headers, nearby text): "17b. NPI" -> 17 B 17B NPI; "I.D." -> I D ID.
 * A box number only counts at the start of a text ("24E. Pointer", not "relate A-L to item 24E").
 */
export function textTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.slice(0, 300).split(/[^A-Za-z0-9]+/)) {
    if (!raw) continue;
    const m = /^(\d+)([A-Za-z])$/.exec(raw);
    if (m) out.push(m[1]!, m[2]!.toUpperCase());
    else out.push(raw.toUpperCase());
  }
  const head = withCompounds(out.slice(0, 3));
  const rest = out.length > 3 ? withCompounds(out.slice(2)).filter((t) => !/^\d+[A-L]$/.test(t)) : [];
  return head.concat(rest);
}

/**
 * Adds joined forms the role rules look for: box numbers with their letter (24 D -> 24D, 17 B -> 17B),
 * runs of single letters (I D -> ID), and L NAME / F NAME (`referringPhysLName`) -> LNAME / FNAME.
 */
function withCompounds(tokens: string[]): string[] {
  let extra: string[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.length !== 1 && b !== 'NAME') continue;
    let joined: string | undefined;
    if (b.length === 1 && b >= 'A' && b <= 'L' && a.length <= 2 && a >= '0' && a <= '99') joined = a + b;
    else if (b === 'NAME' && (a === 'L' || a === 'F')) joined = a + b;
    else if (a.length === 1 && b.length === 1 && a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z') joined = a + b;
    if (joined && /^(\d{1,2}[A-L]|[LF]NAME|[A-Z]{2})$/.test(joined)) (extra ??= []).push(joined);
  }
  return extra ? tokens.concat(extra) : tokens;
}

/** What the digits in a name say about rows and slots. */
export type NameIndex = {
  /** The row-like number (not yet ranked), or a box 21 slot for diagnosis fields. */
  value?: number;
  /**
   * True when the number is certainly a collection index: a dotted or bracketed segment
   * (`serviceLines.0.x`, `bill[1][code]`) or the last of two separate numbers (`input-modifier-1-0`).
   */
  strong: boolean;
  /** For diagnosis names: the slot letter (`diagnosis.A`, `dxB`) as 0-based index. */
  letter?: number;
};

const DIAG_COLLECTION = /diag|dx|icd/i;

/**
 * Finds the index number in a field name. Box numbers (`Cpt_24d`, `Diag_1_21`, `Phy_npi_33`), form versions
 * (`OrderLast0212`) and WebForms naming containers (`ctl00`, RadGrid `ctl04`) are not indexes.
 * `diagnosis` says the field is a box 21 field, whose collection is `diagnoses` rather than the lines.
 */
export function nameIndex(name: string, diagnosis: boolean): NameIndex {
  const s = name.slice(0, 200);
  // Dotted / bracketed paths: the number belongs to the collection before it.
  const collection = /([A-Za-z_]\w*)(?:\.|\[)(\d+)(?=\]|\.|$)/g;
  for (let m = /[.[]\d/.test(s) ? collection.exec(s) : null; m; m = collection.exec(s)) {
    const isDiag = DIAG_COLLECTION.test(m[1]!);
    if (isDiag === diagnosis) return { value: Number(m[2]), strong: true };
  }
  const runs: { value: number; separated: boolean; text: string }[] = [];
  const digits = /\d+/g;
  for (let m = digits.exec(s); m; m = digits.exec(s)) {
    const text = m[0];
    const before = s.slice(Math.max(0, m.index - 3), m.index);
    const after = s.slice(m.index + text.length, m.index + text.length + 2);
    if (/ctl$/i.test(before)) continue; // WebForms naming container
    if (text.length === 4 && text.startsWith('0')) continue; // form version: 0212, 0805
    if (text.length > 4) continue; // ids and timestamps, not rows
    if (/^(17|21|24|32|33)$/.test(text) && /^[a-jA-J](?![a-zA-Z])/.test(after)) continue; // box 24d, 17b, 33a
    const separated = /[-_$:.\s[]$/.test(before) || m.index === 0;
    runs.push({ value: Number(text), separated, text });
  }
  // Box 21's number after the slot: Diag_1_21.
  if (diagnosis && runs.length >= 2 && runs[runs.length - 1]!.text === '21') runs.pop();
  const letter = diagnosis ? diagLetter(s) : undefined;
  const withLetter = letter !== undefined ? { letter } : {};
  if (runs.length === 0) return { strong: false, ...withLetter };
  const last = runs[runs.length - 1]!;
  const previous = runs[runs.length - 2];
  const strong = !diagnosis && last.separated && previous !== undefined && previous.separated;
  return { value: last.value, strong, ...withLetter };
}

function diagLetter(s: string): number | undefined {
  const m = /(?:[._\-\s[]([A-La-l])\]?$)|(?:[a-z]([A-L])$)/.exec(s);
  const ch = m?.[1] ?? m?.[2];
  return ch ? ch.toUpperCase().charCodeAt(0) - 65 : undefined;
}
