import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { setOffBefore } from './addressSetOff.js';
import { ACRONYMS, CALENDAR, GROUP_WORDS, NOT_NAMES, ORG_HEADS, STRONG_CUES, TECH, TITLES } from './vocabulary.js';
import { wingOfFloor } from './unitAfter.js';
import { nameLexicon } from './nameLexicon.js';
import { isCommonWord } from '../text/englishLexicon.js';
import type { WordInfo } from './wordInfo.js';
import { caretNames } from './caretNames.js';
import { type GatedScan, gatedMatches } from './gatedMatches.js';
import { NAME_LABEL_BEFORE, namePartOk } from './namePart.js';
import { notesNames } from './notesNames.js';
import { replyHeaders } from './replyHeaders.js';

// e-mail headers, in the languages Outlook writes them in (From/To/Cc; De/Para/À/An/Aan/Van/Von)
const HEADER = /^(\s*(?:from|to|cc|bcc|sent by|reply-to|on behalf of|de|para|à|a|an|aan|van|von|kopie|cco)\s*:\s*)(.+)$/gimu;
// what every HEADER match holds: its colon, with the line start and header word behind it (a scan
// for colons, each looked behind from, is cheaper than trying the header at every position)
const HEADER_GATE = /:(?<=^\s*(?:from|to|cc|bcc|sent by|reply-to|on behalf of|de|para|à|a|an|aan|van|von|kopie|cco)\s*:)/imu;
// a recipient without an address: "Pettigrew, Heath" or "Heath Pettigrew"
const BARE_RECIPIENT = /^\s*(\p{Lu}[\p{L}\p{M}'’ʻ-]+(?:,\s?\p{Lu}[\p{L}\p{M}'’ʻ-]+(?:\s\p{Lu}\.?)?|(?:\s\p{Lu}[\p{L}\p{M}'’ʻ.-]*){1,3}))\s*$/u;
const DISPLAY_NAME = /^\s*"?([^"<>;@\n]{2,80}?)"?\s*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])\s*$/;
// "GARRETT, JOHN J", "JEONG,EUN-JI", "TRỊNH, DUY"
const UPPER_COMMA = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Lu}\p{M}'’-]{1,40}),[ ]?(\p{Lu}[\p{Lu}\p{M}'’-]{1,40})(?:\s(\p{Lu})\b\.?)?(?![\p{L}\p{M}])/uy;
// "O'Brien, Padraig MRN ...", "Moses, Heather <...>"
// "O'Brien, Padraig MRN ...", "Moses, Heather <...>", "cc: Pettigrew, Heath; Benally, Malia"
const MIXED_COMMA = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]{1,40}),[ ](\p{Lu}[\p{Ll}\p{M}'’-]{1,40})(?:\s(\p{Lu})\b\.?)?(?![\p{L}\p{M}])/uy;
// what stands right before a "Last, First" of unlisted words that makes it a name
const LABELLED_BEFORE = /(?:\b(?:user|by|reviewer|approver|author|creator|owner|patient|display)\s{0,40}[:=]?\s{0,3}["'(]?|\]\s{1,3}|(?:^|\s)[-–]\s{1,3})$/i;
// a word that announces a person right before: "patient Kang, Ye-jin", "for Nuñez, Nayeli at 08:09"
// (a particle of the surname may stand between: "for du Plessis, Sjoerd")
const PERSON_CUE_BEFORE = /(?:^|[^\p{L}])(?:patient|pt|guarantor|member|subscriber|caller|for|of|with|from|by)\s{1,2}(?:(?:de|du|da|di|del|della|la|le|van|von|den|der|dos|das|ap|al|el)\s{1,2}){0,2}$/iu;
// a patient cue right before a name, and a record cue after it
const PATIENT_BEFORE = /(?:^|[^\p{L}])(?:patient|pt|guarantor|member|subscriber|insured)\s{1,2}$/iu;
const RECORD_AFTER = /^\s{0,2}(?:\(\s{0,2}|,\s{0,2})?(?:MRN|DOB|Acct|acct)\b/u;
// what follows a name for sure: an address, a bracket, a record cue
const NAME_CUE_AFTER = /^\s{0,2}(?:<|\(|\[|,?\s{0,2}(?:MRN|DOB|mrn|dob|Acct|acct|account|DOS|MD|DO|RN|NP|PA|PA-C|PhD|LPN|CNA|DPM|PharmD)\b)/u;
// what every match of UPPER_COMMA / MIXED_COMMA holds after its first word (of at most 41 code
// points): the patterns are tried only before these (see gatedMatches)
// (UPPER_COMMA's after a capital: most commas before a capital follow a word in lower case)
const UPPER_COMMA_GATE = /,(?<=[\p{Lu}\p{M}'’-],)(?= ?\p{Lu})/gu;
// "Release of Information, I'm": a contraction is no given name
const CONTRACTED = /^(?:I|It|He|She|We|You|They|That|There|What|Who|Let|Here)['’]|['’](?:m|re|ve|ll|d)$/;
const HYPHEN_TAIL = /^-[\p{L}\p{M}]+/u;
const MIXED_COMMA_GATE = /,(?= \p{Lu})/gu;
const SURNAME_REACH = 82;
export const UPPER_COMMA_SCAN: GatedScan = { sticky: UPPER_COMMA, gate: UPPER_COMMA_GATE, reach: SURNAME_REACH };
export const MIXED_COMMA_SCAN: GatedScan = { sticky: MIXED_COMMA, gate: MIXED_COMMA_GATE, reach: SURNAME_REACH };
const CELL_BEFORE = /(?:\|[ \t]{0,2}|[^\s|][ \t]{2,}|\t)$/;
// (a gap wider than the 12 characters read is a cell's end too: "Okafor, Ngozi               pgr 5571")
const CELL_AFTER = /^(?:[ \t]{0,2}\||[ \t]{2,}(?:\S|$)|\t)/;
// a file's name after a "Last, First": " - transfer form.pdf"
const FILE_AFTER = /^ [-–_] [^\n"'/\\]{1,60}\.(?:pdf|docx?|xlsx?|jpe?g|png|tiff?|txt|rtf|msg|eml|csv)\b/i;
// what may stand before a "Last, First" that starts its line: a list marker, a label, a quote mark
const LINE_HEAD = /^[\s>]*(?:(?:[-*•·▪–]|\d{1,3}[.)]|#\d{1,3})\s{1,3})?(?:[A-Za-z][A-Za-z ]{0,30}:\s*)?["“]?$/;
// "Tuesday, April 22, 2025": days and months are dates, not "Last, First"
const CALENDAR_WORDS = new Set([...CALENDAR, 'march', 'april', 'may', 'june', 'july', 'august', 'jan', 'mar', 'jun']);
// a nickname in quotes inside a name: Babatunde 'Tunde' Abubakar, Oleksandr "Sasha" Bondarenko
const NICKNAMED = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’ʻ-]{1,30})\s["“'‘(](\p{Lu}[\p{L}\p{M}-]{1,20})["”'’)]\s(\p{Lu}[\p{L}\p{M}'’ʻ-]{1,30})(?![\p{L}\p{M}])/gu;
// what every NICKNAMED match holds, found without trying a name at every capital (led by the quote,
// the white space before it looked behind for: a scan for the quote is the faster one)
const NICKNAME_GATE = /["“'‘(](?<=\s.)\p{Lu}[\p{L}\p{M}-]{1,20}["”'’)]\s\p{Lu}/u;
// what every Notes name ("Porter Potter/Radiology/MVH") holds, a path of two parts: far rarer than
// a '/', and much cheaper to look for than a name before it
const NOTES_PATH = /\/[A-Za-z][\w&-]{1,30}\/[A-Za-z]/;

/** [\w.+'-]: a character of an e-mail's local part (tested per character: no regex call for each). */
function localPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 39 || c === 45;
}
const NAME_THEN_EMAIL = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s(?:\p{Lu}\.?|\p{Lu}[\p{L}\p{M}'’-]{1,40})){1,3})\s{0,2}(?:,\s{0,2}|\(|<|\[mailto:)\s{0,2}[\w.+'-]+@/gu;

// the first words of a surname: "DELA CRUZ", "Mac Giolla Phádraig", "NÍ BHRIAIN", "FERREIRA DA SILVA"
const SURNAME_PARTICLES = new Set(['de', 'del', 'dela', 'della', 'da', 'das', 'do', 'dos', 'di', 'du', 'la', 'le', 'lo', 'ap', 'van', 'von', 'der', 'den', 'ten', 'ter', 'mac', 'mc', 'ní', 'nic', 'ó', 'o', 'bin', 'ibn', 'al', 'el', 'st', 'santa', 'san']);
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*) $/u;
// a second given name after "Last, First": "PEDDIREDDY, SAI SRAVANI", "Bhimavarapu, Durga Bhavani"
const SECOND_GIVEN = /^ (\p{Lu}[\p{L}\p{M}'’-]{1,40})(?![\p{L}\p{M}])/u;

// words (lower-cased) of departments, groups, dates and products, cues and ordinary words that are no
// names: one set, one look-up per word
const NOT_A_NAME = new Set([...ORG_HEADS, ...GROUP_WORDS, ...NOT_NAMES, ...CALENDAR_WORDS, ...STRONG_CUES, ...TECH]);

/** Where a "Last, First" match ends: after a second given name in the same case that can be a name. */
function givenEnd(text: string, end: number, upper: boolean): number {
  const m = SECOND_GIVEN.exec(text.slice(end, end + 44));
  const word = m?.[1];
  if (!m || !word || (word === word.toUpperCase()) !== upper || word.length < 2) return end;
  const lower = word.toLowerCase();
  if (!namePartOk(word) || ORG_HEADS.has(lower) || TECH.has(lower) || CALENDAR_WORDS.has(lower) || STRONG_CUES.has(lower) || (isCommonWord(word) && !nameLexicon().isGivenName(word))) return end;
  return end + m[0].length;
}

/** Where a "Last, First" really starts: back to a particle before the surname, and a name right before that particle. */
function surnameStart(text: string, at: number): number {
  // up to three capitalised words (or particles) right before, nearest first
  const before: { word: string; start: number }[] = [];
  let start = at;
  for (let k = 0; k < 3; k++) {
    // (most "Last, First" follow no space: no word to look for)
    if (text.charCodeAt(start - 1) !== 32) break;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const word = m?.[1];
    // (a particle may be in lower case: "de Jong, Thijs", "du Plessis, Sjoerd")
    if (!word || (!/^\p{Lu}/u.test(word) && !SURNAME_PARTICLES.has(word))) break;
    start -= word.length + 1;
    before.push({ word, start });
  }
  let far = -1;
  before.forEach((b, i) => {
    if (SURNAME_PARTICLES.has(b.word.toLowerCase())) far = i;
  });
  if (far === -1) return at;
  // "FERREIRA DA SILVA": the name before the particle is part of the surname
  const prior = before[far + 1];
  const lower = prior?.word.toLowerCase() ?? '';
  if (prior && !isCommonWord(prior.word) && !STRONG_CUES.has(lower) && !TECH.has(lower) && !TITLES.has(lower) && !ACRONYMS.has(lower)) return prior.start;
  return (before[far] as { start: number }).start;
}

// what follows a patient's name in a record: an SSN or a date ("DUNBAR, KIMBERLY 277-40-4579", "MIRZAEV,BEKZOD 1953-11-06")
const ID_AFTER = /^[ \t]{1,3}(?:\d{3}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?![\d-])/;

/**
 * "LAST, FIRST" of words in no list and no ordinary words, where a record puts a patient: before a
 * record cue, an SSN or a date, or in a cell of a row ("E7201325   ARULANANTHAM,KAJENDRAN 1957-07-31",
 * "Name     STANIKZAI, NAQIBULLAH   STANIKZAI, WAHIDULLAH").
 */
function unlistedPairInPlace(text: string, start: number, end: number, a: string, b: string): boolean {
  if (isCommonWord(a) || isCommonWord(b) || TECH.has(a.toLowerCase()) || TECH.has(b.toLowerCase())) return false;
  const after = text.slice(end, end + 16);
  if (RECORD_AFTER.test(after) || ID_AFTER.test(after)) return true;
  const at = surnameStart(text, start);
  return CELL_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && (CELL_AFTER.test(after) || /^[ \t]*(?:\r?\n|$)/.test(after));
}

/** A listed surname (any part of a double-barrelled one) that is no ordinary word, or a frequent census one ("Bishop"). */
function listedSurname(word: string): boolean {
  const lex = nameLexicon();
  return word.split('-').some((part) => lex.isName(part) && (!isCommonWord(part) || lex.censusRank(part) <= 5000));
}

function nicknamed(doc: Doc): void {
  const text = doc.text;
  const lex = nameLexicon();
  NICKNAMED.lastIndex = 0;
  for (let m = NICKNAMED.exec(text); m; m = NICKNAMED.exec(text)) {
    const first = m[1] ?? '';
    const last = m[3] ?? '';
    // no ordinary words around the quotes ('Click "Save" Button'), and one of them a listed name
    if (isCommonWord(first) || isCommonWord(last)) continue;
    if (lex.isName(first) || lex.isName(last) || lex.isGivenName(m[2] ?? '')) addPerson(doc, m.index, m.index + m[0].length, 35);
  }
}

/** Structural name forms: e-mail display names, LAST, FIRST, and "Name <email>". */
export function detectNameForms(doc: Doc, _infos: WordInfo[]): void {
  const text = doc.text;
  const lex = nameLexicon();
  HEADER.lastIndex = 0;
  if (text.includes(':') && HEADER_GATE.test(text)) for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
    const prefix = m[1] ?? '';
    // a fax cover's columns ("FROM: KETEVAN TSIKLAURI    PHONE: ..."): the value ends at a wide gap
    const full = m[2] ?? '';
    const gap = full.search(/\s{3,}\S/);
    const list = gap === -1 ? full : full.slice(0, gap);
    let offset = m.index + prefix.length;
    for (const recipient of list.split(';')) {
      const d = recipient.length <= 300 ? DISPLAY_NAME.exec(recipient) ?? BARE_RECIPIENT.exec(recipient) : null;
      const name = d?.[1]?.trim();
      if (name) {
        const words = name.split(/[\s,]+/).filter(Boolean);
        // a bare recipient is a group ("IT Service Desk") unless its words are no ordinary words
        const bare = !recipient.includes('<') && !recipient.includes('[');
        // a unit's mailbox ("Wound Care <servicedesk@...>", "NICU <...>") is no person
        const unit = words.some((w) => ORG_HEADS.has(w.toLowerCase())) || words.every((w) => isCommonWord(w) && !lex.isGivenName(w));
        const personLike = !unit && (!bare || words.every((w) => !isCommonWord(w) || lex.isName(w)));
        if (words.length && words.length <= 5 && words.every((w) => namePartOk(w)) && personLike && /\p{Lu}/u.test(name)) {
          const at = offset + recipient.indexOf(name);
          addPerson(doc, at, at + name.length, 35);
        }
      }
      offset += recipient.length + 1;
    }
  }
  doc.budget.check();
  for (const m of gatedMatches(text, UPPER_COMMA_SCAN)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    if (!namePartOk(a) || !namePartOk(b)) continue;
    // "NAME=ONYEKACHI,FOLAKE", "Patient: KEALAMAKIA, KANOELANI": a name field needs no listed word
    const labelled = NAME_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    // "patient ERGASHEVA, DILNOZA (MRN ...": a patient cue before and a record cue after need none either
    const recorded = PATIENT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && RECORD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const known = labelled || recorded || lex.isName(a) || lex.isName(b) || lex.isName(b.split('-')[0] ?? '') || unlistedPairInPlace(text, m.index, m.index + m[0].length, a, b);
    if (!known) continue;
    if (isCommonWord(a) && isCommonWord(b) && !(lex.isName(a) && lex.isName(b))) continue;
    addPerson(doc, surnameStart(text, m.index), m[3] ? m.index + m[0].length : givenEnd(text, m.index + m[0].length, true), 35);
  }
  for (const m of gatedMatches(text, MIXED_COMMA_SCAN)) {
    const a = m[1] ?? '';
    const b = m[2] ?? '';
    if (a === a.toUpperCase() || CONTRACTED.test(b)) continue;
    // "went down on 5 North, Harmony stayed": a floor's wing, then the next clause
    if (wingOfFloor(text, m.index, a.toLowerCase())) continue;
    // the whole word after the comma: "Siqueira, Med-Surg 3" is a name and its unit
    const compound = m[3] ? b : b + (HYPHEN_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '');
    if ([a, b, compound].some((w) => NOT_A_NAME.has(w.toLowerCase()))) continue;
    // "Last, First" alone on a line must start the line
    const lineHead = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    // (after a list marker: "3. Dhillon, Deepika | ...", "#4 Wolde, Hirut")
    const lineStart = LINE_HEAD.test(lineHead);
    const end = m[3] ? m.index + m[0].length : givenEnd(text, m.index + m[0].length, false);
    // "HIM Release of Information, Tatyana Belousova": an ordinary word that is no name, then a full name, is a department and its person
    if (end > m.index + m[0].length && isCommonWord(a) && !lex.isName(a)) continue;
    const after = text.slice(end, end + 12);
    const lineEnd = /^[ \t]*(?:\r?\n|$)/.test(after);
    // before a record cue, or right after a name label or a patient cue ("Patient Ogunleye, Folake in ...")
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // in brackets of its own: "approved by the unit director (Walker, Dustin)"
    const bracketed = before.endsWith('(') && after.startsWith(')');
    // a file named after its patient: "Noorzai, Aigerim - transfer form.pdf"
    const fileName = !(isCommonWord(a) && isCommonWord(b)) && FILE_AFTER.test(text.slice(end, end + 70));
    const cuedHere = NAME_CUE_AFTER.test(after) || NAME_LABEL_BEFORE.test(before) || bracketed || fileName;
    // before a record cue it is a name; alone on a line that it starts, one listed name is enough
    // "  Meas, Vuthy - same issue": a line led by a name and a dash, as notes list people
    const ledLine = lineStart && /^ [-–—|] \S/.test(after);
    // two words that are no ordinary words after a person's label, a chat stamp or a dash sign-off:
    // "Creator : Ssempala, Atieno", "display=\"Mahlangu, Farai\"", "- Kouassi, Boubacar"
    const unknownPair = !isCommonWord(a) && !isCommonWord(b) && LABELLED_BEFORE.test(text.slice(Math.max(0, m.index - 60, text.lastIndexOf('\n', m.index - 1) + 1), m.index));
    // a cell of a row: between bars or wide gaps ("01/16/2025 08:39 PM | Solanki, Hetalben | Note", "nduong  Dương, Nghĩa  Remove")
    const surnameAt = surnameStart(text, m.index);
    const cell = CELL_BEFORE.test(text.slice(Math.max(0, surnameAt - 12), surnameAt)) && CELL_AFTER.test(after);
    // a cell that holds only two words that are no ordinary words: a person however unlisted ("| Tursunov, Otabek |")
    const cued = cuedHere || unknownPair || (cell && !isCommonWord(a) && !isCommonWord(b));
    // "Stack: Kubernetes, Helm": an unlisted word before an ordinary word that is no given name is a list of things
    if (!cued && !lex.isName(a) && isCommonWord(b) && !lex.isGivenName(b)) continue;
    const sure = cued || (lineEnd && lineStart) || ledLine || cell || PERSON_CUE_BEFORE.test(before);
    // "Hunt, Rusty", "Strong, Wade": a census surname and a census given name, ordinary words or not
    const censusPair = lex.censusRank(a) <= 5000 && lex.isGivenName(b);
    if (!cued && sure && !censusPair && (!(lex.isName(a) || lex.isName(b)) || (isCommonWord(a) && isCommonWord(b)))) continue;
    // anywhere else ("Statements for Jovanović, Zdenka keep coming back", "cc: Pettigrew, Heath;",
    // "[1:21 PM] Yang, Yong"): both listed, and one of them no ordinary word ("Yes, Sarah" is a reply)
    // "J. Wang, Home Health": an ordinary word before another capitalised word starts a department
    if (!sure && isCommonWord(b) && /^\s(?:(?:and|&)\s)?\p{Lu}/u.test(after)) continue;
    if (!sure && !censusPair && !((listedSurname(a) && lex.isName(b) && !isCommonWord(b)) || (lex.isName(a) && !isCommonWord(a) && lex.isName(b)))) continue;
    addPerson(doc, surnameAt, end, 35);
  }
  if (text.includes('^')) caretNames(doc);
  if (text.includes('/') && NOTES_PATH.test(text)) notesNames(doc);
  // (replyHeaders looks for " wrote:"; a search led by a space is several times slower)
  if (text.includes('wrote:')) replyHeaders(doc);
  if (NICKNAME_GATE.test(text)) nicknamed(doc);
  // A match ends at an '@', its local part being the run of [\w.+'-] before it; the separator and
  // name before that take at most 343 code units. So each '@' (in order, after the last match) is
  // looked for in a window that ends at it, with two characters before for the lookbehind.
  // (a match holds no other '@', so windows start after the previous one: linear however many)
  let from = 0;
  for (let sign = text.indexOf('@'), prev = -1; sign !== -1; prev = sign, sign = text.indexOf('@', Math.max(sign + 1, from))) {
    let local = sign;
    while (local > 0 && localPartChar(text.charCodeAt(local - 1))) local--;
    if (local === sign || !setOffBefore(text, local)) continue;
    const start = Math.max(from, local - 343, prev + 1);
    const context = Math.max(0, start - 2);
    const window = text.slice(context, sign + 1);
    NAME_THEN_EMAIL.lastIndex = start - context;
    const m = NAME_THEN_EMAIL.exec(window);
    if (!m) continue;
    from = context + m.index + m[0].length;
    let name = m[1] ?? '';
    let at = context + m.index;
    // drop leading words that are not names ("AM Linda Park <...>")
    for (let w = /^(\S+)\s/.exec(name); w?.[1] && (!namePartOk(w[1]) || (isCommonWord(w[1]) && !lex.isName(w[1]))); w = /^(\S+)\s/.exec(name)) {
      name = name.slice(w[0].length);
      at += w[0].length;
    }
    const words = name.split(/\s+/);
    if (!words.every(namePartOk) || words.every((w) => isCommonWord(w))) continue;
    if (!words.some((w) => lex.isName(w.replace(/\.$/, '')))) continue;
    addPerson(doc, at, at + name.length, 35);
  }
}

/** Gates of this file's scans of the whole text, each with the scan it stands for (test/redaction/textGates.test.ts). */
export const NAME_FORM_GATES: { gate: RegExp; scan: RegExp }[] = [
  { gate: HEADER_GATE, scan: HEADER },
  { gate: NICKNAME_GATE, scan: NICKNAMED },
];
