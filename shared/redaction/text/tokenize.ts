import { charClass } from './charClass.js';

/** A word of the ticket text with its offsets; apostrophes and hyphens join letters inside a word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the line the token lies on. */
  line: number;
}

// A word is letters/digits/_ joined by single ' ’ or -, as /[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*/u
// would match; scanned by hand, one cached character-class test per code unit, in one pass.
const WORD_CHAR = charClass(/^[\p{L}\p{M}\p{N}_]$/u);

/** Length in code units (1 or 2) of the word character at `i`, or 0. */
export function wordCharAt(text: string, i: number): number {
  return WORD_CHAR.widthAt(text, i);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** Splits text into word tokens in one linear scan. */
export function tokenize(text: string, lineOf: (offset: number) => number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i += w;
      while ((w = wordCharAt(text, i)) !== 0) i += w;
      if (!isJoiner(text.charCodeAt(i))) break;
      w = wordCharAt(text, i + 1);
      if (w === 0) break;
      i += 1;
    }
    out.push({ start, end: i, text: text.slice(start, i), line: lineOf(start) });
  }
  return out;
}
