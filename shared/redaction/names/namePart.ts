import { isCommonWord, isFunctionWord } from '../text/englishLexicon.js';
import { nameLexicon } from './nameLexicon.js';
import { ACRONYMS, CALENDAR, GROUP_WORDS, isGroupOrProduct, NOT_NAMES, TITLES } from './vocabulary.js';

// What the structural name forms (e-mail headers, LAST, FIRST, caret, Notes and reply-header names)
// share: which words can be part of a name at all, and the label that announces a name field.

/** A word that can be part of a name: no code ("MRN"), group ("Desk") or sign-off word ("Thanks"). */
export function namePartOk(word: string): boolean {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower) || GROUP_WORDS.has(lower) || NOT_NAMES.has(lower)) return false;
  return true;
}

/** A word that can be part of a person's name in a field or list: a name part, and no group, department or product. */
export function nameWord(word: string): boolean {
  return namePartOk(word) && !isGroupOrProduct(word.toLowerCase());
}

/**
 * A word that can be part of a name however it is typed ("raffaele", "GULNARA", "björn"): a name
 * part, no group, department or product, and no calendar word, title or function word (lower case).
 */
export function caselessNamePart(lower: string): boolean {
  return nameWord(lower) && !CALENDAR.has(lower) && !TITLES.has(lower) && !isFunctionWord(lower);
}

/**
 * A word that can be part of a name typed in lower case, where no capital tells: a caseless name
 * part that no dictionary has, or a given name, or a surname among the census's first 5,000
 * ("garrett", "marsh", "mészáros").
 */
export function lowerCaseNamePart(lower: string): boolean {
  if (!caselessNamePart(lower)) return false;
  const lex = nameLexicon();
  return !isCommonWord(lower) || lex.isGivenName(lower) || (lex.isName(lower) && lex.censusRank(lower) <= 5000);
}

// a name field's label right before: "NAME=", "Patient name:", "pid.name=\""
export const NAME_LABEL_BEFORE = /(?:name|patient|pt)\s{0,2}[=:]\s{0,2}["']?$/i;
