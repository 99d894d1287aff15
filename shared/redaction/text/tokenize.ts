import { charClass } from './charClass.js';

/** A word of the ticket text with its offsets; apostrophes and hyphens join letters inside a word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the line the token lies on (lines end at '\n'). */
  line: number;
  /** Holds an ASCII digit (noted while scanning: word facts keep such words apart). */
  digits: boolean;
  /** A hash of `text` (every code unit), taken while scanning: word facts find a word by it without hashing the string again. */
  hash: number;
}

// A word is letters/digits/_ joined by single ' ’ or -, as /[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*/u
// would match; scanned by hand, one cached character-class test per code unit, in one pass.
const WORD_CHAR = charClass(/^[\p{L}\p{M}\p{N}_]$/u);

// ASCII word characters decided by a table: most ticket text is ASCII, and this skips the call
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = WORD_CHAR.has(c) ? 1 : 0;

/** Length in code units (1 or 2) of the word character at `i`, or 0. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_WORD[c] as number) : WORD_CHAR.widthAt(text, i);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** Splits text into word tokens in one linear scan, counting lines as it goes. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let w = c < 128 ? (ASCII_WORD[c] as number) : WORD_CHAR.widthAt(text, i);
    if (w === 0) {
      if (c === 10) line++;
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    let hash = 0;
    for (;;) {
      // word characters from i on (ASCII ones by the table, noting digits)
      for (;;) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_WORD[d] === 0) break;
          if (d <= 57 && d >= 48) digits = true;
          hash = (Math.imul(hash, 31) + d) | 0;
          i++;
        } else {
          w = WORD_CHAR.widthAt(text, i);
          if (w === 0) break;
          hash = (Math.imul(hash, 31) + d) | 0;
          if (w === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
          i += w;
        }
      }
      // a joiner between word characters joins them
      if (!isJoiner(text.charCodeAt(i)) || wordCharAt(text, i + 1) === 0) break;
      hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      i += 1;
    }
    out.push({ start, end: i, text: text.slice(start, i), line, digits, hash });
  }
  return out;
}
