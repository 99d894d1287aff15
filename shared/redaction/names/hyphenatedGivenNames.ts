import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { adjacent, type WordInfo } from './wordInfo.js';

const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;

/**
 * "Ryu Sang-woo", "Sang-woo Kwon": a Korean-style given name ("Sang-woo", "Sung-min") is two
 * ordinary words to the lists, so it joins a name found right beside it.
 */
export function hyphenatedGivenNames(doc: Doc, infos: WordInfo[]): void {
  let starts: Set<number> | undefined;
  let ends: Set<number> | undefined;
  for (const w of infos) {
    // (a hyphen first: the pattern on every ordinary word cost more than the rest of the step)
    if (!w.common || !w.base.includes('-') || !HYPHENATED_GIVEN.test(w.base) || w.pieces.some((p) => !nameLexicon().isName(p))) continue;
    if (!starts || !ends) {
      starts = new Set();
      ends = new Set();
      for (const s of doc.spans) if (s.type === 'PERSON') {
        starts.add(s.start);
        ends.add(s.end);
      }
    }
    const next = infos[w.index + 1];
    const prev = infos[w.index - 1];
    const beforeName = next !== undefined && adjacent(w, next) && starts.has(next.tok.start);
    const afterName = prev !== undefined && adjacent(prev, w) && ends.has(prev.tok.end);
    if (beforeName || afterName) addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
  }
}
