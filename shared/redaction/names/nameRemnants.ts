import type { Doc } from '../doc.js';
import { fold } from '../text/fold.js';
import { PERSON_PRIORITY as PRIORITY } from './addPerson.js';
import { adjacent, type WordInfo } from './wordInfo.js';

// What is left of a name once its parts are known everywhere: the particle between two of them
// ("Nurul Aisyah binti Osman") and a part a badge or a field cut short at the end of a line
// ("LARYSA VLADIMIROVNA GO" beside "GOLUBEVA, LARYSA V").

/** Whether only spaces follow `end` up to the end of its line. */
function endsLine(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export function nameRemnants(doc: Doc, infos: WordInfo[]): void {
  if (doc.nameParts.size === 0) return;
  const parts = new Set<string>();
  for (const p of doc.nameParts) if (p.length >= 3) parts.add(fold(p));
  const known = (w: WordInfo) => w.alpha && !w.particle && parts.has(w.folded);
  for (const w of infos) {
    const before = infos[w.index - 1];
    if (!adjacent(before, w)) continue;
    // a particle between two parts of a name belongs to it
    const after = infos[w.index + 1];
    if (w.particle && known(before) && after !== undefined && adjacent(w, after) && known(after)) {
      doc.add(before.tok.start, after.tok.end, 'PERSON', PRIORITY);
      continue;
    }
    // a cut-off part ending the line, in the same case as the known part before it (or before its
    // particle: "NURUL AISYAH BINTI OSM"), which a known part starts with
    const beforeParticle = before.particle ? infos[before.index - 1] : undefined;
    const anchor = known(before) ? before : adjacent(beforeParticle, before) && known(beforeParticle) ? beforeParticle : undefined;
    if (anchor === undefined || !w.alpha || w.tok.text.length < 2 || w.upper !== anchor.upper) continue;
    if (parts.has(w.folded) || !endsLine(doc.text, w.tok.end)) continue;
    const prefix = w.folded;
    for (const p of parts) {
      if (p.length > prefix.length + 1 && p.startsWith(prefix)) {
        doc.add(anchor.tok.start, w.tok.end, 'PERSON', PRIORITY);
        break;
      }
    }
  }
}
