import type { Doc } from '../doc.js';
import { isAsciiDigit } from '../text/asciiLetter.js';
import { addPerson } from './addPerson.js';
import { caselessNamePart, lowerCaseNamePart } from './namePart.js';

// A meeting transcript's speaker line (Teams, Zoom): the speaker's name, a gap, then the time into
// the meeting ("Kiprotich Chebet   0:28"). Two such lines make a transcript; each line's words are
// then a person when every one can be a name part.
const SPEAKER_LINE = /^[ \t]*(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,4})(?: {2,}|\t)\d{1,2}:\d{2}(?::\d{2})?[ \t]*$/u;

// what may follow a time's minutes on a speaker's line: its seconds, then white space
const TIME_ENDS_LINE = /^(?::\d{2})?[ \t\r]*$/;

/** The lines that may be a speaker's: they end with a time (found from their colons: most tickets have few). */
function timedLines(doc: Doc): { at: number; name: string }[] {
  const text = doc.text;
  const out: { at: number; name: string }[] = [];
  for (let i = text.indexOf(':'); i > 0; i = text.indexOf(':', i + 1)) {
    if (!isAsciiDigit(text.charCodeAt(i - 1)) || !isAsciiDigit(text.charCodeAt(i + 1)) || !isAsciiDigit(text.charCodeAt(i + 2))) continue;
    // (most times go on into their sentence: "at 10:30 the")
    const end = text.indexOf('\n', i);
    if (!TIME_ENDS_LINE.test(text.slice(i + 3, end < 0 ? text.length : end))) continue;
    const line = doc.lineOf(i);
    const name = SPEAKER_LINE.exec(doc.line(line))?.[1];
    if (name === undefined) continue;
    out.push({ at: doc.lineStart(line) + doc.line(line).indexOf(name), name });
    // (the line's other colons are in its time)
    i = doc.lineEnd(line);
  }
  return out;
}

/** Every word can be part of a name ("Honor Young", "Ornella de Vries"), and one is a name part however typed. */
function speakerName(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.every(caselessNamePart) && words.some(lowerCaseNamePart);
}

/** The speakers of a meeting transcript pasted into the ticket. */
export function transcriptSpeakers(doc: Doc): void {
  const lines = timedLines(doc);
  if (lines.length < 2) return;
  for (const { at, name } of lines) if (speakerName(name)) addPerson(doc, at, at + name.length);
}
