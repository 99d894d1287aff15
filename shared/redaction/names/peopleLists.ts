import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { caselessNamePart } from './namePart.js';
import { PARTICLES, STRONG_CUES } from './vocabulary.js';

// A bulleted list under a line that says it lists people ("pls add to the 5N distribution list:",
// "New hires:", "Attendees:"): each item's leading words are a person, typed in any case
// ("• raffaele di stefano", "- GULNARA STANEKZAI", "* Dilani rajapaksha").

const INTRO = /(?:\b(?:distribution|mailing|access|contact|e-?mail|pager|on-call|call) list|\b(?:users|people|staff|members|attendees|participants|new hires|hires|employees|residents|students|nurses|providers|physicians|recipients|approvers|the following))\s*(?:\([^()\n]{0,30}\))?\s*:\s*$/i;
const MARKER = /^[ \t]*(?:[-*•·▪◦–]|\d{1,2}[.)])[ \t]+/;
// where an item's name ends: a dash, a bracket, a comma, a bar, a wide gap
const HEAD_END = /[ \t]+[-–—|(]|,|[ \t]{2,}|\t|$/;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** A word of a listed person's name: letters, no ordinary or label word unless a listed name. */
function nameish(word: string): 'name' | 'other' | 'no' {
  const lower = word.toLowerCase();
  if (!WORD.test(word)) return 'no';
  if (PARTICLES.has(lower)) return 'other';
  if (!caselessNamePart(lower) || STRONG_CUES.has(lower)) return 'no';
  const listed = nameLexicon().isName(word);
  if (isCommonWord(lower)) return listed ? 'other' : 'no';
  return listed ? 'name' : 'other';
}

/** The items of the bulleted list that follows line `intro` (one blank line allowed before it). */
function listedPeople(doc: Doc, intro: number): void {
  let line = intro + 1;
  if (line < doc.lineCount && !doc.line(line).trim()) line++;
  for (; line < doc.lineCount; line++) {
    const text = doc.line(line);
    const marker = MARKER.exec(text);
    if (!marker || text.length > 200) return;
    const body = text.slice(marker[0].length);
    const end = HEAD_END.exec(body)?.index ?? body.length;
    const head = body.slice(0, end).trimEnd();
    const words = head.split(' ');
    if (words.length < 1 || words.length > 4) continue;
    const kinds = words.map(nameish);
    // every word can be a name part, and one is a listed name or two are words no dictionary has
    if (kinds.includes('no') || (!kinds.includes('name') && words.length < 2)) continue;
    const at = doc.lineStart(line) + marker[0].length;
    addPerson(doc, at, at + head.length);
  }
}

export function peopleLists(doc: Doc): void {
  for (const start of doc.lineStartsWith(':')) {
    const line = doc.lineOf(start);
    const text = doc.line(line);
    // (INTRO ends its line with the colon: most colons stand inside a line, "Subject: ...", "10:30")
    if (text.trimEnd().endsWith(':') && INTRO.test(text)) listedPeople(doc, line);
  }
}
