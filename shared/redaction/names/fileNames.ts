import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { ACRONYMS, TECH } from './vocabulary.js';
import type { WordInfo } from './wordInfo.js';

const FILE_NAME_PART = /\p{Lu}[\p{L}\p{M}'’-]+/gu;
const FILE_EXTENSION = /^\.[A-Za-z0-9]{2,4}\b/;
const TYPE_PREFIX = /^[A-Za-z]{2,5}_/;

/** The second part after a file name's document type is a listed given name: "Lab_Bell_Mason", surname first (not "Lab_Bill_Pay"). */
function givenNameSecond(text: string, lex: ReturnType<typeof nameLexicon>): boolean {
  return lex.isGivenName(text.split('_')[2] ?? '');
}

/**
 * "Lab_Çelik_Gülşen.pdf", "AVS_GeorgiouD_20240218.pdf": print jobs and scans are named after the
 * patient. In a word joined by underscores, a part that is a listed name and no ordinary word,
 * or a listed surname run into an initial ("GeorgiouD"), is a name; after a short document type ("Lab_",
 * "AVS_") so is any capitalised part that is no ordinary word ("Lab_Dorvil_Guerline.pdf").
 */
export function namesInFileNames(doc: Doc, infos: WordInfo[]): void {
  // (no word is joined by underscores in a text without one)
  if (!doc.text.includes('_')) return;
  const lex = nameLexicon();
  for (const w of infos) {
    const text = w.tok.text;
    if (!text.includes('_')) continue;
    // a part in capitals counts only in a file name ("AUTH_FAILED_7" is a code)
    const file = FILE_EXTENSION.test(doc.text.slice(w.tok.end, w.tok.end + 6));
    // a file named by a short document type first ("Lab_", "AVS_"): what follows names the patient, listed or not
    const typed = file && TYPE_PREFIX.test(text);
    FILE_NAME_PART.lastIndex = 0;
    for (let m = FILE_NAME_PART.exec(text); m; m = FILE_NAME_PART.exec(text)) {
      let part = m[0];
      if (!file && !/\p{Ll}/u.test(part)) continue;
      const initial = /^\p{Lu}\p{Ll}{2,}\p{Lu}$/u.test(part);
      if (initial) part = part.slice(0, -1);
      const named = lex.isName(part) || (typed && m.index > 0 && /^\p{Lu}\p{Ll}/u.test(part));
      // after a document type, a listed name that is also a word goes when an initial is run into it
      // ("AVS_YoungG_20250427.pdf") or the parts after the type are a surname and a given name ("Lab_Bright_Rose.pdf")
      const word = isCommonWord(part) && !(typed && m.index > 0 && lex.isName(part) && (initial || givenNameSecond(text, lex)));
      if (part.length < 3 || !named || word || ACRONYMS.has(part.toLowerCase()) || TECH.has(part.toLowerCase())) continue;
      const at = w.tok.start + m.index;
      addPerson(doc, at, at + m[0].length);
    }
  }
}
