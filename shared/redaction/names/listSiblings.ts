import type { Doc } from '../doc.js';
import { isFunctionWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameWord } from './namePart.js';
import { CALENDAR, STRONG_CUES, TITLES } from './vocabulary.js';

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
// lines longer than this are prose, not lists
const MAX_LINE = 600;
// a sentence's end inside a list item: a dot after a word (not an initial) and a space
const SENTENCE_STOP = /(?<=\p{L}{2})\.\s/u;
const CSV_LIKE = /[,;](?=[^\s])/;
// a label or a sentence before an inline list: "Add:", "Attendees:", "... starting August 9 on Oncology:"
const LABEL = /^[^:\n]{1,200}:[ \t]*/;

function isNameShaped(item: string): boolean {
  if (!NAME_SHAPED.test(item)) return false;
  return item.split(/,? /).every((w) => {
    const lower = w.replace(/[.,]$/, '').toLowerCase();
    return nameWord(lower) && !CALENDAR.has(lower) && !STRONG_CUES.has(lower) && !TITLES.has(lower) && !(lower.length > 1 && isFunctionWord(lower));
  });
}

interface Item {
  start: number;
  end: number;
}

/** True when a person span already covers the item's first word. */
function isPerson(item: Item, persons: readonly { start: number; end: number }[]): boolean {
  return persons.some((p) => p.start <= item.start && p.end > item.start);
}

/** Marks the name-shaped items of a list that holds at least one known person (and two items). */
function promote(doc: Doc, items: Item[], persons: readonly { start: number; end: number }[]): void {
  if (items.length < 2 || !items.some((i) => isPerson(i, persons))) return;
  for (const item of items) {
    if (!isPerson(item, persons) && isNameShaped(doc.text.slice(item.start, item.end))) addPerson(doc, item.start, item.end);
  }
}

/** The items of an inline list: after an optional label, separated by ";" (or "," when no ";"), brackets dropped. */
function inlineItems(text: string, base: number): Item[] {
  const sep = text.includes(';') ? ';' : ',';
  const label = LABEL.exec(text);
  // (a sentence may lead to the list: "need vpn for the nurses starting August 9 on Oncology: Fox, Hunter; ...")
  const from = label && !label[0].includes(sep) ? label[0].length : 0;
  const items: Item[] = [];
  let at = from;
  for (const raw of text.slice(from).split(sep)) {
    // the list ends with its sentence ("...; Bondarenko, Dmytro. agency is ...")
    const stop = raw.includes('. ') ? SENTENCE_STOP.exec(raw) : null;
    const sentence = stop ? raw.slice(0, stop.index + 1) : raw;
    // (most items hold no bracket and end in no dot: no pattern for them)
    const unbracketed = sentence.includes('(') ? sentence.replace(/\([^()]*\)/g, '') : sentence;
    const bare = unbracketed.endsWith('.') ? unbracketed.replace(/[.]+$/, '') : unbracketed;
    const lead = bare.length - bare.trimStart().length;
    const item = bare.trim();
    if (item) items.push({ start: base + at + lead, end: base + at + lead + item.length });
    at += raw.length + 1;
  }
  return items;
}

// two people joined: "Harper Sparks and Gunner Woods", "from Harmony Cook to Willow Fisher" (looked
// for next to the names already found, not over the whole text)
const PAIR_AFTER = new RegExp(String.raw`^ (?:and|&|or|to) (${WORD}(?: ${WORD}){1,2})(?![\p{L}\p{M}])`, 'u');
const PAIR_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(${WORD}(?: ${WORD}){1,2}) (?:and|&|or|to) $`, 'u');
const REACH = 100;

const JOINERS = [' and ', ' to ', ' or ', ' & '];
// (each joiner without its last space, for the text before a name)
const JOINERS_BEFORE = JOINERS.map((j) => j.slice(0, -1));
// (a space first: most names have none beside them that starts a joiner)
const joinsAt = (text: string, at: number) => text.charCodeAt(at) === 32 && JOINERS.some((j) => text.startsWith(j, at));
const joinedBefore = (text: string, at: number) => text.charCodeAt(at - 1) === 32 && JOINERS_BEFORE.some((j) => text.startsWith(j, at - j.length - 1));

/** The other half of a pair of which one half is a known person, when it is name-shaped. */
function pairs(doc: Doc, persons: readonly { start: number; end: number }[]): void {
  const text = doc.text;
  for (const p of persons) {
    const after = joinsAt(text, p.end) ? PAIR_AFTER.exec(text.slice(p.end, p.end + REACH)) : null;
    const a = after?.[1];
    if (after && a) {
      const item = { start: p.end + after[0].length - a.length, end: p.end + after[0].length };
      if (!isPerson(item, persons) && isNameShaped(a)) addPerson(doc, item.start, item.end);
    }
    const from = Math.max(0, p.start - REACH);
    const before = joinedBefore(text, p.start) ? PAIR_BEFORE.exec(text.slice(from, p.start)) : null;
    const b = before?.[1];
    if (before && b) {
      const item = { start: from + before.index, end: from + before.index + b.length };
      if (!isPerson(item, persons) && isNameShaped(b)) addPerson(doc, item.start, item.end);
    }
  }
}

/** A line-led list item: the words before the line's first dash, bracket, comma, bar or wide gap. */
function lineHead(doc: Doc, line: number): Item | undefined {
  const text = doc.line(line);
  if (text.length > MAX_LINE || !text.trim()) return undefined;
  const base = doc.lineStart(line);
  const marker = MARKER.exec(text);
  const lead = marker ? marker[0].length : 0;
  const body = text.slice(lead);
  const end = HEAD_END.exec(body);
  if (!end || end.index === 0) return undefined;
  return { start: base + lead + (body.length - body.trimStart().length), end: base + lead + end.index };
}

export function listSiblings(doc: Doc): void {
  const persons = doc.spans.filter((s) => s.type === 'PERSON');
  if (!persons.length) return;
  pairs(doc, persons);
  // a list holds a known name: only the lines of known names and the blocks around them are read
  const lines = [...new Set(persons.map((p) => doc.lineOf(p.start)))].sort((x, y) => x - y);
  let done = -1;
  for (const line of lines) {
    const text = doc.line(line);
    // an inline list: items between semicolons or commas, each followed by a space (a CSV row's
    // cells are columns, not alike)
    if (text.length <= MAX_LINE && (text.includes(';') || text.includes(', ')) && !CSV_LIKE.test(text)) promote(doc, inlineItems(text, doc.lineStart(line)), persons);
    if (line <= done) continue;
    // lines led by an item, around this one
    const head = lineHead(doc, line);
    if (!head) continue;
    const block: Item[] = [head];
    for (let up = line - 1; up >= 0; up--) {
      const h = lineHead(doc, up);
      if (!h) break;
      block.unshift(h);
    }
    let down = line + 1;
    for (; down < doc.lineCount; down++) {
      const h = lineHead(doc, down);
      if (!h) break;
      block.push(h);
    }
    done = down - 1;
    promote(doc, block, persons);
  }
}
