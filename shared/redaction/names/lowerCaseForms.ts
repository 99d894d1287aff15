import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { type GatedScan, gatedMatches } from './gatedMatches.js';
import { nameLexicon } from './nameLexicon.js';
import { caselessNamePart, lowerCaseNamePart } from './namePart.js';

// Name forms typed in lower case, where capitals cannot tell them: "for garrett, john j.",
// "from: carroll, bishop <bcarroll@...>", "elijah n. morse, dl ...", "kathleen curry - laboratory".
// Each needs its own shape and a listed name in it.

const WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]{1,30}`;
// "last, first [i]" after a person cue or a mail header, or before a record cue or an address
const LAST_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD}), (${WORD})(?: (\p{Ll})\b\.?)?(?![\p{L}\p{M}])`, 'uy');
// what every LAST_FIRST match holds after its first word (of at most 31 code points, 62 code units)
const LAST_FIRST_GATE = /,(?= \p{Ll})/gu;
const CUE_BEFORE = /(?:^|[^\p{L}])(?:for|from:?|to:|cc:|patient|pt|member|guarantor|by)\s{1,2}$/u;
const CUE_AFTER = /^\s{0,2}(?:\(?(?:dob|mrn|d\.o\.b)\b|<|,?\s{0,2}mrn\b)/u;
// "first i. last": a middle initial with its dot between two words
const INITIALLED = new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD}) (\p{Ll})\. (${WORD})(?![\p{L}\p{M}])`, 'uy');
// (INITIALLED after its first word)
const INITIAL_GATE = / \p{Ll}\.(?= \p{Ll})/gu;
// the most code units a first word takes
const WORD_REACH = 62;
export const LAST_FIRST_SCAN: GatedScan = { sticky: LAST_FIRST, gate: LAST_FIRST_GATE, reach: WORD_REACH };
export const INITIALLED_SCAN: GatedScan = { sticky: INITIALLED, gate: INITIAL_GATE, reach: WORD_REACH };
// "kathleen curry - laboratory": two words leading a line, then a dash and what they do
const LINE_LED = new RegExp(String.raw`^[ \t]*(${WORD}) (${WORD}) [-–—] \p{Ll}`, 'gmu');
// (what every LINE_LED match holds, looked for first: most texts have no such dash)
const DASH_THEN_WORD = / [-–—] \p{Ll}/u;

/** A word that can be part of a name in lower case: a listed name, or no dictionary word; no function word or group. */
function part(word: string, listed: boolean): boolean {
  if (!caselessNamePart(word)) return false;
  const lex = nameLexicon();
  if (listed) return lex.isName(word) && (!isCommonWord(word) || lex.isGivenName(word) || lex.censusRank(word) <= 5000);
  return !isCommonWord(word) || lex.isGivenName(word);
}

export function lowerCaseForms(doc: Doc): void {
  const text = doc.text;
  const lex = nameLexicon();
  // (both patterns are tried only before their gate's hits: see gatedMatches)
  if (text.includes(', ')) {
    for (const m of gatedMatches(text, LAST_FIRST_SCAN)) {
      const last = m[1] ?? '';
      const first = m[2] ?? '';
      const cued = CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || CUE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      if (!cued || !part(last, true) || !part(first, false) || !(lex.isGivenName(first) || !isCommonWord(first))) continue;
      addPerson(doc, m.index, m.index + m[0].length);
    }
  }
  if (text.includes('. ')) {
    for (const m of gatedMatches(text, INITIALLED_SCAN)) {
      const first = m[1] ?? '';
      const last = m[3] ?? '';
      if (!lex.isGivenName(first) || !part(last, true)) continue;
      addPerson(doc, m.index, m.index + m[0].length);
    }
  }
  LINE_LED.lastIndex = DASH_THEN_WORD.test(text) ? 0 : text.length;
  for (let m = LINE_LED.exec(text); m; m = LINE_LED.exec(text)) {
    const first = m[1] ?? '';
    const last = m[2] ?? '';
    if (!lowerCaseNamePart(first) || !lowerCaseNamePart(last) || !(lex.isName(first) || lex.isName(last))) continue;
    const at = m.index + m[0].indexOf(first);
    addPerson(doc, at, at + first.length + 1 + last.length);
  }
}
