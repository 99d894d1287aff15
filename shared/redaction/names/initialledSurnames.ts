import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';

// "Ask for Shaniqua at the desk, or D. Swift on nights", "cc A. Penny": an initial and a frequent
// surname that is also a word, after a word that joins or addresses people. After a sentence's end
// the initial is no initial ("Plan B. Grant access"): the word before must be one of these.
const INITIALLED = /(?:^|[\s(,])(?:or|and|&|with|by|from|to|for|ask|call|page|cc|per)[ ](\p{Lu}\.[ ]?(\p{Lu}\p{Ll}{2,}))(?![\p{L}\p{M}'’-])/gu;
// a surname among the census's first 5,000: the run of capitalised words already takes rarer ones
const FREQUENT = 5000;

export function initialledSurnames(doc: Doc): void {
  const lex = nameLexicon();
  INITIALLED.lastIndex = 0;
  for (let m = INITIALLED.exec(doc.text); m; m = INITIALLED.exec(doc.text)) {
    const name = m[1] ?? '';
    if (lex.censusRank((m[2] ?? '').toLowerCase()) > FREQUENT) continue;
    const at = m.index + m[0].length - name.length;
    addPerson(doc, at, at + name.length);
  }
}
