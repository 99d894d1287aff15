import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import type { WordInfo } from './wordInfo.js';

// "ring Faisal Abu-Zaid on days and Sage Rose on nights": after "and", name words said the way
// something taken before "and" was (the same word after each: a person, or their number) are a
// person too, even when they are ordinary words. The run opens with a given name and goes on with
// listed capitalised names, three words at most: "Maria Lopez on Monday and Blue Cross on Tuesday"
// stays.

/** Something taken so far ends where `end` is. */
function takenEndsAt(doc: Doc, end: number): boolean {
  for (const s of doc.spans) if (s.end === end) return true;
  return false;
}

export function parallelNames(doc: Doc, infos: WordInfo[]): void {
  for (let k = 2; k < infos.length - 2; k++) {
    if ((infos[k] as WordInfo).lower !== 'and') continue;
    const first = infos[k + 1] as WordInfo;
    if (!first.given) continue;
    let last = k + 1;
    while (last < k + 3 && infos[last + 1]?.cap && infos[last + 1]?.known) last++;
    const after = infos[last + 1];
    if (last === k + 1 || after === undefined) continue;
    // "<person> on days and": the person one or two words before "and", then the same word as after the run
    for (let p = k - 2; p >= k - 3 && p >= 0; p--) {
      if ((infos[p + 1] as WordInfo).lower !== after.lower || !takenEndsAt(doc, (infos[p] as WordInfo).tok.end)) continue;
      addPerson(doc, first.tok.start, (infos[last] as WordInfo).tok.end);
      break;
    }
  }
}
