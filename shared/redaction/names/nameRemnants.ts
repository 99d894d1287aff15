import type { Doc } from '../doc.js';
import { fold } from '../text/fold.js';
import { PERSON_PRIORITY as PRIORITY } from './addPerson.js';
import { adjacent, type WordInfo } from './wordInfo.js';

// What is left of a name once its parts are known everywhere: the particle between two of them
// ("Nurul Aisyah binti Osman"), the particles a display name moved after the given name ("Bianco,
// Lieke Lo" beside "Lieke Lo Bianco") and a part a badge or a field cut short at the end of a line
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

/** Particles right before a known part, or before such a particle ("Van den Broeck"). */
function leadingParticles(infos: WordInfo[], known: (w: WordInfo) => boolean): Set<string> {
  const leading = new Set<string>();
  for (let i = infos.length - 2; i >= 0; i--) {
    const w = infos[i] as WordInfo;
    const next = infos[i + 1] as WordInfo;
    if (w.particle && adjacent(w, next) && (known(next) || (next.particle && leading.has(next.folded)))) leading.add(w.folded);
  }
  return leading;
}

export function nameRemnants(doc: Doc, infos: WordInfo[]): void {
  if (doc.nameParts.size === 0) return;
  const parts = new Set<string>();
  for (const p of doc.nameParts) if (p.length >= 3) parts.add(fold(p));
  const known = (w: WordInfo) => w.alpha && !w.particle && parts.has(w.folded);
  const leading = leadingParticles(infos, known);
  for (const w of infos) {
    const before = infos[w.index - 1];
    if (!adjacent(before, w)) continue;
    if (w.particle) {
      // a particle between two parts of a name belongs to it
      const after = infos[w.index + 1];
      if (known(before) && after !== undefined && adjacent(w, after) && known(after)) {
        doc.add(before.tok.start, after.tok.end, 'PERSON', PRIORITY);
        continue;
      }
      // particles that lead a known surname elsewhere, ending a name: "Bianco, Lieke Lo", "Broeck, Femke Van den"
      if (leading.has(w.folded) && known(before)) {
        let last = w;
        for (let next = infos[last.index + 1]; next?.particle && leading.has(next.folded) && adjacent(last, next); next = infos[last.index + 1]) last = next;
        const after = infos[last.index + 1];
        if (after === undefined || !adjacent(last, after) || !after.cap) doc.add(before.tok.start, last.tok.end, 'PERSON', PRIORITY);
        continue;
      }
    }
    // a cut-off part ending the line, in the same case as the known part before it (or before its
    // particle: "NURUL AISYAH BINTI OSM"), which a known part starts with (the line's end looked at
    // first: most words end none)
    if (!endsLine(doc.text, w.tok.end)) continue;
    const beforeParticle = before.particle ? infos[before.index - 1] : undefined;
    const anchor = known(before) ? before : adjacent(beforeParticle, before) && known(beforeParticle) ? beforeParticle : undefined;
    if (anchor === undefined || !w.alpha || w.tok.text.length < 2 || w.upper !== anchor.upper) continue;
    if (parts.has(w.folded)) continue;
    const prefix = w.folded;
    for (const p of parts) {
      if (p.length > prefix.length + 1 && p.startsWith(prefix)) {
        doc.add(anchor.tok.start, w.tok.end, 'PERSON', PRIORITY);
        break;
      }
    }
  }
}
