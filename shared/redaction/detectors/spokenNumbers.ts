import type { Doc } from '../doc.js';
import { FILLERS } from '../names/vocabulary.js';
import type { PiiType } from '../types.js';
import { lowerWordGate, type WordGateOf } from '../text/wordGates.js';

// Numbers read out digit by digit in voicemail and IVR transcripts: "six two seven, four four two,
// one four seven five", "nine oh one double four ...". Seven or more digits in a row are a phone
// number or, after a record or account cue, that identifier.
const DIGIT = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const SAID = `(?:double[ ]${DIGIT}|triple[ ]${DIGIT}|${DIGIT})`;
// each step is a separator then one digit word: linear, a failing start costs at most 7 steps
// (a caller's "uh" between two digits is no part of the number's end, but does not end it)
const FILLER = `(?:${[...FILLERS].join('|')})`;
const RUN = new RegExp(String.raw`\b${SAID}(?:(?:,?[ ]{1,2}(?:${FILLER},?[ ]{1,2})?|[ ]?-[ ]?|\.{2,3}[ ]?)${SAID}){4,}\b`, 'gi');
// two digit words in a row: the scan runs only when the text has them
const GATE = new RegExp(String.raw`\b${DIGIT}[ ,-]{1,3}${DIGIT}\b`, 'i');
// before it, a word gate: the first digit word ends its word or meets a hyphen in it
const DIGIT_WORDS = lowerWordGate(new RegExp(String.raw`\b${DIGIT}(?:$|-)`, 'i'));
const CUE =
  /\b(?:(medical record(?: number| no)?|mrn|chart(?: number)?|patient id|record number)|(account(?: number)?|acct|member id|policy)|(employee id|employee number|badge(?: number)?|user id)|(phone|number|call|callback|call back|cell|mobile|reach|text|contact|fax))\b/g;

function digitCount(run: string): number {
  let n = 0;
  for (const w of run.toLowerCase().split(/[^a-z]+/)) {
    if (w === 'double') n += 1;
    else if (FILLERS.has(w)) continue;
    else if (w === 'triple') n += 2;
    else if (w) n += 1;
  }
  return n;
}

/** The nearest cue before the run (this line and the one above: an IVR prompt asks, the caller answers). */
function typeOf(doc: Doc, start: number): PiiType {
  const line = doc.lineOf(start);
  const from = Math.max(doc.lineStart(Math.max(0, line - 1)), start - 160);
  const before = doc.lowerSlice(from, start);
  let type: PiiType = 'PHONE';
  CUE.lastIndex = 0;
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) type = m[1] ? 'MRN' : m[2] ? 'ACCOUNT_NUMBER' : m[3] ? 'USERNAME' : 'PHONE';
  return type;
}

export function detectSpokenNumbers(doc: Doc): void {
  const text = doc.text;
  if ((doc.wordBits & DIGIT_WORDS) === 0 || !GATE.test(doc.lower)) return;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // a phone number has seven digits or more; an id after its cue may have five
    const digits = digitCount(m[0]);
    if (digits < 5) continue;
    const type = typeOf(doc, m.index);
    if (digits < 7 && type === 'PHONE') continue;
    doc.add(m.index, m.index + m[0].length, type, 47);
  }
  doc.budget.check();
}

/** The word gate of this file with the scan it stands for (test/redaction/wordGates.test.ts). */
export const SPOKEN_WORD_GATES: WordGateOf[] = [{ bit: DIGIT_WORDS, scan: GATE, lower: true }];
