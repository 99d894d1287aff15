import type { Doc } from '../doc.js';
import { isFunctionWord } from '../text/englishLexicon.js';
import { leadingSpaces, trailingSpaces } from '../text/whiteSpace.js';
import { addPerson } from './addPerson.js';
import { nameWord } from './namePart.js';
import { CALENDAR, STRONG_CUES, TITLES } from './vocabulary.js';

// Items of one list are alike: when one item of a list is a person's name, an item of the same
// shape is one too, however ordinary its words ("Add: Wenjie Yuan, Sunny Lamb", "• Willow Rose – CNA"
// under "• Ayşe Arslan – Physical Therapist").

// a list item's leading marker: bullets, "1.", "#3", "a)", "o "
const MARKER = /^[ \t>]*(?:[-*•·o–]|\d{1,2}[.)]|#\d{1,2}|[a-z]\))[ \t]+/;
// where a line-led item's name ends: a dash, a bracket, a comma, a bar, a wide gap
// (global: tried from the end of the marker on, in the line itself)
const HEAD_END = /[ \t]+[-–—|(][ \t(]?|,[ \t]|[ \t]{2,}|\t/g;
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
// (^[^:\n]{1,200}:[ \t]* on a line, found with indexOf: see labelLength)
const LABEL_MAX = 200;

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

/**
 * The length of the label before an inline list on `line`, or 0 when there is none or it holds `sep`:
 * what ^[^:\n]{1,200}:[ \t]* matches (a line has no line break: its first colon, at most 200 code
 * units in, and the spaces and tabs after it).
 */
function labelLength(line: string, sep: string): number {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > LABEL_MAX) return 0;
  // (a sentence may lead to the list: "need vpn for the nurses starting August 9 on Oncology: Fox, Hunter; ...")
  const sepAt = line.indexOf(sep);
  if (sepAt !== -1 && sepAt < colon) return 0;
  let end = colon + 1;
  while (end < line.length && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9)) end++;
  return end;
}

/** The items of an inline list: after an optional label, separated by ";" (or "," when no ";"), brackets dropped. */
function inlineItems(text: string, base: number): Item[] {
  const sep = text.includes(';') ? ';' : ',';
  const items: Item[] = [];
  // where the next ". " and "(" are (looked for again only once passed)
  let stopAt = text.indexOf('. ');
  let bracketAt = text.indexOf('(');
  for (let at = labelLength(text, sep); ; ) {
    const next = text.indexOf(sep, at);
    const end = next === -1 ? text.length : next;
    if (stopAt !== -1 && stopAt < at) stopAt = text.indexOf('. ', at);
    if (bracketAt !== -1 && bracketAt < at) bracketAt = text.indexOf('(', at);
    // most items hold no sentence stop or bracket and end in no dot: measured in place
    const plain = !(stopAt !== -1 && stopAt + 1 < end) && !(bracketAt !== -1 && bracketAt < end) && (end === at || text.charCodeAt(end - 1) !== 46);
    const item = plain ? plainItem(text, at, end) : itemOf(text.slice(at, end));
    if (item) items.push({ start: base + at + item.start, end: base + at + item.end });
    if (next === -1) return items;
    at = next + 1;
  }
}

/** text.slice(from, to) trimmed, as offsets from `from` (undefined when only white space). */
function plainItem(text: string, from: number, to: number): Item | undefined {
  const lead = leadingSpaces(text, from, to);
  if (lead === to - from) return undefined;
  return { start: lead, end: to - from - trailingSpaces(text, from + lead, to) };
}

/** One raw item (offsets in it): up to its sentence's end, without brackets or final dots, trimmed. */
function itemOf(raw: string): Item | undefined {
  // the list ends with its sentence ("...; Bondarenko, Dmytro. agency is ...")
  const stop = raw.includes('. ') ? SENTENCE_STOP.exec(raw) : null;
  const sentence = stop ? raw.slice(0, stop.index + 1) : raw;
  const unbracketed = sentence.includes('(') ? sentence.replace(/\([^()]*\)/g, '') : sentence;
  const bare = unbracketed.endsWith('.') ? unbracketed.replace(/[.]+$/, '') : unbracketed;
  const lead = bare.length - bare.trimStart().length;
  const item = bare.trim();
  return item ? { start: lead, end: lead + item.length } : undefined;
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
function lineHead(doc: Doc, line: number, text = doc.line(line)): Item | undefined {
  // (a blank line: white space only)
  if (text.length > MAX_LINE || leadingSpaces(text, 0, text.length) === text.length) return undefined;
  const base = doc.lineStart(line);
  const marker = MARKER.exec(text);
  const lead = marker ? marker[0].length : 0;
  HEAD_END.lastIndex = lead;
  const end = HEAD_END.exec(text);
  if (!end || end.index === lead) return undefined;
  return { start: base + lead + leadingSpaces(text, lead, text.length), end: base + end.index };
}

export function listSiblings(doc: Doc): void {
  const persons = doc.spans.filter((s) => s.type === 'PERSON');
  if (!persons.length) return;
  pairs(doc, persons);
  // a list holds a known name: only the lines of known names and the blocks around them are read
  // (sorted, each read once)
  const lines = persons.map((p) => doc.lineOf(p.start)).sort((x, y) => x - y);
  let done = -1;
  let last = -1;
  for (const line of lines) {
    if (line === last) continue;
    last = line;
    const text = doc.line(line);
    // an inline list: items between semicolons or commas, each followed by a space (a CSV row's
    // cells are columns, not alike)
    if (text.length <= MAX_LINE && (text.includes(';') || text.includes(', ')) && !CSV_LIKE.test(text)) promote(doc, inlineItems(text, doc.lineStart(line)), persons);
    if (line <= done) continue;
    // lines led by an item, around this one
    const head = lineHead(doc, line, text);
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
