import type { Doc } from '../doc.js';
import { STREET_WORDS } from '../detectors/address.js';
import { addPerson } from './addPerson.js';
import { I_AM } from './runs.js';
import { lowerCaseNamePart } from './namePart.js';
import { ACRONYMS, FILLERS, RELATIVES } from './vocabulary.js';
import { adjacent, type WordInfo } from './wordInfo.js';

function lowerStart(w: WordInfo): boolean {
  return !w.startsUpper;
}

/** A frequent given name typed in lower case. */
function givenLike(w: WordInfo): boolean {
  return w.alpha && lowerStart(w) && !w.particle && !w.tech && w.given && w.rank <= 1000 && (!w.common || w.rank <= 300);
}

/** A lower-case word that may be a given name the census lacks: a listed given name, or a word no list or dictionary has. */
function unlistedGiven(w: WordInfo): boolean {
  return w.alpha && lowerStart(w) && !w.tech && !w.particle && !w.functionWord && !w.common && w.base.length >= 3 && (w.given || (!w.known && SAYABLE.test(w.lower))) && !ACRONYMS.has(w.lower);
}

// a word that can be said: a vowel among its first three letters and no four consonants in a row ("dcmtk" is a code)
const SAYABLE = /^(?=.{0,2}[aeiouyàâäáéèêëíìîïóòôöúùûü])(?!.*[bcdfghjklmnpqrstvwxz]{4})/;

// a version or number after the pair: "dcmtk rel 2025.11"
const DIGIT_AFTER = /^\s\d/;

const MEANS_ME = /\bme,\s$/;
// (tried on the one character after the word: punctuation, white space or the end)
const CLAUSE_END = /^(?:[.!,;]|\s*$)/;
const CLAUSE_START = /(?:^|\n|[.!?]\s)$/;

// courtesy titles and the doctor's: after them a frequent census name counts, ordinary word or not
const COURTESY_TITLES = new Set(['dr', 'dr.', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof']);
// what ends a clause after a name: a mark, a dash, the line's end, or a word that starts the next clause
export const PAIR_ENDS = /^(?:[.,;:!?)]|'s\b|’s\b| [-–—] |\s*$|\s*\n| (?:but|and|has|had|is|was|who|in|at|on)\b)/;

/** A listed surname among the census's first 5,000 in lower case, ordinary word or not ("green", "hill"). */
export function frequentSurname(w: WordInfo): boolean {
  return w.alpha && !w.startsUpper && w.known && w.rank <= 5000 && !w.functionWord && !w.tech && !w.particle && w.base.length >= 3;
}

const CLAUSE_OVER = /^(?:[.,;:!?)]|\s*$|\n)/;
const KEY_BEFORE = new Set(['?', '&', '=', '/']);

const NOT_INTRODUCED = 0;
const INTRODUCED = 1;
/** "my name is": whatever follows is the name. */
const NAMED = 2;

/** "my name is", "this is", "it's", "i'm" just before word i: what follows introduces a person. */
function introduced(infos: WordInfo[], i: number): number {
  let w = infos[i] as WordInfo;
  // "this is uh wiremu": a caller's filler between
  const filler = infos[i - 1];
  if (adjacent(filler, w) && FILLERS.has(filler.lower)) {
    w = filler;
    i--;
  }
  const p1 = infos[i - 1];
  if (!adjacent(p1, w)) return NOT_INTRODUCED;
  if (p1.lower === 'its' || p1.lower === "it's" || I_AM.test(p1.lower)) return INTRODUCED;
  const p2 = infos[i - 2];
  if (!adjacent(p2, p1) || p1.lower !== 'is') return NOT_INTRODUCED;
  if (p2.lower === 'name') return NAMED;
  return p2.lower === 'this' || p2.lower === 'it' ? INTRODUCED : NOT_INTRODUCED;
}

/** After "my name is": a lower-case word that is no ordinary word (listed or not), or a frequent given name. */
function namedPart(w: WordInfo): boolean {
  return w.alpha && !w.startsUpper && !w.tech && !w.particle && !w.functionWord && w.base.length >= 2 && !ACRONYMS.has(w.lower) && (!w.common || (w.given && w.rank <= 1000));
}

/** A lower-case word that can be a name part here: listed, no ordinary word (or a frequent given name when `given`). */
function lowerNamePart(w: WordInfo, given: boolean): boolean {
  if (!w.alpha || w.startsUpper || w.tech || w.particle || w.functionWord || w.base.length < 2 || !w.known || ACRONYMS.has(w.lower)) return false;
  return !w.common || (given && w.given && w.rank <= 1000);
}

/** A listed name part or a word in no list or dictionary, neither an ordinary word. */
function pairPart(w: WordInfo): boolean {
  return lowerNamePart(w, false) || unlistedGiven(w);
}

// what only a person has: "reid's chart", "sexton's mrn"
const RECORDS = new Set(['chart', 'record', 'records', 'mrn', 'armband', 'wristband', 'labs', 'meds', 'results', 'appointment', 'appt']);

/** The word after `w` is a record that is someone's. */
function ownedRecord(infos: WordInfo[], w: WordInfo): boolean {
  return RECORDS.has(infos[w.index + 1]?.lower ?? '');
}

// trying to reach someone: "tyrone went home. trying destiny cash"
const REACHING = new Set(['trying', 'try', 'tried', 'paging', 'calling', 'texting', 'reaching']);

const STREET = new RegExp(`^(?:${STREET_WORDS})$`);

/** `w` opens a line or sentence, or follows an opening "also". */
function opensClause(doc: Doc, infos: WordInfo[], w: WordInfo): boolean {
  const also = infos[w.index - 1];
  const from = also !== undefined && adjacent(also, w) && also.lower === 'also' ? also.tok.start : w.tok.start;
  return CLAUSE_START.test(doc.text.slice(Math.max(0, from - 2), from));
}

/** What a person does, right after `w`: a verb that follows people ("is", "called"), or "locked" out. */
function actsAfter(infos: WordInfo[], w: WordInfo): boolean {
  const verb = infos[w.index + 1];
  return verb !== undefined && adjacent(w, verb) && (verb.personVerb || verb.weakPersonVerb || verb.lower === 'locked');
}

const ERRAND = new Set(['calling', 'from', 'here', 'speaking', 'at', 'in', 'on', 'with']);

// what a caller says right after their name; "on", "in" also follow ordinary words ("bill on the invoice")
const NAME_ERRAND = new Set(['calling', 'from', 'here', 'speaking']);

/** Word i is followed by the caller's errand ("from", "calling") or a comma. */
function errandAfter(doc: Doc, infos: WordInfo[], i: number): boolean {
  const w = infos[i] as WordInfo;
  const next = infos[i + 1];
  return doc.text[w.tok.end] === ',' || (next !== undefined && adjacent(w, next) && NAME_ERRAND.has(next.lower));
}
// "... i work nights", "... im the charge nurse": the caller goes on about themself ("i think" is no such)
const SELF = new Set(['im', "i'm", 'i’m']);
const SELF_VERBS = new Set(['work', 'worked', 'am', 'was', 'need', 'have', 'had', 'manage', 'cover', 'run', 'called', 'float']);

function speaksOfSelf(infos: WordInfo[], w: WordInfo): boolean {
  if (SELF.has(w.lower)) return true;
  const verb = infos[w.index + 1];
  return w.lower === 'i' && verb !== undefined && adjacent(w, verb) && SELF_VERBS.has(verb.lower);
}
const MOST_NAME_WORDS = 4;

/** How many words from i on (up to four, adjacent) are name parts, the first no ordinary word, the others listed if they are. */
function unlistedRun(infos: WordInfo[], i: number): number {
  let n = 0;
  for (let w = infos[i]; w !== undefined && n < MOST_NAME_WORDS && namedPart(w) && (!w.common || (n > 0 && w.known)); w = infos[i + n]) {
    const before = infos[i + n - 1];
    if (n > 0 && (before === undefined || !adjacent(before, w))) break;
    n++;
  }
  return n;
}
// (also in brackets or after a comma: "for helena wall (dob 11/28/1936", "pollard, christina g, mrn ...")
const RECORD_AFTER = /^,?\s{1,2}\(?(?:mrn|dob|d\.o\.b|ssn|date of birth|birthday)\b/i;
const RELATIVE_ACTS = /^ (?:can|will|is|was|has|says|said|called|wants|asked|needs)\b/;
const CALL = new Set(['call', 'cb', 'page', 'text', 'ping', 'reach', 'ask', 'contact']);
const ASKING = new Set(['ask', 'asked', 'tell', 'told', 'call', 'page', 'text', 'ping']);
const ASKED_FOR = new Set(['for', 'to', 'about', 'if', 'whether']);
// an extension or a number to call: "call hope x60885", "pls call sophea at +1 253-220-1850"
const EXTENSION_AFTER = /^\s{1,2}(?:x|ext\.?\s?|(?:at|on)\s{1,2}\+?\(?)\d/i;

const CHARTING = /(?:^|\s)(?:charting|documenting|charted|documented) (?:on|for) $/;

// what may follow a patient's name in a hurried note: "pt kiss dob ...", "pt ito rm 4"
const PATIENT_DETAIL = /^\s{1,2}(?:dob|d\.o\.b|mrn|rm|room|bed|age|\d)/i;

/** A lower-case surname right after word i: listed and no ordinary word, or a frequent census surname ("ivy king"). */
function surnameAfter(infos: WordInfo[], i: number): boolean {
  const w = infos[i] as WordInfo;
  const next = infos[i + 1];
  if (next === undefined || !adjacent(w, next)) return false;
  const surname = lowerNamePart(next, false) || (next.known && next.rank <= 5000 && !next.functionWord && !next.tech && next.alpha && !next.startsUpper);
  // a two-letter surname only when the census knows it ("li", "wu"; not "rm")
  return surname && (next.base.length > 2 || next.rank <= 5000);
}

/** Marks `w` (and a listed surname right after it) as a person; returns how many words were taken. */
function takeLowerName(doc: Doc, infos: WordInfo[], i: number): number {
  const w = infos[i] as WordInfo;
  const next = infos[i + 1];
  const last = next !== undefined && surnameAfter(infos, i) ? next : w;
  addPerson(doc, w.tok.start, last.possessive ? last.tok.end - 2 : last.tok.end);
  return last === w ? 1 : 2;
}

/**
 * An ordinary word or a code that is no given name nor among the census's first 5,000 names
 * ("patient", "card", "https") fits only the rules for a word after "my name is" or a strong cue
 * ("pt"), or before a possessive ("... sexton's chart"): most words that reach the rules, skipped
 * before them.
 */
function ordinaryOnly(infos: WordInfo[], i: number): boolean {
  const w = infos[i] as WordInfo;
  if (!(w.common || w.tech) || w.given || w.rank <= 5000) return false;
  return !infos[i - 1]?.strongCue && !infos[i + 1]?.possessive && introduced(infos, i) !== NAMED;
}

/** Lower-case names typed in a hurry: "spoke with john smith", "according to maria", "this is nour haddad", "pt zhang dob". */
export function lowerCaseNames(doc: Doc, infos: WordInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i] as WordInfo;
    // every rule below wants a lower-case word that is listed or no ordinary word: most words are neither
    if (w.startsUpper || !w.alpha || (w.common && !w.known)) continue;
    // nor can a function word ("the", "on"; a code, `tech`) unless it is also a given name: the rules that
    // take codes or function words want a given name ("will", "in")
    if (w.functionWord && !w.given) continue;
    if (ordinaryOnly(infos, i)) continue;
    // a key or a parameter ("?lang=en", "&view="), not a word of a sentence
    if (doc.text[w.tok.end] === '=' || KEY_BEFORE.has(doc.text[w.tok.start - 1] ?? '')) continue;
    {
      // "hi its rukhsana on NICU", "this is hope yates", "my name is makoa tsosie"
      const intro = introduced(infos, i);
      const next = infos[i + 1];
      // "my name is min wu": a listed name that is also a word, when a name follows
      if (intro === NAMED && (namedPart(w) || (w.known && !w.functionWord && next !== undefined && adjacent(w, next) && namedPart(next) && !next.common))) {
        const both = next !== undefined && adjacent(w, next) && namedPart(next);
        const last = both ? next : w;
        addPerson(doc, w.tok.start, last.possessive ? last.tok.end - 2 : last.tok.end);
        if (both) i++;
        continue;
      }
      // "this is giorgi gelashvili calling from ...", "this is wahidullah i work nights": up to four
      // words that are no ordinary words, then the caller's errand or the caller speaking of themself
      const named = intro === INTRODUCED ? unlistedRun(infos, i) : 0;
      const after = infos[i + named];
      if (named > 0 && after !== undefined && adjacent(infos[i + named - 1], after) && (ERRAND.has(after.lower) || speaksOfSelf(infos, after))) {
        addPerson(doc, w.tok.start, (infos[i + named - 1] as WordInfo).tok.end);
        i += named - 1;
        continue;
      }
      // "this is uh wiremu, wiremu tuhiwai from ...", "this is uh clay, clay hatfield from": a name part (a
      // frequent given name may be a word) said again with the surname
      if (intro === INTRODUCED && namedPart(w) && next !== undefined && next.lower === w.lower && doc.text.slice(w.tok.end, next.tok.start) === ', ') {
        const surname = infos[i + 2];
        const last = surname !== undefined && adjacent(next, surname) && namedPart(surname) && !surname.common ? surname : next;
        addPerson(doc, w.tok.start, w.tok.end);
        addPerson(doc, next.tok.start, last.tok.end);
        i += last === next ? 1 : 2;
        continue;
      }
      // a given name that is also a word ("this is bill pay ...") only with a surname after it, or the
      // caller's errand or a comma ("this is maria from pharmacy", "this is mark, ...")
      if (intro === INTRODUCED && lowerNamePart(w, true) && (!w.common || surnameAfter(infos, i) || errandAfter(doc, infos, i))) {
        i += takeLowerName(doc, infos, i) - 1;
        continue;
      }
      // "an armband for buck little dob 4/25/94": two census names, ordinary words or not, right before a birth date
      if (w.known && w.rank <= 5000 && next !== undefined && adjacent(w, next) && next.alpha && !next.startsUpper && next.known && next.rank <= 5000 && !w.functionWord && !next.functionWord && RECORD_AFTER.test(doc.text.slice(next.tok.end, next.tok.end + 16))) {
        addPerson(doc, w.tok.start, next.tok.end);
        i++;
        continue;
      }
      // "rm 13 kekoa kanahele mrn 589986095": lower-case words that are no ordinary words, right before a record cue
      if (namedPart(w) && !w.common) {
        const two = next !== undefined && adjacent(w, next) && namedPart(next) && !next.common;
        const last = two ? next : w;
        // two such words, or one listed name ("duplicate accession MRN=" is no name)
        if ((two || w.known) && RECORD_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 16))) {
          addPerson(doc, w.tok.start, last.tok.end);
          if (two) i++;
          continue;
        }
      }
      // "call hope x60885", "page pranav ext 68469": a word between a call and an extension
      if (CALL.has(infos[i - 1]?.lower ?? '') && adjacent(infos[i - 1], w) && namedPart(w) && EXTENSION_AFTER.test(doc.text.slice(w.tok.end, w.tok.end + 12))) {
        addPerson(doc, w.tok.start, w.tok.end);
        continue;
      }
      // "ask yutong for the override key", "ask chaltu for ...": a word no list or dictionary has between an
      // ask and what is asked (no group or product: "ask biomed for")
      const asked = infos[i + 1];
      if (ASKING.has(infos[i - 1]?.lower ?? '') && adjacent(infos[i - 1], w) && !w.known && !w.common && w.base.length >= 4 && namedPart(w) && !w.orgHead && asked !== undefined && adjacent(w, asked) && ASKED_FOR.has(asked.lower)) {
        addPerson(doc, w.tok.start, w.tok.end);
        continue;
      }
      // "pt zhang dob ...": a patient or role cue, then a listed name (an ordinary word only when patient details follow)
      const cue = infos[i - 1];
      // "pt lihua xu rm 936": two words that are no ordinary words, then patient details
      const second = infos[i + 1];
      // ("adding fitrat nuriddinova from desktop support": or the errand that brings them)
      // (the first may be a frequent given name that is also a word: "pt forest n'diaye rm 603")
      if (adjacent(cue, w) && cue.strongCue && ((namedPart(w) && !w.common) || lowerNamePart(w, true)) && second !== undefined && adjacent(w, second) && namedPart(second) && !second.common && (PATIENT_DETAIL.test(doc.text.slice(second.tok.end, second.tok.end + 8)) || ERRAND.has(infos[i + 2]?.lower ?? '') || CLAUSE_OVER.test(doc.text.slice(second.tok.end, second.tok.end + 2)))) {
        addPerson(doc, w.tok.start, second.tok.end);
        i++;
        continue;
      }
      // "keeps logging me out when im charting on sivakumar arulanantham and": two words no dictionary has
      // after charting on or for (whom a chart is about)
      if (namedPart(w) && !w.common && second !== undefined && adjacent(w, second) && namedPart(second) && CHARTING.test(doc.text.slice(Math.max(0, w.tok.start - 20), w.tok.start))) {
        addPerson(doc, w.tok.start, second.tok.end);
        i++;
        continue;
      }
      // "her daughter svitlana can be reached at": a relative, then a word no list or dictionary has, then what a person does
      if (adjacent(cue, w) && RELATIVES.has(cue.lower) && namedPart(w) && !w.common && !w.known && RELATIVE_ACTS.test(doc.text.slice(w.tok.end, w.tok.end + 8))) {
        addPerson(doc, w.tok.start, w.tok.end);
        continue;
      }
      if (adjacent(cue, w) && cue.strongCue && (lowerNamePart(w, false) || (lowerNamePart(w, true) || (w.known && w.common && !w.functionWord && !w.tech)) && PATIENT_DETAIL.test(doc.text.slice(w.tok.end, w.tok.end + 8)))) {
        i += takeLowerName(doc, infos, i) - 1;
        continue;
      }
    }
    // "ms okonkwo": a lower-case title and a word that is no ordinary word
    const t = infos[i - 1];
    // ("dr. frost is waiting", "ms. stark asked": after such a title a frequent census name counts, ordinary word or not)
    if (t && t.title && lowerStart(t) && w.alpha && lowerStart(w) && (!w.common || (COURTESY_TITLES.has(t.lower) && w.known && w.rank <= 5000)) && !w.tech && w.base.length >= 2 && t.tok.line === w.tok.line && /^\.?\s$/.test(doc.text.slice(t.tok.end, w.tok.start))) {
      // "dr. deshawn strong": the listed surname after the given name goes with it
      const last = w.possessive ? undefined : infos[i + 1];
      const both = last !== undefined && adjacent(w, last) && lowerStart(last) && last.alpha && last.known && !last.functionWord && !last.tech && !last.particle && last.base.length >= 2 && (!last.common || last.rank <= 5000);
      const end = both ? last : w;
      addPerson(doc, w.tok.start, end.possessive ? end.tok.end - 2 : end.tok.end);
      continue;
    }
    // "ticket from me, ranger.": a given name (or a word no list or dictionary has) set after "me,"
    // (its comma first: a slice and a pattern for every word cost more than the rest of the rule)
    if (doc.text.charCodeAt(w.tok.start - 2) === 44 && MEANS_ME.test(doc.text.slice(Math.max(0, w.tok.start - 5), w.tok.start)) && (w.given || unlistedGiven(w)) && !w.functionWord && !w.tech && CLAUSE_END.test(doc.text.slice(w.tok.end, w.tok.end + 1))) {
      addPerson(doc, w.tok.start, w.tok.end);
      continue;
    }
    // "ranger called pharmacy", "destiny says ...", "adjoa says it's been like this": a given name (or a listed
    // name or a word no list or dictionary has, neither an ordinary word) opening a line or sentence, then what people do
    const verb = infos[i + 1];
    if ((w.given || unlistedGiven(w) || lowerNamePart(w, false)) && !w.functionWord && !w.tech && verb !== undefined && adjacent(w, verb) && verb.personVerb && CLAUSE_START.test(doc.text.slice(Math.max(0, w.tok.start - 2), w.tok.start))) {
      addPerson(doc, w.tok.start, w.tok.end);
      continue;
    }
    // "also yuliana nascimento cant get in": a given name or a word no list or dictionary has, then a listed surname
    // (in a ticket written in another language most words are in no dictionary: "por favor desbloquear para";
    // asked last, as judging the ticket's language reads all its words)
    const after = infos[i + 1];
    if (unlistedGiven(w) && after !== undefined && adjacent(w, after) && lowerNamePart(after, false) && !after.given && after.base.length >= 4 && !DIGIT_AFTER.test(doc.text.slice(after.tok.end, after.tok.end + 2)) && (w.given || !doc.foreign)) {
      addPerson(doc, w.tok.start, after.possessive ? after.tok.end - 2 : after.tok.end);
      i++;
      continue;
    }
    // "lockouts for joy green", "card for rusty hill but ...", "forwarding from ivy price - see below", "went home. trying pearl castle": after
    // a cue, a frequent given name and a frequent surname, ordinary words or not, that end the clause
    const cue = infos[i - 1];
    const surname = infos[i + 1];
    if (cue !== undefined && adjacent(cue, w) && (cue.weakCue || cue.strongCue || REACHING.has(cue.lower)) && w.given && w.rank <= 1000 && !w.functionWord && !w.weakPersonVerb && !w.tech && surname !== undefined && adjacent(w, surname) && frequentSurname(surname) && PAIR_ENDS.test(doc.text.slice(surname.tok.end, surname.tok.end + 6))) {
      addPerson(doc, w.tok.start, surname.possessive ? surname.tok.end - 2 : surname.tok.end);
      i++;
      continue;
    }
    // "also colt wolfe is still waiting", "glen holiday locked out again": the same pair opening a clause,
    // then what people do (no street: "grace lane is closed")
    if (surname !== undefined && w.given && w.rank <= 1000 && adjacent(w, surname) && frequentSurname(surname) && !STREET.test(surname.lower) && actsAfter(infos, surname) && opensClause(doc, infos, w)) {
      addPerson(doc, w.tok.start, surname.possessive ? surname.tok.end - 2 : surname.tok.end);
      i++;
      continue;
    }
    // "also josée thibault cant get in", "sipho mahlangu called", "destiny cox has a video visit": two name
    // parts, listed or in no dictionary (no ordinary word; the first may be a given name that is one),
    // opening a clause, then what people do
    if (surname !== undefined && adjacent(w, surname) && (pairPart(w) || w.given) && pairPart(surname) && actsAfter(infos, surname) && opensClause(doc, infos, w)) {
      addPerson(doc, w.tok.start, surname.possessive ? surname.tok.end - 2 : surname.tok.end);
      i++;
      continue;
    }
    // "open with bishop reid's chart", "ended up in david sexton's chart": two name parts, the second
    // possessive, then a record that is someone's
    if (surname !== undefined && surname.possessive && adjacent(w, surname) && lowerCaseNamePart(w.lower) && lowerCaseNamePart(surname.base.toLowerCase()) && ownedRecord(infos, surname)) {
      addPerson(doc, w.tok.start, surname.tok.end - 2);
      i++;
      continue;
    }
    if (!givenLike(w)) continue;
    const next = infos[i + 1];
    const prev = infos[i - 1];
    if (next !== undefined && next.tok.line === w.tok.line && lowerStart(next) && next.alpha && next.known && !next.common && !next.tech && next.tok.start === w.tok.end + 1) {
      addPerson(doc, w.tok.start, next.possessive ? next.tok.end - 2 : next.tok.end);
      i++;
    } else if (prev !== undefined && prev.tok.line === w.tok.line && (prev.weakCue || prev.strongCue || prev.title) && prev.tok.end + 1 === w.tok.start) {
      addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
    }
  }
}
