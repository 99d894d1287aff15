import type { Doc } from '../doc.js';
import { isAsciiDigit } from '../text/asciiLetter.js';
import type { WordInfo } from './wordInfo.js';

// Month and day words that are also names ("May", "June", "Jun", "Thu"): a name unless a number follows
const DATE_WORDS = new Set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december thu'.split(' '));

/** "Jun 19", "May 3", "Thu 2/22": the word opens a date, so it is no name. */
export function startsDate(doc: Doc, w: WordInfo): boolean {
  if (!DATE_WORDS.has(w.lower) || doc.text.charCodeAt(w.tok.end) !== 32) return false;
  return isAsciiDigit(doc.text.charCodeAt(w.tok.end + 1));
}
