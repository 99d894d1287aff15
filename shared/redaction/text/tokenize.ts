/** A word of the ticket text with its offsets; apostrophes and hyphens join letters inside a word. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index of the line the token lies on. */
  line: number;
}

// Letters/digits joined by single ' ’ or - : no nested ambiguity, so matching stays linear.
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*/gu;

/** Splits text into word tokens in one linear scan. */
export function tokenize(text: string, lineOf: (offset: number) => number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], line: lineOf(m.index) });
  }
  return out;
}
