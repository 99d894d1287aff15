import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { hasLatinDiacritic } from '../text/latinDiacritic.js';
import { addPerson } from './addPerson.js';
import { wordEndingAt } from './wordSearch.js';
import { adjacent, type WordInfo } from './wordInfo.js';

// The rest of a name typed in lower case, once its first part is found: "schedule vasko dafunić
// with dr. banks", "patient kate van de pol (mrn ...)". Capitalised names get their rest from the
// runs; in lower case nothing marks where a name ends, so only words that can be nothing else go
// on: a listed surname that is no ordinary word, a word with a Latin diacritic that no dictionary
// has, or after particles any word.

/** A word that continues a lower-case name. */
function restOfName(w: WordInfo, afterParticle: boolean): boolean {
  if (!w.alpha || w.startsUpper || w.functionWord || w.tech || w.particle || w.base.length < 2) return false;
  // (after particles even an ordinary word: "van de pol", "de la cruz")
  // (an ordinary word with its accents is no name: "résumé", "naïve")
  return afterParticle || ((w.known || hasLatinDiacritic(w.base)) && !isCommonWord(w.folded));
}

export function lowerCaseRest(doc: Doc, infos: WordInfo[]): void {
  const persons = doc.spans.filter((s) => s.type === 'PERSON');
  for (const p of persons) {
    let last = wordEndingAt(infos, p.end);
    if (last === undefined || !last.alpha || last.startsUpper) continue;
    let end = p.end;
    let particles = 0;
    for (let next = infos[last.index + 1]; next !== undefined && adjacent(last, next) && doc.text.charCodeAt(last.tok.end) === 32; next = infos[next.index + 1]) {
      // ("van de pol": particles go on only when a word of the name follows them)
      if (next.particle && !next.startsUpper && particles < 3) {
        particles++;
        last = next;
        continue;
      }
      if (!restOfName(next, particles > 0)) break;
      end = next.possessive ? next.tok.end - 2 : next.tok.end;
      particles = 0;
      last = next;
    }
    if (end > p.end) addPerson(doc, p.start, end);
  }
}
