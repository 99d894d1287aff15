import type { Doc } from '../doc.js';
import { isAsciiDigit } from '../text/asciiLetter.js';
import { hasLatinDiacritic } from '../text/latinDiacritic.js';
import { isSpaceAt, spacesBetween } from '../text/whiteSpace.js';
import { addPerson } from './addPerson.js';
import { startsDate } from './dateWords.js';
import { isRoleWord, roleAfter } from './roleAfter.js';
import { unitFollows, wingOfFloor } from './unitAfter.js';
import { nameScore, wordAt, type WordInfo } from './wordInfo.js';

// Capitalised runs of words on one line, and the judgement of each run from its words and the
// words around it (titles, cues, possessives, "(MRN", verbs).

function gapOk(doc: Doc, a: WordInfo, b: WordInfo): boolean {
  const len = b.tok.start - a.tok.end;
  if (len < 1 || len > 2) return false;
  const c0 = doc.text.charCodeAt(a.tok.end);
  const c1 = len === 2 ? doc.text.charCodeAt(a.tok.end + 1) : 32;
  return (c0 === 32 && c1 === 32) || (a.initial && c0 === 46 && c1 === 32) || (a.initial && len === 1 && c0 === 46);
}

const BUILDINGS = new Set(['wing', 'tower', 'pavilion', 'hall', 'building', 'annex']);
const PLACE_PARTS = new Set(['elevator', 'elevators', 'lobby', 'entrance', 'stairwell', 'nurses', 'station', 'parking', 'garage', 'cafeteria', 'basement']);

function nameish(w: WordInfo): boolean {
  return w.alpha && (w.cap || w.particle) && !w.tech;
}

/** infos[i] is followed on its line by a middle initial with its dot and a listed capitalised word ("Honor E. Butler"). */
function middleInitialAfter(doc: Doc, infos: WordInfo[], i: number): boolean {
  const w = infos[i] as WordInfo;
  const mid = infos[i + 1];
  const last = infos[i + 2];
  if (!mid || !last || !mid.initial || mid.tok.line !== w.tok.line || last.tok.line !== w.tok.line) return false;
  return doc.text.slice(w.tok.end, mid.tok.start) === ' ' && doc.text.slice(mid.tok.end, last.tok.start) === '. ' && last.known && last.cap && !last.orgHead && !last.tech;
}

/** Ends the current run (trailing particles dropped); returns the array for the next one. */
function flush(cur: WordInfo[], runs: WordInfo[][]): WordInfo[] {
  if (!cur.length) return cur;
  while (cur.length && cur[cur.length - 1]?.particle) cur.pop();
  if (cur.length) runs.push(cur);
  return [];
}

/** "Dr. Forrest Dell", "Dr. Dell Banks": after a courtesy title a listed name is a name, though also a product. */
function productNameAfterTitle(doc: Doc, infos: WordInfo[], w: WordInfo, cur: WordInfo[]): boolean {
  if (!w.tech || !w.known || !w.alpha || !w.cap || w.upper || cur.length > 2) return false;
  const first = cur[0] ?? w;
  const title = wordAt(infos, first.index - 1);
  return title !== undefined && title.title && title.tok.line === first.tok.line && titleGap(doc.text, title.tok.end, first.tok.start);
}

/**
 * Whether infos[i], capitalised or a particle, goes on the run `cur`; `joined` is the run's last
 * word when infos[i] follows it closely on its line. The tests that reject most words come first:
 * the words around are looked at only for a word that may be a name.
 */
function extendsRun(doc: Doc, infos: WordInfo[], i: number, cur: WordInfo[], joined: WordInfo | undefined): boolean {
  const w = infos[i] as WordInfo;
  if (productNameAfterTitle(doc, infos, w, cur)) return true;
  if (!nameish(w)) return false;
  // a cue that is no listed name ("Emailed", "Paged") introduces a name, it is not part of one
  if ((w.weakCue || w.strongCue) && !w.known) return false;
  // "Jun 19", "May 3", "Thu 2/22": a date (a digit after the space first: the word lists are asked only then)
  if (isAsciiDigit(doc.text.charCodeAt(w.tok.end + 1)) && startsDate(doc, w)) return false;
  // "5 North", "4 West": a unit, not a surname (likewise a digit first)
  if (isAsciiDigit(doc.text.charCodeAt(w.tok.start - 2)) && wingOfFloor(doc.text, w.tok.start, w.lower)) return false;
  // "Marsh 3 ICU", "Lamb 4 West": a wing named after someone, before its floor and unit, is a place
  if (unitFollows(doc.text, w.tok.end)) return false;
  const before = wordAt(infos, i - 1);
  // "Code Amber", "Code Blue": an overhead emergency code, not a person
  if (before !== undefined && before.lower === 'code' && before.cap && before.tok.line === w.tok.line) return false;
  const next = infos[i + 1];
  // "Marsh Wing nurses station", "Smith Hall": a surname (no given name) before a building's word names the building
  // (a given name too, when a part of the building follows: "Angel Hall elevator lobby")
  if (next !== undefined && next.tok.line === w.tok.line && next.cap && !next.upper && BUILDINGS.has(next.lower) && gapOk(doc, w, next) && (!w.given || PLACE_PARTS.has(infos[i + 2]?.lower ?? ''))) return false;
  // "Cath Lab": a word before a Title-case department head is part of the department
  if (next !== undefined && next.tok.line === w.tok.line && next.cap && !next.upper && !w.possessive && next.orgHead && gapOk(doc, w, next) && (!w.known || w.common)) return false;
  const afterParticle = joined !== undefined && joined.particle && w.cap && w.alpha && !w.tech;
  if (w.orgHead && !w.known && !afterParticle) return false;
  if (w.particle) return cur.length > 0;
  const cue = wordAt(infos, i - 2);
  return (
    nameScore(w) > 0 ||
    afterParticle ||
    // a listed name that is also a word ("Raj") counts when a clear name follows ("Raj Malhotra")
    (w.known && w.cap && !w.tech && !w.strongCue && !w.title && !w.weakCue && !w.orgHead && next !== undefined && next.tok.line === w.tok.line && nameish(next) && nameScore(next) >= 2 && gapOk(doc, w, next)) ||
    // "Tibor Kiss", "Gábor Kiss (on-call)": a listed name that is also a word, right after a clear name
    (joined !== undefined && joined.known && !joined.common && !joined.initial && w.known && w.cap && !w.orgHead && !w.tech) ||
    // "Dr. Wolde", "Ms. Gold": right after a courtesy title a capitalised word is a name, ordinary or not
    (before !== undefined && before.title && before.tok.line === w.tok.line && !w.functionWord && titleGap(doc.text, before.tok.end, w.tok.start)) ||
    // "Honor E. Butler", "Ridge N. Stone": listed words around a middle initial are a name, ordinary or not
    (w.known && !w.orgHead && (middleInitialAfter(doc, infos, i) || (joined !== undefined && joined.initial && cur.length >= 2 && cue?.known === true))) ||
    // "Patient Honor Cook": right after a person cue, a listed word before another listed name word starts the name
    // ("Patient First Name": a label, its last word a cue itself)
    (before !== undefined && before.strongCue && w.known && !w.orgHead && next !== undefined && next.tok.line === w.tok.line && next.known && next.cap && !next.orgHead && !next.tech && !next.strongCue && gapOk(doc, w, next) && doc.text.slice(before.tok.end, w.tok.start) === ' ') ||
    // ... and the listed word after it ("RPh Dusty Goodnight")
    (joined !== undefined && cur.length === 1 && cue !== undefined && cue.strongCue && cue.tok.line === w.tok.line && joined.known && w.known && w.cap && !w.orgHead && doc.text.slice(cue.tok.end, joined.tok.start) === ' ')
  );
}

/** Runs of capitalised words on one line, split where an ordinary word or an org name begins. */
export function candidateRuns(doc: Doc, infos: WordInfo[]): WordInfo[][] {
  const runs: WordInfo[][] = [];
  let cur: WordInfo[] = [];
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i] as WordInfo;
    // a word neither capitalised nor a particle is never part of a run (most words: decided here)
    if (!w.cap && !w.particle) {
      cur = flush(cur, runs);
      continue;
    }
    const prev = wordAt(cur, cur.length - 1);
    const joins = prev !== undefined && prev.tok.line === w.tok.line && gapOk(doc, prev, w) && !prev.possessive;
    if (!joins) cur = flush(cur, runs);
    const next = infos[i + 1];
    // "Nguyễn Văn An (MRN ...": a capitalised function word closing a name, not followed by a lower-case word
    const closingPart =
      joins && w.functionWord && w.cap && w.known && (next === undefined || next.tok.line !== w.tok.line || next.cap || next.tok.start !== w.tok.end + 1);
    if (closingPart || extendsRun(doc, infos, i, cur, joins ? prev : undefined)) cur.push(w);
    else cur = flush(cur, runs);
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
    // | , ; ( ) [ ] < >, and =" (an XML attribute's value: <Provider Name="..." Guid="...">)
    if (c === 124 || c === 44 || c === 59 || c === 40 || c === 41 || c === 91 || c === 93 || c === 60 || c === 62 || (c === 61 && text.charCodeAt(i + 1) === 34)) return CLAUSE_BREAK;
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

const AFTER_CUE = /^(?:\s{1,2}family\b|,\s?(?:MD|DO|RN|NP|PA-C|PA|LPN|CNA|PharmD|PhD|BSN|MSN|CRNA|DNP|RT)\b|\s{0,2}\((?:n[ée]e?\b|geboren|nacid[oa]|nascid[oa]|born|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d|mrn|dob|d\.o\.b|\d|[\w.+-]+@|age|pt|patient|acct|account|member|ssn)|,?\s{1,2}(?:dob|mrn|d\.o\.b|dl|ssn|acct|account|member id|phone|age \d|\d{1,3}\s?(?:yo|y\/o|years? old))\b|,?\s{1,2}(?:cell|mobile|pager|pgr)\s{0,2}[+(]?\d|\s{0,2}\((?:cell|mobile|mob|ph|phone|tel|pager|pgr|ext|desk|office|home|work|vocera)\.?:?\s{0,2}[+(]?\d|(?:,\s?|\s)(?:x|ext\.?\s?)\d[\d-]{2,7}\b|\s{0,2}\((?:charge |travel |staff )?(?:RN|LPN|CNA|NP|PA-C|CRNA|RT|RPh|PharmD|MA)\)|\s{0,2}\((?:brother|sister|mother|father|mom|dad|husband|wife|son|daughter|spouse|partner|friend|neighbou?r|guardian|caregiver|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|cousin|poa|legal guardian)\)|,\s(?:manager|supervisor|director|team lead|charge nurse|nurse manager)(?:,|\s(?:desk|ext|x|cell|pager)\b)|\s{0,2}<[^>\n]{0,80}@|\s{0,2}\([^)\n]{0,80}@|\s(?:has\s)?(?:joined|left)\s(?:the\s)?(?:chat|conversation|meeting|call|channel|session|room)\b)/i;

// "Kumudini Wanniarachchi RN, BSN": a nurse's or pharmacist's credential right after the name, in
// its own capitals (not MD, DO or PA, which are also states and a verb)
const CREDENTIAL_AFTER = /^ (?:RN|LPN|CNA|CRNA|RPh|PharmD|BSN|MSN|DNP|NP)(?![\p{L}\p{N}-])/u;

export const I_AM = /^i['’]?m$/;
// possessives that are terms, not owners: "Driver's License", "Children's Hospital", "Master's degree"
const POSSESSIVE_TERM = /^(?:driver['’]s licen[cs]e|children['’]s|women['’]s|men['’]s|master['’]s|bachelor['’]s|doctor['’]s (?:note|office|order)|physician['’]s order|nurse['’]s station|mother['’]s day|father['’]s day|valentine['’]s)/i;
/** /^\.?\s{1,2}$/.test(text.slice(from, to)): the gap after a title, an optional dot then one or two spaces. */
function titleGap(text: string, from: number, to: number): boolean {
  return spacesBetween(text, text.charCodeAt(from) === 46 ? from + 1 : from, to, 2);
}
const ING = /^[a-z]{2,}ing$/;
const LOWER_WORD_AFTER = /^\s\p{Ll}/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'every', 'each', 'any']);
const FAMILY_AFTER = /^\s{1,2}family\b/i;
// "Noble Hall residents", "Forest Park clinic": a place named by the run
const PLACE_NOUN_AFTER = /^ (?:residents|nurses|staff|station|campus|building|lobby|entrance|garage|parking|clinic|clinics|office|offices|location|site|pavilion|tower|hall|wing|unit|floor|lab|pharmacy|cafeteria|auditorium|printer|printers|branch|facility|annex)\b/;
const CONTACT_VERBS = new Set(['called', 'emailed', 'e-mailed', 'paged', 'texted', 'phoned', 'messaged', 'contacted', 'notified', 'reminded', 'pinged']);

// the last words of PHRASE_CUES: the two words before a run are joined into a phrase only after one
const PHRASE_ENDS = new Set([...PHRASE_CUES].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** "this is Kevin", "my name is ...", "I'm Laura": a strong cue in the words before. */
function strongBefore(before: WordInfo[]): boolean {
  const phrase = before.length >= 2 && PHRASE_ENDS.has(before[0]?.lower ?? '') ? `${before[1]?.lower} ${before[0]?.lower}` : '';
  return cueBeforePlace(before) || PHRASE_CUES.has(phrase) || I_AM.test(before[0]?.lower ?? '');
}

// "a patient from Québec", "the user in Radiology": after a place word the cue names a place, not the person
const PLACE_WORDS = new Set(['from', 'in', 'at', 'near', 'into', 'of']);

/** A person cue among the words before, with no place word between it and the run. */
function cueBeforePlace(before: WordInfo[]): boolean {
  for (const w of before) {
    if (w.strongCue) return true;
    if (PLACE_WORDS.has(w.lower)) return false;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['at', 'from', 'in', 'on']);

/** "Kamakana at Admitting typed the SSN", "Leticia at ED registration typed": someone at a place, then what people do. */
function actsAfterPlace(doc: Doc, infos: WordInfo[], last: WordInfo): boolean {
  const prep = infos[last.index + 1];
  const place = infos[last.index + 2];
  if (prep === undefined || place === undefined || !PLACE_PREPOSITIONS.has(prep.lower) || !place.cap) return false;
  for (let k = last.index + 1; k <= last.index + 5; k++) {
    const w = infos[k];
    const before = infos[k - 1] as WordInfo;
    if (w === undefined || w.tok.line !== last.tok.line || doc.text.slice(before.tok.end, w.tok.start) !== ' ') return false;
    if (k >= last.index + 3 && w.personVerb) return true;
  }
  return false;
}

/** What follows the run says person: a possessive, "(MRN", "<mail>", a verb people do. */
function cuedAfter(doc: Doc, infos: WordInfo[], run: WordInfo[], first: WordInfo, last: WordInfo): boolean {
  const nextW = infos[last.index + 1];
  const verbNext = nextW !== undefined && nextW.tok.line === last.tok.line && spacesBetween(doc.text, last.tok.end, nextW.tok.start, 2);
  const strongVerb = verbNext && nextW.personVerb && (run.length > 1 || !first.common || first.given);
  const verbAfter = verbNext && nextW.weakPersonVerb;
  // "Siobhán covering the pager": a clear name doing something
  const doing = verbNext && run.length === 1 && nameScore(first) >= 1.5 && !nextW.cap && ING.test(nextW.lower);
  return (last.possessive && !POSSESSIVE_TERM.test(doc.text.slice(last.tok.start, last.tok.end + 12))) || cueAfter(doc.text, last.tok.end) || roleAfter(doc.text, last.tok.end) || actsAfterPlace(doc, infos, last) || strongVerb || doing || (verbAfter && (run.length > 1 || (nameScore(first) >= 1.5 && !isAsciiDigit(doc.text.charCodeAt(first.tok.start - 2)))));
}

/** AFTER_CUE or CREDENTIAL_AFTER right after `end` (each tried only after a character that can start it). */
function cueAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // (AFTER_CUE starts with white space, a comma or a bracket; CREDENTIAL_AFTER with a space and a capital)
  if (c !== 44 && c !== 40 && c !== 60 && !isSpaceAt(text, end)) return false;
  if (AFTER_CUE.test(text.slice(end, end + 90))) return true;
  const d = text.charCodeAt(end + 1);
  return c === 32 && d >= 65 && d <= 90 && CREDENTIAL_AFTER.test(text.slice(end, end + 8));
}

/** Two unknown capitalised words in a row read as a name when one of them is listed. */
function allNamey(named: WordInfo[]): boolean {
  return named.every((w) => nameScore(w) >= 1) && !named.every((w) => w.common) && named.some((w) => w.known || hasLatinDiacritic(w.base));
}

/** A middle initial: "John Q Public". */
function initialInside(run: WordInfo[]): boolean {
  for (let i = 1; i < run.length - 1; i++) if ((run[i] as WordInfo).initial) return true;
  return false;
}

const ROLE_ASIDE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)(?: \(|, )$/u;

/** A run in brackets or between commas, right after a word that names a person's role. */
function asideAfterRole(doc: Doc, infos: WordInfo[], first: WordInfo, last: WordInfo): boolean {
  const closes = doc.text[last.tok.end];
  const opener = doc.text.slice(Math.max(0, first.tok.start - 2), first.tok.start);
  if (!((opener === ' (' || opener === '(') && closes === ')') && !(opener === ', ' && closes === ',')) return false;
  const m = ROLE_ASIDE_BEFORE.exec(doc.text.slice(Math.max(0, first.tok.start - 30), first.tok.start));
  const role = m?.[1];
  if (!role) return false;
  const word = wordAt(infos, first.index - 1);
  // (or a department or a role in capitals: "forwarded by Interpreter Services (Story Fields)", "Desk Lead (Ayita Swimmer)")
  return word !== undefined && word.tok.text === role && (word.strongCue || ((word.orgHead || isRoleWord(word.lower)) && word.cap));
}

/** Decides each run from its words and the words around it. */
export function scoreRuns(doc: Doc, infos: WordInfo[], runs: WordInfo[][]): void {
  for (const run of runs) {
    const first = run[0] as WordInfo;
    const last = run[run.length - 1] as WordInfo;
    const before = prevWords(doc, infos, first.index, 3);
    const prev = before[0];
    // (the gap before the run is tested in place: no slice)
    const gapFrom = prev ? prev.tok.end : 0;
    const title = prev !== undefined && prev.title && titleGap(doc.text, gapFrom, first.tok.start);
    let score = 0;
    for (const w of run) score += nameScore(w);
    const named = run.filter((w) => !w.initial && !w.particle);
    // the words around are weighed only when the run's own words leave it open (evaluated lazily)
    const weak = prev !== undefined && prev.weakCue && spacesBetween(doc.text, gapFrom, first.tok.start, 2);
    let person = false;
    // "The Chase Paymentech terminal": an article makes the run a thing (a family or a possessive aside)
    if (prev !== undefined && DETERMINERS.has(prev.lower) && spacesBetween(doc.text, gapFrom, first.tok.start, 1) && !last.possessive && !FAMILY_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 8))) continue;
    if (title) person = true;
    // (ordinary words only: "Jane Doe office called" is a person)
    else if (named.every((w) => w.common) && doc.text.charCodeAt(last.tok.end) === 32 && PLACE_NOUN_AFTER.test(doc.text.slice(last.tok.end, last.tok.end + 12)) && !last.possessive && !strongBefore(before)) continue;
    else if (named.length >= 2) {
      const clear = named.some((w) => w.known && !w.common);
      // "Heath Caldwell", "Will Smith": listed names only, one of them no ordinary word
      // (capitalised as typed: in all-lower-case text the lists alone decide too much)
      const listed = clear && named.every((w) => w.known && w.startsUpper);
      // "Faith White", "Mason Lane": a frequent census given name and a frequent census surname
      const censusPair = named.length === 2 && first.startsUpper && last.startsUpper && first.given && first.rank <= 1000 && last.known && last.rank <= 5000 && !last.orgHead;
      // "Honor E. Butler": listed words around a middle initial with its dot
      const initialled = run.length === 3 && middleInitialAfter(doc, infos, first.index) && named.every((w) => w.known && w.startsUpper);
      // "Patient Honor Cook": listed words right after a person cue, ordinary or not
      const cuedListed = prev !== undefined && prev.strongCue && named.every((w) => w.known && w.startsUpper && !w.orgHead) && spacesBetween(doc.text, gapFrom, first.tok.start, 1);
      // (asideAfterRole: "the charge nurse (Nattapong Srisai)", "a patient, Nattapong Wongsuwan,
      // waiting": set off by a bracket or commas right after a role)
      person = listed || censusPair || asideAfterRole(doc, infos, first, last) || initialled || cuedListed || (score >= 3 && clear) || (score >= 2 && (strongBefore(before) || weak || cuedAfter(doc, infos, run, first, last) || allNamey(named) || initialInside(run)));
    } else if (named.length === 1 && !(first.orgHead && first.rank > 5000)) {
      // (a department word alone, "Med-Surg worked on paper", is the department; "Ward called" is a surname)
      // "de la Cruz", "van der Berg": particles announce a surname (a code in capitals does not follow one)
      const particleBefore = prev !== undefined && prev.particle && !prev.cap && prev.lower !== 'y' && spacesBetween(doc.text, gapFrom, first.tok.start, 1) && (!first.upper || first.known);
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
