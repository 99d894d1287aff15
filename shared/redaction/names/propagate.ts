import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { mayBeLetter } from '../text/asciiLetter.js';
import { fold } from '../text/fold.js';
import { PERSON_PRIORITY as PRIORITY } from './addPerson.js';
import { frequentSurname, PAIR_ENDS } from './lowerCaseNames.js';
import { adjacent, type WordInfo } from './wordInfo.js';

const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * A name part inside a token of letters, digits and _ or - ("wendell_macleod18", the
 * "femke-delafontaine-eb9b2c" of a profile link): that part goes, the rest stays.
 */
function propagateIntoCompound(doc: Doc, w: WordInfo, parts: ReadonlySet<string>): void {
  const text = w.tok.text;
  // most such tokens are numbers: no letter, no regex
  if (!mayHoldLetter(text)) return;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    const run = m[0];
    if (run.length < 3 || !parts.has(fold(run)) || isCommonWord(run)) continue;
    doc.add(w.tok.start + m.index, w.tok.start + m.index + run.length, 'PERSON', PRIORITY);
  }
}

/** An ASCII letter or any character past ASCII (which LETTER_RUN then decides) in `s`. */
function mayHoldLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (mayBeLetter(s.charCodeAt(i))) return true;
  return false;
}

// "Dustin works nights", "since Harmony transferred": a verb in the third person or the past tense
const ACTION = /^[a-z]{3,}(?:[^s]s|ed)$/;
// "Ask for Penny at the desk": mid-sentence, a preposition or conjunction after the word leaves it a name
const LINKS = new Set(['at', 'on', 'in', 'for', 'from', 'with', 'and', 'or', 'but', 'about', 'by', 'via', 'until', 'when', 'if', 'who', 'too', 'again']);
// a field or markup boundary between two words: "ANGEL<CR>", "LIS|TSREQ" are no name going on
const FIELD_BREAK = new Set([60, 62, 124]);
const SENTENCE_START = /(?:^|[.!?:]\s{1,3}|\n\s*)$/;

/** Removes every other occurrence of a known name part (case-insensitive); `caseless`: the ticket is typed in lower case. */
export function propagate(doc: Doc, infos: WordInfo[], caseless: boolean): void {
  if (!doc.nameParts.size) return;
  const parts = new Set<string>();
  for (const p of doc.nameParts) {
    for (const piece of p.split(/[-'’]/)) if (piece.length >= 2) parts.add(fold(piece));
    parts.add(fold(p));
  }
  for (const w of infos) {
    if (!w.alpha) {
      propagateIntoCompound(doc, w, parts);
      continue;
    }
    const f = w.folded;
    if (!parts.has(f) && (w.pieces.length < 2 || !w.pieces.some((p) => p.length >= 2 && parts.has(p)))) continue;
    if (w.particle) continue;
    // "Dr. Dell" is known, "Dell Latitude" is the product: a product word before a capitalised word stays
    const nextWord = infos[w.index + 1];
    if (w.product && nextWord !== undefined && adjacent(w, nextWord) && nextWord.cap) continue;
    // an ordinary word ("Will", "Grant") is only taken when capitalised mid-sentence; in a ticket typed
    // in lower case, a known given name with a frequent surname after it ("trying destiny cash" beside
    // "destiny says ...")
    if (w.common || w.base.length <= 2) {
      if (!w.cap && w.given && caseless) {
        const surname = infos[w.index + 1];
        if (surname !== undefined && adjacent(w, surname) && frequentSurname(surname)) {
          doc.add(w.tok.start, surname.possessive ? surname.tok.end - 2 : surname.tok.end, 'PERSON', PRIORITY);
          continue;
        }
      }
      // a lower-case ordinary or short word that is a part beside another part of the ticket's names ("bishop
      // carroll" after "to: carroll, bishop"; "matteo vu," beside "vu^matteo^j"); after that part, only where
      // the clause ends ("carroll will call back" is the verb)
      if (!w.cap) {
        const before = infos[w.index - 1];
        const after = infos[w.index + 1];
        const first = partBeside(after, w, parts) ? w : partBeside(before, w, parts) && PAIR_ENDS.test(doc.text.slice(w.tok.end, w.tok.end + 6)) ? before : undefined;
        if (first !== undefined) {
          const last = first === w ? (after as WordInfo) : w;
          doc.add(first.tok.start, last.possessive ? last.tok.end - 2 : last.tok.end, 'PERSON', PRIORITY);
          continue;
        }
      }
      if (!w.cap) continue;
      // "An account", "In Basket": a short ordinary word before another word is that word, not a name
      const following = infos[w.index + 1];
      const joined = following !== undefined && following.tok.line === w.tok.line && following.tok.start === w.tok.end + 1;
      // "Will the printer ..." is the word; "Dustin works nights" is the person, acting
      const sentenceStart = SENTENCE_START.test(doc.text.slice(Math.max(0, w.tok.start - 4), w.tok.start));
      const acting = joined && w.base.length > 3 && following !== undefined && (following.personVerb || following.weakPersonVerb || ACTION.test(following.lower) || (!sentenceStart && LINKS.has(following.lower)));
      if (joined && following && !acting && (!following.cap || (w.base.length <= 3 && !parts.has(following.folded)))) continue;
      if (sentenceStart && !acting) {
        const next = doc.text.slice(w.tok.end, w.tok.end + 2);
        if (/^\s\p{Ll}/u.test(next)) continue;
      }
    }
    doc.add(w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end, 'PERSON', PRIORITY);
    // "is Ssenyonga Nyambura joining": the rest of a name of which one part is known
    // (not a word that starts a department: "Barbara Cath Lab")
    const rest = infos[w.index + 1];
    const head = rest && infos[rest.index + 1];
    const department = head !== undefined && head.orgHead && head.cap && head.tok.line === rest?.tok.line && head.tok.start === rest.tok.end + 1;
    if (rest !== undefined && !department && !w.possessive && w.cap && rest.cap && rest.alpha && !rest.common && !rest.tech && !rest.orgHead && !rest.initial && rest.tok.line === w.tok.line && rest.tok.start === w.tok.end + 1 && !FIELD_BREAK.has(doc.text.charCodeAt(w.tok.end))) {
      doc.add(rest.tok.start, rest.possessive ? rest.tok.end - 2 : rest.tok.end, 'PERSON', PRIORITY);
    }
    const given = w.cap ? givenBefore(doc.text, infos, w) : undefined;
    if (given) doc.add(given.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end, 'PERSON', PRIORITY);
  }
}

/** `other` is right beside `w` and a part of the ticket's names. */
function partBeside(other: WordInfo | undefined, w: WordInfo, parts: ReadonlySet<string>): other is WordInfo {
  if (other === undefined || !other.alpha || !parts.has(other.folded)) return false;
  return other.index < w.index ? adjacent(other, w) : adjacent(w, other);
}

/** `a` right before `b`, one space apart ("LIS|TSREQ^REAL" is two fields). */
function spaced(text: string, a: WordInfo | undefined, b: WordInfo): a is WordInfo {
  return adjacent(a, b) && text.charCodeAt(a.tok.end) === 32;
}

// what stands before a field's first word: a line's start, a label's colon, a list index
const FIELD_START = /(?:^|\n|:|\d)[ \t]*$/;

/**
 * An unlisted given name before a known part, past its particles and in its case: "02 MANDLA DOS
 * SANTOS" beside "Subscriber: THAIS DOS SANTOS". Ordinary words stay ("Call Santos"), but in
 * capitals, where case tells nothing, a frequent given name that is also a word may go ("CLAY POPAL").
 */
function givenBefore(text: string, infos: WordInfo[], w: WordInfo): WordInfo | undefined {
  let at = w;
  let before = infos[at.index - 1];
  while (spaced(text, before, at) && before.particle && (!before.cap || before.upper === w.upper)) [at, before] = [before, infos[before.index - 1]];
  // (a long unlisted word in capitals that starts a field counts as capitalised here, though prose around
  // makes it read as a code: "02 YADIEL PAGAN" under "Subscriber: ELIEZER PAGAN", not "with ECONNREFUSED SMITH")
  const fieldHead = before !== undefined && before.upper && w.upper && FIELD_START.test(text.slice(Math.max(0, before.tok.start - 8), before.tok.start));
  if (!spaced(text, before, at) || !before.alpha || !(before.cap || fieldHead) || before.upper !== w.upper || before.base.length < 2 || before.possessive) return undefined;
  if ((before.tech && !before.shortCaps) || before.product || before.functionWord || before.title || before.strongCue || before.weakCue || before.orgHead) return undefined;
  if (before.notName || before.personVerb || before.weakPersonVerb || before.particle) return undefined;
  if (before.common && !(before.upper && before.given && before.ambiguous)) return undefined;
  return before;
}
