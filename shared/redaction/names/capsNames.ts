import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { hasLatinDiacritic } from '../text/latinDiacritic.js';
import { typedInCapitals } from '../text/typedInCapitals.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { ACRONYMS, NOT_NAMES, ORG_HEADS, TECH } from './vocabulary.js';
import type { WordInfo } from './wordInfo.js';

// roles that head a roster or statement line in capitals: "PRIMARY    FETU CARPENTER  cell ..."
const ROSTER_ROLES = new Set(['primary', 'secondary', 'backup', 'guarantor', 'attending', 'manager']);
// "RM 914", "BED 12B"
const ROOM_WORDS = new Set(['rm', 'room', 'bed']);
// the words besides person cues and titles that may start a name in capitals (one look-up for every word)
const LEADS = new Set([...ROSTER_ROLES, 'from', ...ROOM_WORDS]);
const ROOM_NUMBER = /^\d{1,4}[A-Z]?$/;
// words and single spaces to the end of the line ("SOKHA KEO", not "ADFS.PVHEALTH.ORG:")
const SPACED_WORDS = /^[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+)+\s*$/u;
// words of an address line that follow a name in a statement: "GUARANTOR KOU MARSH BOX 9853"
const ADDRESS_WORDS = new Set(['box', 'po', 'pob', 'apt', 'suite', 'ste', 'rr', 'hc', 'unit', 'flat', 'route']);

const RECORD_AFTER = /^,?\s{1,2}\(?(?:adm|mrn|dob|d\.o\.b|ssn)\b/i;

/** A word in capitals that can be part of a name: letters, not a code, a department or an ordinary word unless a census name. */
function capsNamePart(w: WordInfo): boolean {
  if (!w.alpha || !w.upper || w.base.length < 2) return false;
  const lower = w.lower;
  if (ACRONYMS.has(lower) || TECH.has(lower) || ORG_HEADS.has(lower) || NOT_NAMES.has(lower) || ADDRESS_WORDS.has(lower)) return false;
  return !isCommonWord(w.base) || nameLexicon().censusRank(w.base) <= 5000;
}

/**
 * Names typed in capitals after a role ("GUARANTOR KOU MARSH", "Pt is LIHUA XU"): the run rules
 * take short capital words for codes, so right after a person cue the next one to three words in
 * capitals, one of them a listed name, are the name.
 */
export function detectCapsNames(doc: Doc, infos: WordInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const cue = infos[i] as WordInfo;
    // (no cue, role, sender or room word: most words)
    if (!cue.strongCue && !cue.title && !LEADS.has(cue.lower)) continue;
    // "... K 5.9 FROM SOKHA KEO": in a page typed in capitals, FROM names the sender
    const sender = cue.lower === 'from' && cue.upper && typedInCapitals(doc.line(cue.tok.line));
    // "RE RM 914 ALCÁNTARA K 5.9": in a page typed in capitals, the word after a room number is the patient
    const roomNumber = infos[i + 1];
    const room = ROOM_WORDS.has(cue.lower) && cue.upper && roomNumber !== undefined && ROOM_NUMBER.test(roomNumber.tok.text) && typedInCapitals(doc.line(cue.tok.line));
    if (!cue.strongCue && !cue.title && !ROSTER_ROLES.has(cue.lower) && !sender && !room) continue;
    let j = room ? i + 2 : i + 1;
    // "Pt is EWA JABŁOŃSKI"
    if (infos[j]?.lower === 'is' && infos[j]?.tok.line === cue.tok.line) j++;
    const name: WordInfo[] = [];
    for (let prev = infos[j - 1] as WordInfo; j < infos.length && name.length < 3; j++) {
      const w = infos[j] as WordInfo;
      const gap = w.tok.start - prev.tok.end;
      // (a particle inside the name and whatever word in capitals follows it: "FRANCESCA DE LUCA", "NIAMH Ó
      // SÚILLEABHÁIN", "F. LO BIANCO"; an initial and its dot: "DR. G. TURSUNOV")
      const afterParticle = prev.particle && w.upper && w.alpha;
      if (w.tok.line !== cue.tok.line || gap < 1 || gap > (name.length ? (prev.initial ? 2 : 1) : 6) || !(capsNamePart(w) || afterParticle || (w.particle && w.startsUpper) || (w.initial && w.startsUpper))) break;
      name.push(w);
      prev = w;
    }
    const lastWord = name[name.length - 1];
    // a sender's name ends the page: its words need not be listed ("FROM SOKHA KEO")
    const signsPage = sender && name.length >= 2 && lastWord !== undefined && SPACED_WORDS.test(doc.text.slice((name[0] as WordInfo).tok.start, doc.lineEnd(cue.tok.line)));
    // after a room number, a word in capitals that is no ordinary word or code is the patient's
    const roomPatient = room && name.some((w) => w.base.length >= 4);
    // a record cue right after says the words are the patient's, listed or not ("Pt is PANAGIOTA STATHOPOULOU, adm ...")
    const recordAfter = lastWord !== undefined && RECORD_AFTER.test(doc.text.slice(lastWord.tok.end, lastWord.tok.end + 8));
    if (!name.length || !(name.some((w) => w.known || hasLatinDiacritic(w.base)) || signsPage || roomPatient || recordAfter)) continue;
    addPerson(doc, (name[0] as WordInfo).tok.start, (name[name.length - 1] as WordInfo).tok.end);
    i = j - 1;
  }
}
