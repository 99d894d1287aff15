import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { nameWord } from './namePart.js';
import { CALENDAR, STRONG_CUES, TITLES } from './vocabulary.js';

// A "Last, First" whose surname was found as a name but whose given name was not: the double
// surname "Quiñones Colón, Yadiel", "- Feliciano Pagán, Keishla, Staffing Office". The capitalised
// word after the comma is the given name when it can be one: no ordinary word (unless a given
// name), no title, role, department or product.

// (the word ends its clause: "Colón, Yadiel\n", "Pagán, Keishla, Staffing"; not a department's first
// word, "Dr. Li, Women's Health", "Reported by Ana, Médecine interne", "Ana Li, Med/Surg 2")
const AFTER = /^, (\p{Lu}[\p{L}\p{M}'’-]{1,30})(?=$|[\n.,;:)!?\]"]| [(<-])/u;

export function givenAfterComma(doc: Doc): void {
  const lex = nameLexicon();
  for (const span of doc.spans.filter((s) => s.type === 'PERSON')) {
    // (its comma and space first)
    if (doc.text.charCodeAt(span.end) !== 44 || doc.text.charCodeAt(span.end + 1) !== 32) continue;
    const m = AFTER.exec(doc.text.slice(span.end, span.end + 34));
    const word = m?.[1];
    if (!m || !word) continue;
    const lower = word.toLowerCase();
    if (!nameWord(lower) || STRONG_CUES.has(lower) || TITLES.has(lower) || CALENDAR.has(lower)) continue;
    if (isCommonWord(word) && !lex.isGivenName(word)) continue;
    // (already a person: nothing to add)
    const at = span.end + 2;
    if (doc.spans.some((s) => s.type === 'PERSON' && s.start <= at && s.end > at)) continue;
    addPerson(doc, span.start, at + word.length);
  }
}
