import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { lowerCaseNamePart } from './namePart.js';
import type { WordInfo } from './wordInfo.js';
import { wordEndingAt } from './wordSearch.js';

// A birth date in brackets right after a name, however typed: "fyi - dawn small (04/18/2008) had
// her armband", "aoife ni bhriain (may 23, 1985)". The date is found first (as a DOB); the words
// before its bracket that can be name parts, two or more, are the person born then.

/** A word that can be part of a name however it is typed. */
function namePart(w: WordInfo | undefined): boolean {
  return w !== undefined && w.alpha && lowerCaseNamePart(w.lower);
}

/** The person named right before each birth date in brackets. */
export function namesBeforeBirthDate(doc: Doc, infos: WordInfo[]): void {
  for (const span of doc.spans) {
    if (span.type !== 'DOB') continue;
    // (the bracket, or a comma, and a space between)
    const last = wordEndingAt(infos, span.start - 2);
    if (last === undefined || !namePart(last)) continue;
    let first = last.index;
    while (namePart(infos[first - 1])) first--;
    if (first < last.index) addPerson(doc, (infos[first] as WordInfo).tok.start, last.tok.end);
  }
}
