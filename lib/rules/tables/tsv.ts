/** Data rows of a tab-separated table (the header row and `#` comment lines skipped). */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let header = true;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}
