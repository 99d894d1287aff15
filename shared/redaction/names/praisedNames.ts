import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { adjacent, type WordInfo } from './wordInfo.js';

// What a survey comment says of the person who helped, not of a system: "Rafiqul was great, fixed
// the Omnicell", "Delroy is always so helpful".
const PRAISE = new Set(['great', 'awesome', 'amazing', 'helpful', 'fantastic', 'excellent', 'wonderful', 'patient', 'kind', 'friendly', 'courteous', 'polite', 'professional', 'rude', 'unhelpful']);
const DEGREE = new Set(['very', 'so', 'really', 'super', 'extremely', 'always']);

// a line's (after its indent) or a sentence's start
const OPENS = /(?:^|\n)[ \t>]*$|[.!?][ \t]+$/;

/** A word that is no ordinary word, product or code, opening a sentence, then praised as people are. */
export function praisedNames(doc: Doc, infos: WordInfo[]): void {
  for (let i = 1; i + 1 < infos.length; i++) {
    const verb = infos[i] as WordInfo;
    if (verb.lower !== 'was' && verb.lower !== 'is') continue;
    // up to two words of degree between ("is always so helpful")
    let k = i + 1;
    while (k < i + 3 && DEGREE.has(infos[k]?.lower ?? '')) k++;
    const said = infos[k];
    if (said === undefined || !PRAISE.has(said.lower) || !infos.slice(i, k).every((w, j) => adjacent(w, infos[i + j + 1] as WordInfo))) continue;
    const name = infos[i - 1] as WordInfo;
    if (!adjacent(name, verb) || !name.alpha || name.common || name.tech) continue;
    if (OPENS.test(doc.text.slice(Math.max(0, name.tok.start - 12), name.tok.start))) addPerson(doc, name.tok.start, name.tok.end);
  }
}
