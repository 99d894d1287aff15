import type { Doc } from '../doc.js';

/** The letters a login's one long piece (a start of a name part) has at least. */
export const LONG_PIECE = 4;
// the words `detectNameLogins` looks at: all in lower case or all in capitals, of 4 to 25 characters
const LOGIN = /(?<![\p{L}\p{N}@\\/.'’_-])(?:[a-z][a-z0-9._]{3,24}|[A-Z][A-Z0-9._]{3,24})(?![\p{L}\p{N}@\\/'’_-]|\.[A-Za-z0-9])/gu;

// Every LOGIN match starts a word of the tokenizer's (what stands before it is no letter, digit, _,
// apostrophe or hyphen), unless a combining mark stands before it (a mark is part of a word, not of
// the lookbehind): a text with a mark is scanned whole, others tried only at word starts.
const MARK = /\p{M}/u;
// every mark is U+0300 or past it (an astral one is a surrogate pair, past it too): this plain range
// scan, some six times cheaper than the Unicode property's, spares the texts with none (most)
const PAST_MARKS = /[\u0300-\uffff]/;
const LOGIN_AT = new RegExp(LOGIN.source, 'uy');
// a match has at most 25 characters
const MOST_CHARS = 25;

/** Four lower-case letters a-z as one number (5 bits each). */
function code4(a: number, b: number, c: number, d: number): number {
  return ((a - 96) << 15) | ((b - 96) << 10) | ((c - 96) << 5) | (d - 96);
}

/** The first four letters of each part of four letters or more (every login holds one: its long piece), and their first letters (bits 0-25). */
interface LongStarts {
  codes: Set<number>;
  firsts: number;
}

function longStarts(parts: readonly string[]): LongStarts {
  const codes = new Set<number>();
  let firsts = 0;
  for (const p of parts) {
    if (p.length < LONG_PIECE) continue;
    codes.add(code4(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2), p.charCodeAt(3)));
    firsts |= 1 << (p.charCodeAt(0) - 97);
  }
  return { codes, firsts };
}

/**
 * Whether a LOGIN match at `at` could be made of parts: an ASCII letter there, and four letters in a
 * row that start a long part among the letters of the [A-Za-z0-9._] characters from there (a match
 * is at most the first 25 of them; its letters are these, lower-cased, digits, dots and _ dropped).
 */
function mayBeLoginAt(text: string, at: number, { codes, firsts }: LongStarts): boolean {
  const first = text.charCodeAt(at) | 32;
  if (first < 97 || first > 122) return false;
  let a = 0;
  let b = 0;
  let c = first;
  const end = Math.min(text.length, at + MOST_CHARS);
  for (let i = at + 1; i < end; i++) {
    const ch = text.charCodeAt(i);
    // (| 32 lower-cases an ASCII letter and leaves digits, '.' and '_' outside a-z)
    const d = ch | 32;
    if (d >= 97 && d <= 122) {
      // (the first letter's bit first: most four-letter runs start no long part)
      if (a !== 0 && (firsts >> (a - 97)) & 1 && codes.has(code4(a, b, c, d))) return true;
      a = b;
      b = c;
      c = d;
    } else if (!((ch >= 48 && ch <= 57) || ch === 46 || ch === 95)) return false;
  }
  return false;
}

/**
 * The LOGIN matches that may be made of `parts`, in text order. No match starts inside another (a
 * match's characters may not stand before one), so trying each word start alone finds what a scan does.
 */
export function loginMatches(doc: Doc, parts: readonly string[]): RegExpExecArray[] {
  const text = doc.text;
  const out: RegExpExecArray[] = [];
  if (PAST_MARKS.test(text) && MARK.test(text)) {
    LOGIN.lastIndex = 0;
    for (let m = LOGIN.exec(text); m; m = LOGIN.exec(text)) out.push(m);
    return out;
  }
  const starts = longStarts(parts);
  for (const tok of doc.tokens()) {
    if (!mayBeLoginAt(text, tok.start, starts)) continue;
    LOGIN_AT.lastIndex = tok.start;
    const m = LOGIN_AT.exec(text);
    if (m) out.push(m);
  }
  return out;
}
