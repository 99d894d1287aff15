/**
 * The matches a global scan of `text` would find, for a pattern that starts a word (it is led by a
 * lookbehind that refuses a letter before it, such as (?<![\p{L}\p{M}])) and whose every match
 * holds a hit of `gate` (a global regexp, hits not overlapping) at most `reach` code units after
 * the match's start. Such a pattern, scanned, is tried at every position of the text; here it is
 * tried (as `sticky`, the same pattern with flag y instead of g) only at the positions within reach
 * before each hit, each position once and in order, skipping those right after an ASCII letter
 * (where its lookbehind fails). So the matches are the same, found for the price of scanning for
 * the gate, which is short and cheap and rare in ordinary text ("," before a lower-case word).
 */
export function* gatedMatches(text: string, sticky: RegExp, gate: RegExp, reach: number): Generator<RegExpExecArray> {
  if (!sticky.sticky || !gate.global) throw new Error('gatedMatches: a sticky pattern and a global gate');
  // the first position not yet tried (or inside a match found)
  let next = 0;
  gate.lastIndex = 0;
  for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
    for (let at = Math.max(next, hit.index - reach); at <= hit.index; at++) {
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

/** Whether a scan could start a match at `at`: not right after an ASCII letter, nor inside a surrogate pair. */
function mayStartWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before < 128) return !((before >= 65 && before <= 90) || (before >= 97 && before <= 122));
  // (a scan steps over a pair whole; a sticky match at its second half would start at its first)
  const here = text.charCodeAt(at);
  return !(before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff);
}
