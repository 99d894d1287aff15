import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { nameWord } from './namePart.js';

// "pls call me 226-789-5456 sjoerd", "call me (854)759-6971 (ext 6907) Nomvula": a message that ends with the
// sender's number and then one or two words is signed with them.
const SIGNED = /(?<![\w.:/-])(\+?\(?\d[\d ().-]{5,18}\d)(?:\s?\(?(?:x|ext\.?)\s?\d{1,6}\)?)?[ \t]{1,3}(\p{L}[\p{L}\p{M}'’-]{1,30}(?: \p{L}[\p{L}\p{M}'’-]{1,30})?)[ \t.!]*$/u;

const LOCAL_NUMBER = /(?:^|\D)\d{3}[-. ]\d{4}$/;

/** A word a signature can be: no ordinary word (unless a frequent given name), cue, code or unit. */
function signatureWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!nameWord(word)) return false;
  const lex = nameLexicon();
  return !isCommonWord(lower) || (lex.isGivenName(lower) && lex.censusRank(lower) <= 1000);
}

export function signedAfterNumber(doc: Doc): void {
  for (const field of doc.fields) {
    // the field's last line that holds something
    let end = field.end;
    while (end > field.start && /\s/.test(doc.text[end - 1] as string)) end--;
    if (end === field.start) continue;
    const line = doc.lineOf(end - 1);
    const start = Math.max(field.start, doc.lineStart(line));
    const text = doc.text.slice(start, end);
    const m = SIGNED.exec(text);
    const name = m?.[2];
    // a phone number: ten digits or more, or a local number (555-1234)
    const number = m?.[1] ?? '';
    if (!m || !name || !(number.replace(/\D/g, '').length >= 10 || LOCAL_NUMBER.test(number)) || !name.split(' ').every(signatureWord)) continue;
    const at = start + m.index + m[0].lastIndexOf(name);
    addPerson(doc, at, at + name.length);
  }
}
