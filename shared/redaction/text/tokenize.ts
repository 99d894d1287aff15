/** A word of the ticket text with its offsets; apostrophes and hyphens join letters inside a word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the line the token lies on. */
  line: number;
}

// A word is letters/digits/_ joined by single ' ’ or -, as /[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*/u
// would match; scanned by hand (ASCII by table, the rest by a per-character cache) in one pass.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const BMP = new Uint8Array(65536); // 0 = not yet known, 1 = word character, 2 = not
for (let c = 0; c < 128; c++) BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 2;

/** Length in code units (1 or 2) of the word character at `i`, or 0. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP[c] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = known;
  }
  return known === 1 ? 1 : 0;
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
