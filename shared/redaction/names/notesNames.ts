import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { nameWord } from './namePart.js';

// Lotus Notes / Domino hierarchical names: "DeShawn Jefferson/Nursing/MVH", "Porter Potter/Radiology/MVH@MVH"
const NOTES_NAME = /(?<![\p{L}\p{M}/])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2})\/[A-Za-z][\w&-]{1,30}(?:\/[A-Za-z][\w&-]{1,30}){0,2}\/[A-Z][A-Z0-9-]{1,20}(?:@[A-Z][A-Z0-9-]{1,20})?(?![\w/])/gu;
// what every match ends in, a slash before two capitals or digits ("/MVH"): most texts have none, and
// a scan for a slash is far quicker than trying a name at every capital
const LAST_PART = /\/[A-Z][A-Z0-9-]/;

export function notesNames(doc: Doc): void {
  const text = doc.text;
  NOTES_NAME.lastIndex = LAST_PART.test(text) ? 0 : text.length;
  for (let m = NOTES_NAME.exec(text); m; m = NOTES_NAME.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (!words.every(nameWord)) continue;
    // "Release Notes/Build/V2": ordinary words are a path, not a person
    if (words.every((w) => isCommonWord(w) && !nameLexicon().isGivenName(w))) continue;
    addPerson(doc, m.index, m.index + name.length, 35);
  }
}
