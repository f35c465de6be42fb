import { CARC_PATTERN, GROUP_PATTERN, RARC_PATTERN, type GroupCode, type RemitKind } from './patterns';

/**
 * Reading and explaining remittance codes, over a code table given as text (the format of
 * `data/carc-rarc.tsv`, comment lines stripped). Holds no table itself, so the content script can get the
 * text from the background instead of bundling it; `codes.ts` is this plus the bundled table.
 */

export { GROUP_CODES, type GroupCode, type RemitKind } from './patterns';

export type CodeInfo = {
  kind: 'group' | RemitKind;
  code: string;
  /** The official text (X12), shortened. */
  text: string;
  /** warning: the practice has something to do; info: routine adjudication (deductible, fee schedule). */
  severity: 'warning' | 'info';
  /** The usual cause on a massage claim and what to do. */
  fix: string;
};

/** A code as written on an EOB or typed by a person: "CO-97", "co 97", "97", "N290", "MA130". */
export type ParsedCode = { kind: RemitKind; code: string; group?: GroupCode };

const GROUP = `(${GROUP_PATTERN})`;

const ONE_CODE = new RegExp(
  `^(?:${GROUP}\\s*[-:/ ]?\\s*)?(${CARC_PATTERN})$|^(${RARC_PATTERN})$|^(?:${GROUP}\\s*[-:/ ]?\\s*)(${RARC_PATTERN})$`,
);

/** One code, or undefined when the text is not a CARC or RARC. The group prefix is kept for CARCs. */
export function parseCode(text: string): ParsedCode | undefined {
  const m = ONE_CODE.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  if (m[2])
    return m[1] ? { kind: 'carc', code: m[2], group: m[1] as GroupCode } : { kind: 'carc', code: m[2] };
  return { kind: 'rarc', code: (m[3] ?? m[5])! };
}

/**
 * A list typed in a field ("CO-97, PR-2; 16 N290"): CARCs and RARCs in the order given, and what could
 * not be read (for the field's message).
 */
export function parseCodeList(text: string): { codes: ParsedCode[]; unreadable: string[] } {
  const codes: ParsedCode[] = [];
  const unreadable: string[] = [];
  // "CO 97" is one code: join a lone group code with the number after it before splitting.
  const joined = text
    .toUpperCase()
    .replace(/\b(CO|PR|OA|PI)\s+(?=[A-Z]?\d)/g, '$1-')
    // "16/N290" is two codes, "CO/97" one.
    .replace(/(?<!\b(?:CO|PR|OA|PI))\//g, ' ');
  for (const token of joined.split(/[\s,;+&]+|\bAND\b/).filter(Boolean)) {
    const parsed = parseCode(token);
    if (parsed) codes.push(parsed);
    else unreadable.push(token);
  }
  return { codes, unreadable };
}

/** "CO-97", "16", "N290": how a code is stored in a session's denialCodes / remarkCodes and shown. */
export function formatCode(code: ParsedCode): string {
  return code.kind === 'carc' && code.group ? `${code.group}-${code.code}` : code.code;
}

export type Explanation = {
  /** "CO-97" as shown. */
  label: string;
  kind: RemitKind;
  code: string;
  group?: GroupCode;
  /** The official text, or a note that the code is not in this table. */
  text: string;
  fix: string;
  /** What the group code means ("Contractual obligation: ..."), for a CARC with a group. */
  groupText?: string;
  severity: 'warning' | 'info';
  known: boolean;
};

export type CodeBook = {
  /** The entry for a CARC ("97", "B15"), a RARC ("N290") or a group code ("CO"); undefined when not listed. */
  lookup(kind: 'group' | RemitKind, code: string): CodeInfo | undefined;
  /** Every listed code of one kind, in table order. */
  listed(kind: 'group' | RemitKind): CodeInfo[];
  /** The meaning and usual fix of one code, with its group's meaning; never undefined. */
  explain(code: ParsedCode): Explanation;
};

/** A code book over the table's text (header row first; `#` comment lines are skipped). */
export function createCodeBook(tableText: string): CodeBook {
  const entries = new Map<string, CodeInfo>();
  let header = true;
  for (const line of tableText.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [kind, code, text, severity, fix] = line.replace(/\r$/, '').split('\t');
    if (!kind || !code || !text) continue;
    if (kind !== 'group' && kind !== 'carc' && kind !== 'rarc') continue;
    entries.set(`${kind}:${code}`, {
      kind,
      code,
      text,
      severity: severity === 'info' ? 'info' : 'warning',
      fix: fix ?? '',
    });
  }
  const lookup = (kind: 'group' | RemitKind, code: string) =>
    entries.get(`${kind}:${code.trim().toUpperCase()}`);
  return {
    lookup,
    listed: (kind) => [...entries.values()].filter((e) => e.kind === kind),
    explain(code) {
      const entry = lookup(code.kind, code.code);
      const group = code.group ? lookup('group', code.group) : undefined;
      const what = code.kind === 'carc' ? 'reason code (CARC)' : 'remark code (RARC)';
      const out: Explanation = {
        label: formatCode(code),
        kind: code.kind,
        code: code.code,
        text: entry?.text ?? `This ${what} is not in the built-in table.`,
        fix:
          entry?.fix ??
          `Look it up in the X12 ${code.kind === 'carc' ? 'CARC' : 'RARC'} list (x12.org/codes) or call the payer.`,
        // A CO/OA/PI adjustment asks something of the practice even where the reason itself is routine.
        severity: entry?.severity ?? 'warning',
        known: Boolean(entry),
      };
      if (code.group) out.group = code.group;
      if (group) out.groupText = group.text;
      // Patient responsibility is the client's to pay, whatever the reason: not a problem with the claim.
      if (code.group === 'PR') out.severity = 'info';
      return out;
    },
  };
}
