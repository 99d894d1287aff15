import type { Doc } from '../doc.js';
import { isFunctionWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { ACRONYMS, CALENDAR, GROUP_WORDS, NOT_NAMES, ORG_HEADS, STRONG_CUES, TECH, TITLES } from './vocabulary.js';

// Items of one list are alike: when one item of a list is a person's name, an item of the same
// shape is one too, however ordinary its words ("Add: Wenjie Yuan, Sunny Lamb", "• Willow Rose – CNA"
// under "• Ayşe Arslan – Physical Therapist").

// a list item's leading marker: bullets, "1.", "#3", "a)", "o "
const MARKER = /^[ \t>]*(?:[-*•·o–]|\d{1,2}[.)]|#\d{1,2}|[a-z]\))[ \t]+/;
// where a line-led item's name ends: a dash, a bracket, a comma, a bar, a wide gap
const HEAD_END = /[ \t]+[-–—|(][ \t(]?|,[ \t]|[ \t]{2,}|\t/;
// a name: two to four words in capitals, or "Last, First"; initials allowed inside
// (a dot only after an initial: "ETIMEDOUT. Questions" is two sentences)
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)?`;
const NAME_SHAPED = new RegExp(String.raw`^(?:${WORD}(?: ${WORD}){1,3}|${WORD}, ${WORD}(?: ${WORD})?)$`, 'u');
const CSV_LIKE = /[,;](?=[^\s])/;
// a label before an inline list: "Add:", "Attendees:", "Remove:"
const LABEL = /^[^:\n]{1,30}:[ \t]*/;

function isNameShaped(item: string): boolean {
  if (!NAME_SHAPED.test(item)) return false;
  return item.split(/,? /).every((w) => {
    const lower = w.replace(/[.,]$/, '').toLowerCase();
    return !GROUP_WORDS.has(lower) && !ORG_HEADS.has(lower) && !TECH.has(lower) && !NOT_NAMES.has(lower) && !ACRONYMS.has(lower) && !CALENDAR.has(lower) && !STRONG_CUES.has(lower) && !TITLES.has(lower) && !(lower.length > 1 && isFunctionWord(lower));
  });
}

interface Item {
  start: number;
  end: number;
}

/** True when a person span already covers the item's first word. */
function isPerson(doc: Doc, item: Item, persons: readonly { start: number; end: number }[]): boolean {
  return persons.some((p) => p.start <= item.start && p.end > item.start);
}

/** Marks the name-shaped items of a list that holds at least one known person (and two items). */
function promote(doc: Doc, items: Item[], persons: readonly { start: number; end: number }[]): void {
  if (items.length < 2 || !items.some((i) => isPerson(doc, i, persons))) return;
  for (const item of items) {
    if (!isPerson(doc, item, persons) && isNameShaped(doc.text.slice(item.start, item.end))) addPerson(doc, item.start, item.end);
  }
}

/** The items of an inline list: after an optional label, separated by ";" (or "," when no ";"), brackets dropped. */
function inlineItems(text: string, base: number): Item[] {
  const label = LABEL.exec(text);
  const from = label ? label[0].length : 0;
  const sep = text.includes(';') ? ';' : ',';
  const items: Item[] = [];
  let at = from;
  for (const raw of text.slice(from).split(sep)) {
    const bare = raw.replace(/\([^()]*\)/g, '').replace(/[.]+$/, '');
    const lead = bare.length - bare.trimStart().length;
    const item = bare.trim();
    if (item) items.push({ start: base + at + lead, end: base + at + lead + item.length });
    at += raw.length + 1;
  }
  return items;
}

// two people joined: "Harper Sparks and Gunner Woods", "from Harmony Cook to Willow Fisher"
const PAIR = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(${WORD}(?: ${WORD}){1,2}) (?:and|&|or|to) (${WORD}(?: ${WORD}){1,2})(?![\p{L}\p{M}])`, 'gu');

/** The other half of a pair of which one half is a known person, when it is name-shaped. */
function pairs(doc: Doc, persons: readonly { start: number; end: number }[]): void {
  const text = doc.text;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const a = { start: m.index, end: m.index + (m[1] ?? '').length };
    const b = { start: m.index + m[0].length - (m[2] ?? '').length, end: m.index + m[0].length };
    const aPerson = isPerson(doc, a, persons);
    const bPerson = isPerson(doc, b, persons);
    if (aPerson && !bPerson && isNameShaped(m[2] ?? '')) addPerson(doc, b.start, b.end);
    if (bPerson && !aPerson && isNameShaped(m[1] ?? '')) addPerson(doc, a.start, a.end);
    // the second half may start a pair of its own ("A and B and C")
    PAIR.lastIndex = b.start;
  }
}

export function listSiblings(doc: Doc): void {
  const persons = doc.spans.filter((s) => s.type === 'PERSON');
  if (!persons.length) return;
  if (doc.text.includes(' and ') || doc.text.includes(' to ') || doc.text.includes(' or ') || doc.text.includes(' & ')) pairs(doc, persons);
  let block: Item[] = [];
  for (let line = 0; line <= doc.lineCount; line++) {
    const text = line < doc.lineCount ? doc.line(line) : '';
    const base = line < doc.lineCount ? doc.lineStart(line) : doc.text.length;
    // an inline list: items between semicolons or commas, each followed by a space (a CSV row's
    // cells are columns, not alike)
    if (text.length <= 300 && (text.includes(';') || text.includes(', ')) && !CSV_LIKE.test(text)) promote(doc, inlineItems(text, base), persons);
    // a line-led item: the words before the line's first dash, bracket, comma, bar or wide gap
    const marker = MARKER.exec(text);
    const body = marker ? text.slice(marker[0].length) : text;
    const end = HEAD_END.exec(body);
    if (text.trim() && end && end.index > 0 && text.length <= 300) {
      const start = base + (marker ? marker[0].length : 0) + (body.length - body.trimStart().length);
      block.push({ start, end: base + (marker ? marker[0].length : 0) + end.index });
      continue;
    }
    promote(doc, block, persons);
    block = [];
  }
}
