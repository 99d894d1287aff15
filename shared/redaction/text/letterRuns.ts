// per UTF-16 unit: 0 = not yet known, 1 = letter or mark (\p{L}\p{M}), 2 = not (a lone surrogate is not)
const KNOWN = new Uint8Array(65536);
const LETTER = /^[\p{L}\p{M}]$/u;

function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = KNOWN[c] as number;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    KNOWN[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/**
 * The non-empty runs of letters and marks in `text` (with `joiners`, ' ’ and - join them too):
 * what `text.split(/[^\p{L}\p{M}]+/u)` (or `/[^\p{L}\p{M}'’-]+/u`) gives, less the empty strings,
 * in one scan without the regex.
 */
export function letterRuns(text: string, joiners = false): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const width = joiners && (c === 39 || c === 0x2019 || c === 45) ? 1 : letterAt(text, i);
    if (width === 0) {
      if (start !== -1) out.push(text.slice(start, i));
      start = -1;
      i++;
    } else {
      if (start === -1) start = i;
      i += width;
    }
  }
  if (start !== -1) out.push(text.slice(start));
  return out;
}
