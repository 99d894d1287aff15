import { isAsciiLetter, mayBeLetter } from '../text/asciiLetter.js';

/** A pattern (flag y), the gate its matches hold (flag g) and how far before a hit a match may start. */
export interface GatedScan {
  sticky: RegExp;
  gate: RegExp;
  reach: number;
}

/**
 * The matches a global scan of `text` would find, for a pattern led by a word: a lookbehind that
 * refuses a letter before it (such as (?<![\p{L}\p{M}])), then letters, marks, apostrophes or
 * hyphens (or none) up to a hit of `gate` (a global regexp; hits do not overlap), at most `reach`
 * code units long. Scanned, such a pattern is tried at every position of the text; here it is
 * tried (as `sticky`, the same pattern with flag y instead of g) only where that word can start
 * before each hit, each position once and in order. So the matches are the same, found for the
 * price of scanning for the gate: a character or two, rare in ordinary text ("," before a
 * lower-case word). However far `reach`, no position is tried twice: the time stays linear.
 */
export function* gatedMatches(text: string, { sticky, gate, reach }: GatedScan): Generator<RegExpExecArray> {
  if (!sticky.sticky || !gate.global) throw new Error('gatedMatches: a sticky pattern and a global gate');
  // the first position not yet tried (or inside a match found)
  let next = 0;
  gate.lastIndex = 0;
  for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
    // back over what may be the word (any character outside ASCII may be a letter or mark)
    let at = hit.index;
    while (at > next && at > hit.index - reach && mayBeInWord(text.charCodeAt(at - 1))) at--;
    for (; at <= hit.index; at++) {
      if (!mayStartWord(text, at)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      yield m;
      // (the next match starts after this one, perhaps still before this hit)
      next = Math.max(at + 1, m.index + m[0].length);
      at = next - 1;
    }
    next = Math.max(next, hit.index + 1);
    if (gate.lastIndex < next) gate.lastIndex = next;
  }
}

/** A code unit of a word: an ASCII letter, apostrophe or hyphen, or anything outside ASCII. */
function mayBeInWord(c: number): boolean {
  return mayBeLetter(c) || c === 39 || c === 45;
}

/** Whether a scan could start a match at `at`: not right after an ASCII letter, nor inside a surrogate pair. */
function mayStartWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before < 128) return !isAsciiLetter(before);
  // (a scan steps over a pair whole; a sticky match at its second half would start at its first)
  const here = text.charCodeAt(at);
  return !(before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff);
}
