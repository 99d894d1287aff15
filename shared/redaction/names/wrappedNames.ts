import type { Doc } from '../doc.js';
import { hasLatinDiacritic } from '../text/latinDiacritic.js';
import { addPerson } from './addPerson.js';
import { startsDate } from './dateWords.js';
import type { WordInfo } from './wordInfo.js';


/**
 * A name broken by a hard line break ("Referring provider: Dr. Xóchitl\nOchoa NPI ...", text
 * pasted from a PDF): when a found name ends its line, a capitalised surname opening the next line
 * belongs to it. Only a listed name (no ordinary word, or a frequent census surname) or an unlisted
 * word spelled like a name is taken, so a signature's next line ("RN", "Pharmacy") stays.
 */
export function wrappedNames(doc: Doc, infos: WordInfo[]): void {
  let ends: Set<number> | undefined;
  for (let i = 1; i < infos.length; i++) {
    const w = infos[i] as WordInfo;
    const prev = infos[i - 1] as WordInfo;
    if (prev.tok.line + 1 !== w.tok.line || prev.tok.end + 1 !== w.tok.start || doc.text.charCodeAt(prev.tok.end) !== 10) continue;
    // ("Jan 28, 2024 12:19:07 AM" opening the next line is a date, not a surname)
    if (!w.alpha || !w.cap || w.tech || w.orgHead || w.title || w.strongCue || w.weakCue || w.base.length < 2 || startsDate(doc, w)) continue;
    if (!((w.known && (!w.common || w.rank <= 5000)) || (!w.common && hasLatinDiacritic(w.base)))) continue;
    if (!ends) {
      ends = new Set();
      for (const s of doc.spans) if (s.type === 'PERSON') ends.add(s.end);
    }
    if (ends.has(prev.tok.end)) addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
  }
}
