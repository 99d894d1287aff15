import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';

// A name spelled out letter by letter: "spelled A M E D I", "an account for S-E-L-V-A-M",
// "H. E. A. T. H. E. R". Three or more single letters joined by one separator, after a word that
// says a name is being spelled or looked up.
const SPELLED = /(?<![\p{L}\p{M}])\p{L}(?:(?:[ -]|\.[ ]?)\p{L}){2,30}(?![\p{L}\p{M}])/gu;
const SPELL_CUE = /(?:spell(?:ed|s|ing)?|account for|name(?: is| was| as)?|last name|first name|surname)[\s:,]*(?:as\s)?$/i;

export function detectSpelledNames(doc: Doc): void {
  const text = doc.text;
  const lower = doc.lower;
  if (!lower.includes('spell') && !lower.includes('account for') && !lower.includes('name')) return;
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    if (!SPELL_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    addPerson(doc, m.index, m.index + m[0].length);
  }
}
