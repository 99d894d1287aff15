import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { namePartOk } from './namePart.js';
import { isGroupOrProduct } from './vocabulary.js';

// a quoted reply's header: "Shimizu, Takeshi wrote:", "Latoya wrote:" (the whole line)
const WROTE_LINE = /^[ \t>]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:,? \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) wrote:[ \t]*$/gmu;

export function replyHeaders(doc: Doc): void {
  const text = doc.text;
  WROTE_LINE.lastIndex = 0;
  for (let m = WROTE_LINE.exec(text); m; m = WROTE_LINE.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(/,? /);
    if (!words.every((w) => namePartOk(w.replace(/\.$/, '')) && !isGroupOrProduct(w.toLowerCase()))) continue;
    const at = m.index + m[0].indexOf(name);
    addPerson(doc, at, at + name.length, 35);
  }
}
