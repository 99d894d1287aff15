import type { Doc } from '../doc.js';
import { isAsciiLetter } from '../text/asciiLetter.js';
import { letterRuns } from '../text/letterRuns.js';

export const PERSON_PRIORITY = 30;

const LETTER = /\p{L}/u;

/** Marks a person span and remembers its name parts for the rest of the ticket. */
export function addPerson(doc: Doc, start: number, end: number, priority = PERSON_PRIORITY): void {
  const value = doc.text.slice(start, end);
  // (most names start with an ASCII letter: no pattern for them)
  if (!isAsciiLetter(value.charCodeAt(0)) && !LETTER.test(value)) return;
  doc.add(start, end, 'PERSON', priority);
  for (const part of letterRuns(value, true)) {
    const p = withoutPossessive(part).toLowerCase();
    if (p.length >= 2) doc.nameParts.add(p);
  }
}

/** `part` without a final 's or ’s (any case): part.replace(/['’]s$/i, ''), without the regex. */
function withoutPossessive(part: string): string {
  const last = part.charCodeAt(part.length - 1);
  const before = part.charCodeAt(part.length - 2);
  return (last === 115 || last === 83) && (before === 39 || before === 0x2019) ? part.slice(0, -2) : part;
}
