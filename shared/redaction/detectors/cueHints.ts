import type { Doc } from '../doc.js';
import { wordGate } from '../text/wordGates.js';

/**
 * Where a cue rule's hints (lower-case beginnings of its cue, see `CueRule.hints`) stand at a word
 * start, found from the words of the text instead of a scan of it with one pattern of all hints.
 *
 * Every hint starts with an ASCII word character, so a place the pattern `\b(?:hint|...)` matches
 * lies in a word (as `tokenize` splits text): at its start, or after a character of it that is no
 * ASCII word character (a joiner, a letter past ASCII: "x-ssn", "éssn"). From there to the word's
 * end the word either holds the whole hint or is a beginning of it ("s" of "s/n", "social" of
 * "social security"). Each word is judged once (with its cached facts) by two word gates: such a
 * place at its start, or further in. The pattern is tried (sticky) only there, in text order,
 * which finds each place a scan would (a scan resumes one character after each match).
 */
export interface CueHints {
  /** Every hint after \b, case-insensitive like the cues, longest first: a match is the longest hint there; sticky. */
  re: RegExp;
  /** For each hint, the bits of the rules listing it or a hint it starts with. */
  rulesOf: Map<string, number>;
  /** Word gates: a hint (or its beginning) at the word's start; after a joiner or a letter past ASCII in it. */
  atStart: number;
  inside: number;
}

/** Where a hint stands at a word start, and the bits of the rules it may start a cue of. */
export interface HintHits {
  at: number[];
  rules: number[];
  any: number;
}

const ASCII_WORD = /^[A-Za-z0-9_]/;

/** Builds the hint pattern and registers its word gates (when the rules' module loads). */
export function cueHints(hints: readonly string[], rulesOf: Map<string, number>): CueHints {
  const escape = (h: string) => h.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&');
  for (const h of hints) if (!ASCII_WORD.test(h)) throw new Error(`a cue hint starts with an ASCII word character: ${h}`);
  const sorted = [...hints].sort((a, b) => b.length - a.length);
  // the word from a place on holds a hint or may begin one (flags as the hint pattern's)
  const begun = new RegExp(`^(?:${trie(hints, escape)})`, 'i');
  return {
    re: new RegExp(`\\b(?:${sorted.map(escape).join('|')})`, 'iy'),
    rulesOf,
    atStart: wordGate((word) => begun.test(word)),
    inside: wordGate((word) => {
      for (let o = 1; o < word.length; o++) if (!isAsciiWord(word.charCodeAt(o - 1)) && begun.test(word.slice(o))) return true;
      return false;
    }),
  };
}

/**
 * A pattern matching a word (from a place in it to its end) that holds one of `hints`, or ends
 * where the rest of one can follow a word's end: "ss" of "ss#" as s(?:s(?:$|#)|...), "social" of
 * "social security". A word never ends before an ASCII word character (the word would go on), and
 * only such a character matches one (case-insensitive without the u flag), so there the word cannot
 * end early ("to" begins no "token"). Hints sharing a beginning share its branch.
 */
function trie(hints: readonly string[], escape: (s: string) => string): string {
  const next = new Map<string, string[]>();
  for (const h of hints) {
    const c = h.charAt(0);
    const rests = next.get(c) ?? [];
    rests.push(h.slice(1));
    next.set(c, rests);
  }
  return [...next]
    .map(([c, rests]) => {
      // one rest empty: the hint ends here, whatever follows
      if (rests.includes('')) return escape(c);
      const end = rests.some((r) => !isAsciiWord(r.charCodeAt(0))) ? '$|' : '';
      return `${escape(c)}(?:${end}${trie(rests, escape)})`;
    })
    .join('|');
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The hint places of the text, from its words' gates. */
export function hintHits(doc: Doc, hints: CueHints): HintHits {
  const hits: HintHits = { at: [], rules: [], any: 0 };
  const gates = hints.atStart | hints.inside;
  if ((doc.wordBits & gates) === 0) return hits;
  const text = doc.text;
  for (const w of doc.words()) {
    const g = w.gates & gates;
    if (g === 0) continue;
    const start = w.tok.start;
    if ((g & hints.atStart) !== 0) tryHintAt(hits, hints, text, start);
    if ((g & hints.inside) !== 0) {
      const t = w.tok.text;
      for (let o = 1; o < t.length; o++) if (!isAsciiWord(t.charCodeAt(o - 1))) tryHintAt(hits, hints, text, start + o);
    }
  }
  return hits;
}

/** Adds the hint at `at`, if one stands there, to `hits` (a function of the module: no closure per call). */
function tryHintAt(hits: HintHits, hints: CueHints, text: string, at: number): void {
  const re = hints.re;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return;
  const rules = hints.rulesOf.get(m[0].toLowerCase()) ?? 0;
  hits.at.push(at);
  hits.rules.push(rules);
  hits.any |= rules;
}
