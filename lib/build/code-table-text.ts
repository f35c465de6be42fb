/**
 * Pure text transforms for the code tables in `data/` (tab-separated, `#` comment lines at the top that
 * carry the source and date). Shared by the Vite plugin that turns a table into a module at build time
 * and by the tests, so what ships is exactly what is tested.
 */

/** The table without its `#` comment lines and blank lines: header row plus data rows. */
export function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .join('\n');
}

/**
 * The first column only (codes), without dots, one per line, after the header row. A `# ranges:` comment
 * line is kept at the top: the ICD lookup needs it to tell "not billable" (inside the ranges, absent)
 * from "unknown" (outside the ranges, format check only).
 */
export function codesOnly(text: string): string {
  const out: string[] = [];
  let headerSeen = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      if (/^#\s*ranges:/i.test(line)) out.unshift(line.trim());
      continue;
    }
    if (line.trim() === '') continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    const code = line.split('\t', 1)[0]!.trim().replace('.', '');
    if (code) out.push(code);
  }
  return out.join('\n');
}
