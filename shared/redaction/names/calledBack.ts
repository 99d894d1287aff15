import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { lowerCaseNamePart } from './namePart.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';

// "cb x40182 reem", "call back 555-0142 - tomas": who to call back, signed after the number at the end
// of a page or a text, in whatever case it was typed.
const CALLED_BACK = /\b(?:cb|call ?back|call me(?: back)?(?: at| on)?)[ \t]{1,2}(?:(?:ext\.?|x)[ \t]?\d{3,6}|\+?[\d(][\d ().-]{6,16}\d)[ \t]{1,3}(?:[-–—][ \t]{0,2})?(\p{L}[\p{L}\p{M}'’-]{1,30})(?=[ \t]*(?:$|[.!]))/gimu;

// (every match holds a digit after one of its cue words: most texts have neither; a word gate, as
// the cue's letters are ASCII letters in a row)
const CUE_WORDS = textWordGate(/\b(?:cb|call)\b/i);

/** The word signed after a call-back number, when it can be a name part (no code, group or ordinary word). */
export function calledBack(doc: Doc): void {
  if ((doc.wordBits & CUE_WORDS) === 0) return;
  CALLED_BACK.lastIndex = 0;
  for (let m = CALLED_BACK.exec(doc.text); m; m = CALLED_BACK.exec(doc.text)) {
    const name = m[1] ?? '';
    if (!lowerCaseNamePart(name.toLowerCase())) continue;
    const at = m.index + m[0].length - name.length;
    addPerson(doc, at, at + name.length);
  }
}

/** The word gate of this file with the scan it stands for (test/redaction/wordGates.test.ts). */
export const CALLED_BACK_WORD_GATES: WordGateOf[] = [{ bit: CUE_WORDS, scan: CALLED_BACK }];
