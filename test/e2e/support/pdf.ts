import { inflateSync } from 'node:zlib';

/**
 * The number of pages in a PDF. Chromium writes its page objects in plain text; Firefox packs them into
 * compressed object streams, so the deflated streams are opened too.
 */
export function pdfPageCount(pdf: Buffer): number {
  const raw = pdf.toString('latin1');
  const texts = [raw];
  const stream = /(?<!end)stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (an image, a font in another encoding): no page objects in it
    }
    stream.lastIndex = end;
  }
  return texts.reduce((n, text) => n + (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, 0);
}
