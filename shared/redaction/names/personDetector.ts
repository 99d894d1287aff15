import type { Doc } from '../doc.js';
import { fold } from '../text/fold.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { nameLexicon } from './nameLexicon.js';
import { nameScore, wordInfos, type WordInfo } from './wordInfo.js';
import { detectSignatures } from './signatures.js';
import { detectNameForms } from './nameForms.js';
import { detectSpeakers } from './speakers.js';

import { addPerson, PERSON_PRIORITY as PRIORITY } from './addPerson.js';
import { ACRONYMS, TECH } from './vocabulary.js';
import { startsDate } from './dateWords.js';

function gapOk(doc: Doc, a: WordInfo, b: WordInfo): boolean {
  const len = b.tok.start - a.tok.end;
  if (len < 1 || len > 2) return false;
  const c0 = doc.text.charCodeAt(a.tok.end);
  const c1 = len === 2 ? doc.text.charCodeAt(a.tok.end + 1) : 32;
  return (c0 === 32 && c1 === 32) || (a.initial && c0 === 46 && c1 === 32) || (a.initial && len === 1 && c0 === 46);
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'tower', 'wing', 'pavilion']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function nameish(w: WordInfo): boolean {
  return w.alpha && (w.cap || w.particle) && !w.tech;
}

/** Runs of capitalised words on one line, split where an ordinary word or an org name begins. */
/** Ends the current run (trailing particles dropped); returns the array for the next one. */
function flush(cur: WordInfo[], runs: WordInfo[][]): WordInfo[] {
  if (!cur.length) return cur;
  while (cur.length && cur[cur.length - 1]?.particle) cur.pop();
  if (cur.length) runs.push(cur);
  return [];
}

function candidateRuns(doc: Doc, infos: WordInfo[]): WordInfo[][] {
  const runs: WordInfo[][] = [];
  let cur: WordInfo[] = [];
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i] as WordInfo;
    const next = infos[i + 1];
    const prev = cur[cur.length - 1];
    const joins = prev !== undefined && prev.tok.line === w.tok.line && gapOk(doc, prev, w) && !prev.possessive;
    if (!joins) cur = flush(cur, runs);
    // a word neither capitalised nor a particle is never part of a run (most words: decided here)
    if (!w.cap && !w.particle) {
      cur = flush(cur, runs);
      continue;
    }
    // "Cath Lab": a word before a Title-case department head is part of the department
    const orgModifier = next !== undefined && next.tok.line === w.tok.line && next.cap && !next.upper && !w.possessive && next.orgHead && gapOk(doc, w, next) && (!w.known || w.common);
    const afterParticle = joins && prev?.particle === true && w.cap && w.alpha && !w.tech;
    // a listed name that is also a word ("Raj") counts when a clear name follows ("Raj Malhotra")
    const beforeClear = w.known && w.cap && !w.tech && !w.strongCue && !w.title && !w.weakCue && !w.orgHead && next !== undefined && next.tok.line === w.tok.line && nameish(next) && nameScore(next) >= 2 && gapOk(doc, w, next);
    // "Nguyễn Văn An (MRN ...": a capitalised function word closing a name, not followed by a lower-case word
    const closingPart =
      joins && w.functionWord && w.cap && w.known && (next === undefined || next.tok.line !== w.tok.line || next.cap || next.tok.start !== w.tok.end + 1);
    if (closingPart) {
      cur.push(w);
      continue;
    }
    // a cue that is no listed name ("Emailed", "Paged") introduces a name, it is not part of one
    const cueWord = (w.weakCue || w.strongCue) && !w.known;
    // "Jun 19", "May 3", "Thu 2/22": a date
    // "5 North", "4 West": a unit, not a surname
    const unit = DIRECTIONS.has(w.lower) && isDigit(doc.text.charCodeAt(w.tok.start - 2)) && doc.text.charCodeAt(w.tok.start - 1) === 32;
    const dated = startsDate(doc, w);
    // "Tibor Kiss", "Gábor Kiss (on-call)": a listed name that is also a word, right after a clear name
    const afterClear = prev !== undefined && joins && prev.known && !prev.common && !prev.initial && w.known && w.cap && !w.orgHead && !w.tech;
    const usable = nameish(w) && !cueWord && !dated && !unit && (w.particle ? cur.length > 0 : nameScore(w) > 0 || afterParticle || beforeClear || afterClear) && !orgModifier && !(w.orgHead && !w.known && !afterParticle);
    if (!usable) {
      cur = flush(cur, runs);
      continue;
    }
    cur.push(w);
  }
  flush(cur, runs);
  return runs.map((r) => {
    while (r.length && r[0]?.particle) r.shift();
    return r;
  }).filter((r) => r.length > 0 && r.length <= 5);
}

const CLAUSE_BREAK = 2;
const SENTENCE_BREAK = 1;
/** A label's colon: "Manager: ...". */
const COLON = 3;

/** What separates two words: a clause break (| , ; brackets), a label's colon, a sentence break (. ! ?) or neither (0). */
function gapKind(text: string, from: number, to: number): number {
  let kind = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // | , ; ( ) [ ] < >
    if (c === 124 || c === 44 || c === 59 || c === 40 || c === 41 || c === 91 || c === 93 || c === 60 || c === 62) return CLAUSE_BREAK;
    // . ! ?
    if (c === 46 || c === 33 || c === 63) kind = SENTENCE_BREAK;
    else if (c === 58 && kind === 0) kind = COLON;
  }
  return kind;
}

/** Up to n words before infos[index] in the same clause (no line break, comma, bar or bracket between). */
function prevWords(doc: Doc, infos: WordInfo[], index: number, n: number): WordInfo[] {
  const out: WordInfo[] = [];
  let after = infos[index];
  for (let i = index - 1; i >= 0 && out.length < n && after; i--) {
    const w = infos[i] as WordInfo;
    if (w.tok.line !== after.tok.line) break;
    const gap = gapKind(doc.text, w.tok.end, after.tok.start);
    // a sentence or label ends at . ! ? : — except the dot of a title or an initial ("Dr. Li")
    if (gap === CLAUSE_BREAK || (gap === SENTENCE_BREAK && !(w.title || w.initial))) break;
    // a label ends its clause too, unless it names a person's role ("Approving Manager: ...")
    if (gap === COLON && !w.strongCue) break;
    out.push(w);
    after = w;
  }
  return out;
}

const PHRASE_CUES = new Set(['this is', 'name is', 'i am', 'it is', 'its', 'spoke with', 'talked to', 'speaking with', 'on behalf']);

const AFTER_CUE = /^(?:\s{1,2}family\b|,\s?(?:MD|DO|RN|NP|PA-C|PA|LPN|CNA|PharmD|PhD|BSN|MSN|CRNA|DNP|RT)\b|\s{0,2}\((?:n[ée]e?\b|geboren|nacid[oa]|nascid[oa]|born|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d|mrn|dob|d\.o\.b|\d|[\w.+-]+@|age|pt|patient|acct|account|member|ssn)|,?\s{1,2}(?:dob|mrn|d\.o\.b|dl|ssn|acct|account|member id|phone|age \d|\d{1,3}\s?(?:yo|y\/o|years? old))\b|\s{0,2}<[^>\n]{0,80}@|\s{0,2}\([^)\n]{0,80}@)/i;

const I_AM = /^i['’]?m$/;
const ONE_OR_TWO_SPACES = /^\s{1,2}$/;
const ONE_SPACE = /^\s$/;
const TITLE_GAP = /^\.?\s{1,2}$/;
const DIGIT = /\d/;
const ING = /^[a-z]{2,}ing$/;
const LOWER_WORD_AFTER = /^\s\p{Ll}/u;
// letters outside ASCII ("Jarosław Szczepańska"): unlisted words spelled like names, not like products
const NON_ASCII_LETTER = /[\u00c0-\u024f]/;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'every', 'each', 'any']);
const FAMILY_AFTER = /^\s{1,2}family\b/i;
const CONTACT_VERBS = new Set(['called', 'emailed', 'e-mailed', 'paged', 'texted', 'phoned', 'messaged', 'contacted', 'notified', 'reminded', 'pinged']);

/** "this is Kevin", "my name is ...", "I'm Laura": a strong cue in the words before. */
function strongBefore(before: WordInfo[]): boolean {
  const phrase = before.length >= 2 ? `${before[1]?.lower} ${before[0]?.lower}` : '';
  return before.some((w) => w.strongCue) || PHRASE_CUES.has(phrase) || I_AM.test(before[0]?.lower ?? '');
}

/** What follows the run says person: a possessive, "(MRN", "<mail>", a verb people do. */
function cuedAfter(doc: Doc, infos: WordInfo[], run: WordInfo[], first: WordInfo, last: WordInfo): boolean {
  const nextW = infos[last.index + 1];
  const verbNext = nextW !== undefined && nextW.tok.line === last.tok.line && ONE_OR_TWO_SPACES.test(doc.text.slice(last.tok.end, nextW.tok.start));
  const strongVerb = verbNext && nextW.personVerb && (run.length > 1 || !first.common || first.given);
  const verbAfter = verbNext && nextW.weakPersonVerb;
  // "Siobhán covering the pager": a clear name doing something
  const doing = verbNext && run.length === 1 && nameScore(first) >= 1.5 && !nextW.cap && ING.test(nextW.lower);
  const charBefore = doc.text[first.tok.start - 2] ?? '';
  return last.possessive || AFTER_CUE.test(doc.text.slice(last.tok.end, last.tok.end + 90)) || strongVerb || doing || (verbAfter && (run.length > 1 || (nameScore(first) >= 1.5 && !DIGIT.test(charBefore))));
}

/** Two unknown capitalised words in a row read as a name when one of them is listed. */
function allNamey(named: WordInfo[]): boolean {
  return named.every((w) => nameScore(w) >= 1) && !named.every((w) => w.common) && named.some((w) => w.known || NON_ASCII_LETTER.test(w.base));
}

/** A middle initial: "John Q Public". */
function initialInside(run: WordInfo[]): boolean {
  for (let i = 1; i < run.length - 1; i++) if ((run[i] as WordInfo).initial) return true;
  return false;
}

/** Decides each run from its words and the words around it. */
function scoreRuns(doc: Doc, infos: WordInfo[], runs: WordInfo[][]): void {
  for (const run of runs) {
    const first = run[0] as WordInfo;
    const last = run[run.length - 1] as WordInfo;
    const before = prevWords(doc, infos, first.index, 3);
    const prev = before[0];
    const gapBefore = prev ? doc.text.slice(prev.tok.end, first.tok.start) : '';
    const title = prev !== undefined && prev.title && TITLE_GAP.test(gapBefore);
    let score = 0;
    for (const w of run) score += nameScore(w);
    const named = run.filter((w) => !w.initial && !w.particle);
    // the words around are weighed only when the run's own words leave it open (evaluated lazily)
    const weak = prev !== undefined && prev.weakCue && ONE_OR_TWO_SPACES.test(gapBefore);
    let person = false;
    // "The Chase Paymentech terminal": an article makes the run a thing (a family or a possessive aside)
    if (prev !== undefined && DETERMINERS.has(prev.lower) && ONE_SPACE.test(gapBefore) && !last.possessive && !FAMILY_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 8))) continue;
    if (title) person = true;
    else if (named.length >= 2) {
      const clear = named.some((w) => w.known && !w.common);
      // "Heath Caldwell", "Will Smith": listed names only, one of them no ordinary word
      // (capitalised as typed: in all-lower-case text the lists alone decide too much)
      const listed = clear && named.every((w) => w.known && w.startsUpper);
      // "Faith White", "Mason Lane": a frequent census given name and a frequent census surname
      const censusPair = named.length === 2 && first.startsUpper && last.startsUpper && first.given && first.rank <= 1000 && last.known && last.rank <= 5000 && !last.orgHead;
      person = listed || censusPair || (score >= 3 && clear) || (score >= 2 && (strongBefore(before) || weak || cuedAfter(doc, infos, run, first, last) || allNamey(named) || initialInside(run)));
    } else if (named.length === 1) {
      // "de la Cruz", "van der Berg": particles announce a surname (a code in capitals does not follow one)
      const particleBefore = prev !== undefined && prev.particle && !prev.cap && prev.lower !== 'y' && ONE_SPACE.test(gapBefore) && (!first.upper || first.known);
      // "P. Truong", "K. McAllister": an initial before a word that is no ordinary word
      // a frequent census surname that is also a word ("C. White", "K. Price") unless a lower-case word follows ("B. Grant access")
      const initialled = run.length === 2 && first.initial && ((!last.common && nameScore(last) >= 1) || (last.known && last.rank <= 5000 && !LOWER_WORD_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 3))));
      // "Called Oduya back", "paged Okafor": one reaches people, not things, this way
      const contacted = weak && CONTACT_VERBS.has(prev.lower);
      person = initialled || (score >= 1 && (strongBefore(before) || cuedAfter(doc, infos, run, first, last) || particleBefore || contacted || (weak && score >= 2 && !first.common)));
    }
    if (!person) continue;
    const end = last.possessive ? last.tok.end - 2 : last.tok.end;
    addPerson(doc, first.tok.start, end);
  }
}

/**
 * People's names: capitalised runs judged by name lists (census and wider given/surname lists),
 * ordinary-word and product lists, and the words around them (titles, "patient", possessives,
 * "(MRN", verbs); plus signatures, greetings, e-mail headers, LAST, FIRST and e-mail local parts.
 * Every part of a name found anywhere is then removed everywhere in the ticket.
 */
export function detectPersons(doc: Doc, emailLocalParts: readonly string[]): void {
  const infos = wordInfos(doc.tokens(), doc.text);
  treatCaselessText(infos);
  quietCodes(infos);
  doc.budget.check();
  scoreRuns(doc, infos, candidateRuns(doc, infos));
  doc.budget.check();
  detectSignatures(doc, infos);
  detectNameForms(doc, infos);
  detectSpeakers(doc);
  matchEmailLocalParts(doc, infos, emailLocalParts);
  lowerCaseNames(doc, infos);
  hyphenatedGivenNames(doc, infos);
  namesInFileNames(doc, infos);
  doc.budget.check();
  propagate(doc, infos);
}

/**
 * A ticket typed all in lower case carries no capitalisation signal: there, listed names that are
 * no ordinary words ("naperville" is not, "sarah" is) are treated as if capitalised.
 */
function treatCaselessText(infos: WordInfo[]): void {
  let alpha = 0;
  let caps = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.cap) caps++;
  }
  if (alpha < 8 || caps / alpha > 0.03) return;
  for (const w of infos) {
    if (w.cap || !w.alpha || w.tech || w.particle || w.base.length < 2) continue;
    if (ACRONYMS.has(w.lower)) continue;
    if ((w.known && !w.common) || (w.given && w.ambiguous && w.rank <= 300)) w.cap = true;
  }
}

function lowerStart(w: WordInfo): boolean {
  return !w.startsUpper;
}

/** A frequent given name typed in lower case. */
function givenLike(w: WordInfo): boolean {
  return w.alpha && lowerStart(w) && !w.particle && !w.tech && w.given && w.rank <= 1000 && (!w.common || w.rank <= 300);
}

/** `b` follows `a` on the same line after one space. */
function adjacent(a: WordInfo | undefined, b: WordInfo): a is WordInfo {
  return a !== undefined && a.tok.line === b.tok.line && a.tok.end + 1 === b.tok.start;
}

const NOT_INTRODUCED = 0;
const INTRODUCED = 1;
/** "my name is": whatever follows is the name. */
const NAMED = 2;

/** "my name is", "this is", "it's", "i'm" just before word i: what follows introduces a person. */
function introduced(infos: WordInfo[], i: number): number {
  const w = infos[i] as WordInfo;
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

const RECORD_AFTER = /^\s{1,2}(?:mrn|dob|d\.o\.b|ssn)\b/i;
const CALL = new Set(['call', 'cb', 'page', 'text', 'ping', 'reach', 'ask', 'contact']);
const EXTENSION_AFTER = /^\s{1,2}(?:x|ext\.?\s?)\d/i;

// what may follow a patient's name in a hurried note: "pt kiss dob ...", "pt ito rm 4"
const PATIENT_DETAIL = /^\s{1,2}(?:dob|d\.o\.b|mrn|rm|room|bed|age|\d)/i;

/** Marks `w` (and a listed surname right after it) as a person; returns how many words were taken. */
function takeLowerName(doc: Doc, infos: WordInfo[], i: number): number {
  const w = infos[i] as WordInfo;
  const next = infos[i + 1];
  // a two-letter surname only when the census knows it ("li", "wu"; not "rm")
  const last = next !== undefined && adjacent(w, next) && lowerNamePart(next, false) && (next.base.length > 2 || next.rank <= 5000) ? next : w;
  addPerson(doc, w.tok.start, last.possessive ? last.tok.end - 2 : last.tok.end);
  return last === w ? 1 : 2;
}

/**
 * In text that is not shouted, an unlisted word of six or more capitals is a code ("ECONNREFUSED",
 * "SQLSTATE"), not a name: it is no longer treated as capitalised.
 */
function quietCodes(infos: WordInfo[]): void {
  let alpha = 0;
  let upper = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.upper) upper++;
  }
  if (upper * 2 >= alpha) return;
  for (const w of infos) if (w.upper && !w.known && w.base.length >= 6) w.cap = false;
}

const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;

/**
 * "Ryu Sang-woo", "Sang-woo Kwon": a Korean-style given name ("Sang-woo", "Sung-min") is two
 * ordinary words to the lists, so it joins a name found right beside it.
 */
function hyphenatedGivenNames(doc: Doc, infos: WordInfo[]): void {
  let starts: Set<number> | undefined;
  let ends: Set<number> | undefined;
  for (const w of infos) {
    if (!w.common || !HYPHENATED_GIVEN.test(w.base) || w.pieces.some((p) => !nameLexicon().isName(p))) continue;
    if (!starts || !ends) {
      starts = new Set();
      ends = new Set();
      for (const s of doc.spans) if (s.type === 'PERSON') {
        starts.add(s.start);
        ends.add(s.end);
      }
    }
    const next = infos[w.index + 1];
    const prev = infos[w.index - 1];
    const beforeName = next !== undefined && adjacent(w, next) && starts.has(next.tok.start);
    const afterName = prev !== undefined && adjacent(prev, w) && ends.has(prev.tok.end);
    if (beforeName || afterName) addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
  }
}

const FILE_NAME_PART = /\p{Lu}[\p{L}\p{M}'’-]+/gu;
const FILE_EXTENSION = /^\.[A-Za-z0-9]{2,4}\b/;

/**
 * "Lab_Çelik_Gülşen.pdf", "AVS_GeorgiouD_20240218.pdf": print jobs and scans are named after the
 * patient. In a word joined by underscores, a part that is a listed name and no ordinary word,
 * or a listed surname run into an initial ("GeorgiouD"), is a name.
 */
function namesInFileNames(doc: Doc, infos: WordInfo[]): void {
  const lex = nameLexicon();
  for (const w of infos) {
    const text = w.tok.text;
    if (!text.includes('_')) continue;
    // a part in capitals counts only in a file name ("AUTH_FAILED_7" is a code)
    const file = FILE_EXTENSION.test(doc.text.slice(w.tok.end, w.tok.end + 6));
    FILE_NAME_PART.lastIndex = 0;
    for (let m = FILE_NAME_PART.exec(text); m; m = FILE_NAME_PART.exec(text)) {
      let part = m[0];
      if (!file && !/\p{Ll}/u.test(part)) continue;
      const initial = /^\p{Lu}\p{Ll}{2,}\p{Lu}$/u.test(part);
      if (initial) part = part.slice(0, -1);
      if (part.length < 3 || !lex.isName(part) || isCommonWord(part) || ACRONYMS.has(part.toLowerCase()) || TECH.has(part.toLowerCase())) continue;
      const at = w.tok.start + m.index;
      addPerson(doc, at, at + m[0].length);
    }
  }
}

/** Lower-case names typed in a hurry: "spoke with john smith", "according to maria", "this is nour haddad", "pt zhang dob". */
function lowerCaseNames(doc: Doc, infos: WordInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i] as WordInfo;
    // every rule below wants a lower-case word that is listed or no ordinary word: most words are neither
    if (w.startsUpper || !w.alpha || (w.common && !w.known)) continue;
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
      if (intro === INTRODUCED && lowerNamePart(w, true)) {
        i += takeLowerName(doc, infos, i) - 1;
        continue;
      }
      // "rm 13 kekoa kanahele mrn 589986095": lower-case words that are no ordinary words, right before a record cue
      if (namedPart(w) && !w.common) {
        const two = next !== undefined && adjacent(w, next) && namedPart(next) && !next.common;
        const last = two ? next : w;
        // two such words, or one listed name ("duplicate accession MRN=" is no name)
        if ((two || w.known) && RECORD_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 8))) {
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
      // "pt zhang dob ...": a patient or role cue, then a listed name (an ordinary word only when patient details follow)
      const cue = infos[i - 1];
      // "pt lihua xu rm 936": two words that are no ordinary words, then patient details
      const second = infos[i + 1];
      if (adjacent(cue, w) && cue.strongCue && namedPart(w) && !w.common && second !== undefined && adjacent(w, second) && namedPart(second) && !second.common && PATIENT_DETAIL.test(doc.text.slice(second.tok.end, second.tok.end + 8))) {
        addPerson(doc, w.tok.start, second.tok.end);
        i++;
        continue;
      }
      if (adjacent(cue, w) && cue.strongCue && (lowerNamePart(w, false) || (lowerNamePart(w, true) || (w.known && w.common && !w.functionWord && !w.tech)) && PATIENT_DETAIL.test(doc.text.slice(w.tok.end, w.tok.end + 8)))) {
        i += takeLowerName(doc, infos, i) - 1;
        continue;
      }
    }
    // "ms okonkwo": a lower-case title and a word that is no ordinary word
    const t = infos[i - 1];
    if (t && t.title && lowerStart(t) && w.alpha && lowerStart(w) && !w.common && !w.tech && w.base.length >= 2 && t.tok.line === w.tok.line && /^\.?\s$/.test(doc.text.slice(t.tok.end, w.tok.start))) {
      addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
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

/** "waters.sarah@", "ellisj61@", "rfernandez@": capitalised words spelled inside a local part are names. */
function matchEmailLocalParts(doc: Doc, infos: WordInfo[], locals: readonly string[]): void {
  if (!locals.length) return;
  const forms = new Set<string>();
  for (const local of locals) {
    for (const piece of local.split(/[._+-]+/)) {
      const letters = piece.replace(/\d+/g, '');
      if (letters.length < 3) continue;
      forms.add(letters);
      if (letters.length >= 5) {
        forms.add(letters.slice(1));
        forms.add(letters.slice(0, -1));
      }
    }
  }
  for (const w of infos) {
    if (!w.alpha || !w.cap || w.tech || w.base.length < 3) continue;
    if (w.common && !w.known) continue;
    // "Sung-min" is spelled "sungmin" in an address
    if (forms.has(w.folded) || (w.folded.includes('-') && forms.has(w.folded.replace(/-/g, '')))) addPerson(doc, w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end);
  }
}

const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * A name part inside a token of letters, digits and _ or - ("wendell_macleod18", the
 * "femke-delafontaine-eb9b2c" of a profile link): that part goes, the rest stays.
 */
function propagateIntoCompound(doc: Doc, w: WordInfo, parts: ReadonlySet<string>): void {
  const text = w.tok.text;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    const run = m[0];
    if (run.length < 3 || !parts.has(fold(run)) || isCommonWord(run)) continue;
    doc.add(w.tok.start + m.index, w.tok.start + m.index + run.length, 'PERSON', PRIORITY);
  }
}

const THIRD_PERSON = /^[a-z]{3,}[^s]s$/;
const SENTENCE_START = /(?:^|[.!?:]\s{1,3}|\n\s*)$/;

/** Removes every other occurrence of a known name part (case-insensitive). */
function propagate(doc: Doc, infos: WordInfo[]): void {
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
    // an ordinary word ("Will", "Grant") is only taken when capitalised mid-sentence
    if (w.common || w.base.length <= 2) {
      if (!w.cap) continue;
      // "An account", "In Basket": a short ordinary word before another word is that word, not a name
      const following = infos[w.index + 1];
      const joined = following !== undefined && following.tok.line === w.tok.line && following.tok.start === w.tok.end + 1;
      // "Will the printer ..." is the word; "Dustin works nights" is the person, acting
      const acting = joined && w.base.length > 3 && following !== undefined && (following.personVerb || following.weakPersonVerb || THIRD_PERSON.test(following.lower));
      if (joined && following && !acting && (!following.cap || (w.base.length <= 3 && !parts.has(following.folded)))) continue;
      const before = doc.text.slice(Math.max(0, w.tok.start - 4), w.tok.start);
      if (SENTENCE_START.test(before) && !acting) {
        const next = doc.text.slice(w.tok.end, w.tok.end + 2);
        if (/^\s\p{Ll}/u.test(next)) continue;
      }
    }
    doc.add(w.tok.start, w.possessive ? w.tok.end - 2 : w.tok.end, 'PERSON', PRIORITY);
  }
}
