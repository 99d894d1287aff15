import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { lowerCaseNamePart } from './namePart.js';

// "lyric marsh comma a seventy seven year old", "imre mészáros, a 34-year-old": clinical notes
// introduce a patient by name, a comma and the age; dictation says the comma. The words before it
// that can be part of a name (up to three, however typed) are the name when a listed name is among them.

// what follows the name: the comma, said or typed, "a/an" and an age in digits or words
const AGE_AFTER = /(?:,| comma) an? (\d{1,3}[ -]|(?:[a-z]+[ -]){1,4})(?:years?[ -]old|yo|y\/o)(?![\p{L}\p{M}])/gu;
const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred and`.split(/\s+/),
);
// punctuation said aloud ends a name: "colon lyric marsh comma"
const SPOKEN_MARKS = new Set(['colon', 'comma', 'period', 'semicolon', 'dash', 'hyphen', 'slash', 'quote']);
// the words right before the comma (letters, marks, apostrophes, hyphens), up to three
const WORDS_BEFORE = /(?:[\p{L}\p{M}'’-]+ ){0,2}[\p{L}\p{M}'’-]+$/u;
const REACH = 100;

function isAge(said: string): boolean {
  const words = said.trim().split(/[ -]/);
  return /^\d/.test(said) || words.every((w) => NUMBER_WORDS.has(w));
}

/** A word that can be part of a name here: not said punctuation. */
function part(lower: string): boolean {
  return !SPOKEN_MARKS.has(lower) && lowerCaseNamePart(lower);
}

export function ageApposition(doc: Doc): void {
  const text = doc.text;
  if (!text.includes(' a') || !/year|yo|y\/o/.test(doc.lower)) return;
  AGE_AFTER.lastIndex = 0;
  for (let m = AGE_AFTER.exec(text); m; m = AGE_AFTER.exec(text)) {
    if (!isAge(m[1] ?? '')) continue;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - REACH), m.index))?.[0] ?? '';
    const words = before.split(' ');
    // back from the comma while a word can be part of a name
    let kept = 0;
    while (kept < words.length && part((words[words.length - 1 - kept] ?? '').toLowerCase())) kept++;
    const name = words.slice(words.length - kept);
    const lex = nameLexicon();
    const listed = name.some((w) => lex.isName(w.toLowerCase()));
    const alone = name.length === 1 && lex.isGivenName(name[0]?.toLowerCase() ?? '') && !isCommonWord(name[0]?.toLowerCase() ?? '');
    if (!listed || (name.length < 2 && !alone)) continue;
    const length = name.join(' ').length;
    addPerson(doc, m.index - length, m.index);
  }
}
