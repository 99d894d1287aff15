import type { Doc } from '../doc.js';
import { fold } from '../text/fold.js';
import { PERSON_PRIORITY } from './addPerson.js';
import { type GatedScan, gatedMatches } from './gatedMatches.js';

// A name whose letters outside ASCII a badge printer or an old interface turned into "?"
// ("Bart?omiej Zaj?c" for Bartłomiej Zając, "?a?lar" for Çağlar): a word of letters and question
// marks that matches a name part known in this ticket letter for letter, "?" standing for any one.

const MANGLED = /(?<![\p{L}\p{M}\p{N}?])[\p{L}?]*\?[\p{L}?]*/uy;
// (tried only before each '?', back over the letters before it: see gatedMatches)
const QUESTION_MARK = /\?/g;
export const MANGLED_SCAN: GatedScan = { sticky: MANGLED, gate: QUESTION_MARK, reach: Infinity };

/** `word` (lower-case, with ?) is `part` with some letters replaced by "?", and keeps at least two of them. */
function matches(word: string, part: string): boolean {
  if (word.length !== part.length) return false;
  let kept = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '?') continue;
    if (c !== part[i]) return false;
    kept++;
  }
  return kept >= 2;
}

export function mangledNames(doc: Doc): void {
  if (!doc.nameParts.size || !doc.text.includes('?')) return;
  const parts = [...doc.nameParts].map(fold);
  for (const m of gatedMatches(doc.text, MANGLED_SCAN)) {
    const word = m[0];
    if (word.length < 3 || word.replaceAll('?', '').length < 2) continue;
    const lower = fold(word);
    if (parts.some((p) => matches(lower, p))) doc.add(m.index, m.index + word.length, 'PERSON', PERSON_PRIORITY);
  }
}
