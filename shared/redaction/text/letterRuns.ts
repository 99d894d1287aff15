import { charClass } from './charClass.js';

const LETTER = charClass(/^[\p{L}\p{M}]$/u);

// ASCII letters decided by a table (most text is ASCII): no call per character
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = LETTER.has(c) ? 1 : 0;

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
    const width = joiners && (c === 39 || c === 0x2019 || c === 45) ? 1 : c < 128 ? (ASCII_LETTER[c] as number) : LETTER.widthAt(text, i);
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
