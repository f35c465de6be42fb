/**
 * The line of a JSON text where the value at `path` starts (1-based), so an import error can say
 * "Line 48: ...". A small scanner that follows the path without building the document; undefined when
 * the path is not in the text. Only runs when an error is being reported.
 */
export function lineOfJsonPath(text: string, path: readonly (string | number)[]): number | undefined {
  let i = 0;
  let line = 1;
  const n = text.length;

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const readString = (): string => {
    // Assumes text[i] === '"'. Escapes are decoded only enough to compare keys.
    i++;
    let out = '';
    while (i < n) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
          i += 2;
        }
        continue;
      }
      if (ch === '\n') line++;
      out += ch;
      i++;
    }
    throw new Error('unterminated string');
  };
  const skipValue = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '"') return void readString();
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) return void i++;
      for (;;) {
        skipSpace();
        if (ch === '{') {
          readString();
          skipSpace();
          i++; // ':'
        }
        skipValue();
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        i++; // close
        return;
      }
    }
    while (i < n && !/[,\]}\s]/.test(text[i]!)) i++;
  };
  /** Descends into the value at i along path[depth...]; returns the line where the target starts. */
  const find = (depth: number): number | undefined => {
    skipSpace();
    if (depth === path.length) return line;
    const want = path[depth];
    const ch = text[i];
    if (ch === '{' && typeof want === 'string') {
      i++;
      for (;;) {
        skipSpace();
        if (text[i] === '}' || i >= n) return undefined;
        const key = readString();
        skipSpace();
        i++; // ':'
        if (key === want) return find(depth + 1);
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
      }
    }
    if (ch === '[' && typeof want === 'number') {
      i++;
      for (let index = 0; ; index++) {
        skipSpace();
        if (text[i] === ']' || i >= n) return undefined;
        if (index === want) return find(depth + 1);
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
      }
    }
    return undefined;
  };
  try {
    return find(0);
  } catch {
    return undefined;
  }
}
