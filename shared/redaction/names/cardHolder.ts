import type { Doc } from '../doc.js';
import { fold } from '../text/fold.js';
import { addPerson } from './addPerson.js';

// A Québec health card (RAMQ) spells its holder: the number's four letters are the first three of the
// surname and the first of the given name. On a card read by OCR the holder's name is printed on
// the lines above the number ("THERIAULT" / "LOUIS-PHILIPPE" / "THEL 0412 0904"); lines whose words
// start with those letters are the holder's name, in whatever order and case.

const NAME_LINE = /^[ \t]*(\p{L}[\p{L}\p{M}'’-]*(?:[ ,]{1,2}\p{L}[\p{L}\p{M}'’-]*){0,2})[ \t]*$/u;

/** Marks the holder's name on up to three lines above the RAMQ number at `at` ("THEL ..."). */
export function ramqHolder(doc: Doc, at: number): void {
  const letters = doc.text.slice(at, at + 4).toLowerCase();
  const surname = letters.slice(0, 3);
  const given = letters[3] ?? '';
  let line = doc.lineOf(at) - 1;
  for (let seen = 0; line >= 0 && seen < 3; line--) {
    const text = doc.line(line);
    if (!text.trim()) continue;
    seen++;
    const m = NAME_LINE.exec(text);
    const name = m?.[1];
    if (!m || !name) return;
    // (letters only: "ST-PIERRE" is STP)
    const first = fold(name).replace(/[^a-z]/g, '');
    if (!first.startsWith(surname) && !(first.startsWith(given) && first.length > 1)) return;
    const start = doc.lineStart(line) + m[0].indexOf(name);
    addPerson(doc, start, start + name.length);
  }
}
