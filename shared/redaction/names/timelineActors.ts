import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { adjacent, type WordInfo } from './wordInfo.js';

// An incident timeline's entry: a time opening the line, then who acted. "14:23  Chaltu failed the
// service over to TCH-HL701", "1315  Takeshi failed ...": a capitalised word that is no ordinary word,
// product or code (listed as a name or not), then a verb that follows people.
const ENTRY = /^[ \t]*(?:[-*•][ \t]+)?(?:\d{1,2}:\d{2}|[012]\d[0-5]\d)(?::\d{2})?(?:[ \t]?[AaPp][Mm])?(?:[ \t]{1,3}[-–][ \t]|[ \t]{1,3})$/;

/** The actor of each timeline entry that names one by a single word. */
export function timelineActors(doc: Doc, infos: WordInfo[]): void {
  for (let i = 0; i + 1 < infos.length; i++) {
    const w = infos[i] as WordInfo;
    if (!w.startsUpper || !w.alpha || w.common || w.tech || w.upper) continue;
    const verb = infos[i + 1] as WordInfo;
    if (!adjacent(w, verb) || !(verb.personVerb || verb.weakPersonVerb)) continue;
    const lineStart = doc.text.lastIndexOf('\n', w.tok.start - 1) + 1;
    if (ENTRY.test(doc.text.slice(lineStart, w.tok.start))) addPerson(doc, w.tok.start, w.tok.end);
  }
}
