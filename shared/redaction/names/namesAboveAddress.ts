import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { caselessNamePart } from './namePart.js';

// A name on the line right above a street address is who lives there, as on a label, an envelope or
// a card ("| LOSALINE FIFITA" over "| 6485 ACEQUIA MADRE DR, YUMA AZ"), in whatever case; an
// organisation's name ("Riverside Medical Center", "Accounts Payable") is made of other words.

// the line's frame: box-drawing bars, quote marks, bullets
const FRAME = /^[\s|│║>*•-]*/;
const NAME_LINE = /^(\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){1,3})[\s|│║]*$/u;

function nameLine(text: string): { at: number; name: string } | undefined {
  const frame = FRAME.exec(text)?.[0].length ?? 0;
  const m = NAME_LINE.exec(text.slice(frame));
  const name = m?.[1];
  if (!name) return undefined;
  const lex = nameLexicon();
  let listed = 0;
  let common = 0;
  const words = name.split(' ');
  for (const word of words) {
    const w = word.replace(/\.$/, '');
    const lower = w.toLowerCase();
    if (w.length < 2 || !caselessNamePart(lower)) return undefined;
    const ordinary = isCommonWord(lower);
    if (ordinary && !lex.isName(w)) return undefined;
    if (lex.isName(w)) listed++;
    if (ordinary) common++;
  }
  // one listed name, and not only ordinary words ("Send Bill", "Grant Hall")
  return listed > 0 && common < words.length ? { at: frame, name } : undefined;
}

export function namesAboveAddress(doc: Doc): void {
  for (const span of doc.spans) {
    if (span.type !== 'ADDRESS') continue;
    const line = doc.lineOf(span.start);
    if (line === 0) continue;
    const start = doc.lineStart(line);
    // the address opens its line (inside the frame)
    if ((FRAME.exec(doc.text.slice(start, span.start))?.[0].length ?? 0) !== span.start - start) continue;
    const above = nameLine(doc.line(line - 1));
    if (!above) continue;
    const at = doc.lineStart(line - 1) + above.at;
    addPerson(doc, at, at + above.name.length);
  }
}
