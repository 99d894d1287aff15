import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import type { WordInfo } from './wordInfo.js';

// What only people do to a record, before "by" and who did it: "Reviewed by Sukarni 12/20/2026",
// "approved by Thushyanthan". (Not "created", "updated", "opened": jobs and tools do those too.)
const ACTIONS = new Set(['reviewed', 'approved', 'requested', 'enrolled', 'signed', 'cosigned', 'co-signed', 'verified', 'witnessed', 'dictated', 'authorized', 'authorised', 'submitted']);

/** The word after such an action and "by", when it is no ordinary word, product or code. */
export function actedBy(doc: Doc, infos: WordInfo[]): void {
  for (let i = 1; i + 1 < infos.length; i++) {
    const by = infos[i] as WordInfo;
    if (by.lower !== 'by' || !ACTIONS.has((infos[i - 1] as WordInfo).lower)) continue;
    const who = infos[i + 1] as WordInfo;
    if (who.alpha && !who.common && !who.tech) addPerson(doc, who.tok.start, who.tok.end);
  }
}
