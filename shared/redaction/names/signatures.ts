import type { Doc } from '../doc.js';
import { mayBeLetter } from '../text/asciiLetter.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { typedInCapitals } from '../text/typedInCapitals.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { ACRONYMS, isGroupOrProduct, NOT_GREETED, NOT_NAMES, ORG_HEADS } from './vocabulary.js';
import { nameScore, type WordInfo } from './wordInfo.js';
import { startsDate } from './dateWords.js';
import { lowerCaseSignature } from './lowerCaseSignature.js';
import { firstWordNot } from './wordSearch.js';

const CLOSING = /^[\s>]*(?:thanks|thank you|thank u|thnks|thnx|thanx|thks|tks|tnx|tyvm|thanks so much|thanks again|thanks in advance|many thanks|thx|tx|ty|regards|best regards|kind regards|warm regards|warmest regards|with regards|best|all the best|cheers|sincerely|respectfully|v\/r|rgds|br|take care|appreciate it)\s*[!,.:-]*\s*$/i;
// a closing that ends a line of text: "... starting monday. thanks" (the name follows on the next line)
const TRAILING_CLOSING = /[.!?]\s+(?:thanks|thank you|thx|tks|ty|cheers|regards)\s*[!,.]*\s*$/i;
// (a closing may end a quoted message: 'Thanks, Eliezer"')
const INLINE_CLOSING = /(?:^|[\s.!,])(?:thanks|thank you|thnks|thnx|thanx|thks|tks|tnx|thx|tx|ty|regards|cheers|best)(?![\p{L}\p{M}])\s*[!,.]*\s*(?:[-–—~]\s*)?([\p{L}][\p{L}\p{M}'’-]*(?:\s[\p{L}][\p{L}\p{M}'’-]*){0,2})\s*["”']?\s*$/iu;
// what every INLINE_CLOSING match holds, tested first (same flags) on the tail of a long line, which
// may start inside a word (other lines ask their words: CLOSING_WORDS below)
const INLINE_CLOSING_GATE = /t[hxykn]|regards|cheers|best/iu;

/**
 * What INLINE_CLOSING needs at the end of the line, tested before anything else: a name's last
 * character (or a quote after it) before trailing white space. Lines of prose end in a stop.
 */
function endsInWord(line: string): boolean {
  let c = line.charCodeAt(line.length - 1);
  // (white space, or a character outside ASCII that may be: trimmed first)
  if (c <= 32 || c >= 128) {
    const trimmed = line.trimEnd();
    c = trimmed.charCodeAt(trimmed.length - 1);
  }
  // (outside ASCII: may be a letter or mark, or a closing quote)
  return mayBeLetter(c) || c === 39 || c === 45 || c === 34;
}
// what every DASH_SIGNOFF and LOWER_DASH_SIGNOFF match holds: a dash that starts the line or follows white space
const DASH = /(?:^|\s)[-–—~]/;
const DASH_SIGNOFF = /(?:^|\s)[-–—~]\s?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*(?:,[^\n]{0,80})?$/u;
// the same typed in lower case, alone on its line ("- jürgen") or after the last sentence ("can't approve
// the timecard. -kelly"); taken only when the words are listed names
const LOWER_DASH_SIGNOFF = /(?:^\s*|[.!?]\s{1,3})[-–—~]{1,2}\s?(\p{Ll}[\p{L}\p{M}'’-]+(?:\s\p{Ll}[\p{L}\p{M}'’-]+)?|\p{Ll}\.\s?\p{Ll}[\p{L}\p{M}'’-]+)\s*$/u;
const GREETING = /^[\s>"“']*(?:hi|hello|hey|dear|good morning|good afternoon|good evening|morning|afternoon|greetings|attn:?|welcome(?: back)?,)\s+([\p{L}][\p{L}\p{M}'’-]*(?:\s[\p{L}][\p{L}\p{M}'’-]*){0,2})\s*[,!:.]/iu;
// a greeting after a chat speaker's label: "Rodel: Hi Xiomara, can you print a test page?"
const SPEAKER_GREETING = /^[\s>]*[\p{L}][\p{L}\p{M}'’.-]{0,30}(?:\s\([^)\n]{0,40}\))?:\s+(?:hi|hello|hey|dear|good morning|good afternoon|good evening)\s+([\p{L}][\p{L}\p{M}'’-]*(?:\s[\p{L}][\p{L}\p{M}'’-]*){0,2})\s*[,!:.]/iu;
const SPEAKER_GREETING_GATE = /:\s+(?:hi|hello|hey|dear|good)\s/i;
const HEADER = /^\s*(?:from|to|cc|bcc|sent by|reply-to|on behalf of)\s*:\s*/i;
// a line with something on it (same whitespace as trim())
const NOT_BLANK = /\S/;
// The first two letters of every CLOSING, GREETING and HEADER word, and ORIGINAL's dashes: a line
// starting with none of them cannot match any of those (/iu: at least as lenient as each of them).
const LINE_START = /^[\s>"“']*(?:t[hxyokn]|re|be|ki|wa|wi|we|al|ch|si|v\/|rg|br|ta|ap|ma|hi|he|de|go|mo|af|ev|gr|at|fr|cc|bc|se|on|-{2})/iu;
const ORIGINAL = /^-{2,}\s*(?:original message|forwarded message)/i;

// Word gates (text/wordGates.ts), asked of each line's words: a closing in INLINE_CLOSING or
// TRAILING_CLOSING, and a greeting in GREETING or SPEAKER_GREETING, is a word of its own (nothing
// that joins a word stands before it), and no letter follows it in that word
const CLOSING_WORDS = textWordGate(/^(?:thanks|thank|thnks|thnx|thanx|thks|tks|tnx|thx|tx|ty|regards|cheers|best)(?![\p{L}\p{M}])/iu);
const GREETING_WORDS = textWordGate(/^(?:hi|hello|hey|dear|good|morning|afternoon|greetings|attn|welcome)$/iu);

/** Words of a would-be name, checked against ordinary words (lower-case sign-offs like "thx ngozi"). */
function plausible(words: string[], line: string): boolean {
  // "Wristband scanning issue - Cardiology": a department after a dash is no sign-off; nor is a name led by
  // a product's that is no given name ("- Citrix Workspace"; a surname may be one: "Cheryl Abbott", "Dell Penny")
  if (!words.length || words.some((w) => NOT_GREETED.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()))) return false;
  const lex = nameLexicon();
  if (isGroupOrProduct((words[0] as string).toLowerCase()) && !lex.isGivenName(words[0] as string)) return false;
  // a code in capitals after a dash ("- NAK", "- ETIMEDOUT") is no sign-off; in a line typed in capitals ("-RN DULCE") a name is
  const shouted = typedInCapitals(line);
  if (words.some((w) => ACRONYMS.has(w.toLowerCase()) || (!shouted && w.length > 1 && w === w.toUpperCase() && !lex.isName(w)))) return false;
  // an ordinary word is a name here only when it is a frequent census name ("thx august", "- mark")
  return words.every((w) => !isCommonWord(w) || lex.censusRank(w) <= 5000);
}

/** Words no ordinary word (or a frequent given name, "amber"): what a lower-case sign-off must be to read as a name. */
function listedNames(words: string): boolean {
  const lex = nameLexicon();
  // an initial ("s. perry") is no word to judge, but makes the word after it a surname, even one that is
  // also a word ("- t. cook"; \`plausible\` still turns down "- a. note")
  const initialled = /^\p{Ll}\. /u.test(words);
  return words.split(' ').filter((w) => !/^\p{Ll}\.$/u.test(w)).every((w) => !NOT_NAMES.has(w) && !NOT_GREETED.has(w) && (!isCommonWord(w) || (lex.isGivenName(w) && lex.censusRank(w) <= 1000) || initialled));
}

function markWords(doc: Doc, lineStart: number, lineText: string, groupText: string, groupIndex: number): void {
  const words = groupText.split(/\s+/).filter(Boolean);
  if (!plausible(words, lineText)) return;
  const at = lineStart + groupIndex;
  addPerson(doc, at, at + groupText.length);
}

/**
 * The word gates of the words of each line, ORed: lines asked about in order, each line's words
 * read when first asked (most lines are not: their facts stay out of the CPU cache).
 */
class LineGates {
  private line = -1;
  private gates = 0;
  private word: number;

  /** `mask`: the gates asked about (none of them in the ticket: nothing is read). */
  constructor(
    private readonly infos: WordInfo[],
    firstLine: number,
    private readonly mask: number,
  ) {
    this.word = mask === 0 ? infos.length : firstWordNot(infos, (w) => w.tok.line < firstLine);
  }

  of(line: number): number {
    if (line === this.line || this.mask === 0) return this.gates;
    const infos = this.infos;
    while (this.word < infos.length && (infos[this.word] as WordInfo).tok.line < line) this.word++;
    let gates = 0;
    for (let i = this.word; i < infos.length && (infos[i] as WordInfo).tok.line === line; i++) gates |= (infos[i] as WordInfo).gates;
    this.line = line;
    this.gates = gates & this.mask;
    return this.gates;
  }
}

/** The words that lie within [from, to). */
function wordsWithin(infos: WordInfo[], from: number, to: number): WordInfo[] {
  const lo = firstWordNot(infos, (w) => w.tok.start < from);
  const out: WordInfo[] = [];
  for (let i = lo; i < infos.length && (infos[i] as WordInfo).tok.end <= to; i++) out.push(infos[i] as WordInfo);
  return out;
}

const LABEL_AFTER = /^\s*(?::|=|#\s*[:=])/;

/** Nothing but white space follows `line` in its field. */
function endsField(doc: Doc, line: number): boolean {
  const end = doc.lineEnd(line);
  const field = doc.fields.find((f) => f.start <= end && end <= f.end);
  return field !== undefined && doc.text.slice(end, field.end).trim() === '';
}

const WEEKDAY = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const WEEKDAYS = new RegExp(`^(?:${WEEKDAY})$`, 'i');
const WEEKDAY_LINE = new RegExp(`^\\s*(?:${WEEKDAY})[a-z]*\\b`, 'i');

/** The name at the start of a signature line, up to a comma, bar, dash, bracket or digit. */
function signatureName(doc: Doc, infos: WordInfo[], line: number, strict: boolean): void {
  const start = doc.lineStart(line);
  const text = doc.line(line);
  if (text.length > 200 || (strict && text.length > 100)) return;
  const head = /^[\s>]*([^,|(\d<\n\t>]*?)\s*(?:$|,|\||\s[-–—/]\s|\(|\d|<|\t|\s{2,})/u.exec(text);
  const candidate = head?.[1] ?? '';
  // a label ("Rx # = ...", "Name: ...") is a field, not a signature
  if (!candidate || candidate.length > 60 || /[:=]/.test(candidate)) return;
  const at = text.indexOf(candidate);
  if (LABEL_AFTER.test(text.slice(at + candidate.length))) return;
  const from = start + at;
  // the name must end at a boundary, not inside a word ("Fargo DTC4500e")
  if (/[\p{L}\p{N}]/u.test(doc.text[from + candidate.length] ?? '')) return;
  const words = wordsWithin(infos, from, from + candidate.length);
  if (!words.length || words.length > 5) return;
  // an organisation line ("Riverbend Community Hospital") holds no name
  if (strict && words.some((w) => w.orgHead)) return;
  // stop at an org or department head ("Barbara Cath Lab": the name is Barbara)
  let cut = words.length;
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if ((words[i] as WordInfo).orgHead || (next && !next.upper && next.orgHead && !(words[i] as WordInfo).known)) {
      cut = i;
      break;
    }
  }
  const name = words.slice(0, cut);
  if (!name.length) return;
  // the last row of a rota, not a name: "Sun  0700-1900  Okafor, Ngozi" below "Sat  24h  ..."
  if (name.length === 1 && WEEKDAYS.test(name[0]?.base ?? '') && line > 0 && WEEKDAY_LINE.test(doc.line(line - 1))) return;
  if (name.some((w) => !w.alpha || w.tech || startsDate(doc, w))) return;
  // a line of prose after the closing ("Will check tomorrow"): a later word that is an ordinary word and no frequent name
  if (name.slice(1).some((w) => w.common && !w.particle && w.rank > 5000)) return;
  // a signature block's name is capitalised throughout ("Driver rel 2022.11" is no name)
  if (strict && name.some((w) => !w.cap && !w.particle)) return;
  const firstCap = name[0]?.cap ?? false;
  const scores = name.map(nameScore);
  const total = scores.reduce((a, b) => a + b, 0);
  // a signature line without a closing before it must hold a clear name, not just words that can be names
  const clear = name.some((w) => !w.initial && (!w.common || (w.given && w.rank <= 1500)));
  // (a lone given name that is also a word, typed in lower case, when it ends the text: "thanks\namber")
  const lastWord = !strict && name.length === 1 && name[0]?.given === true && endsField(doc, line);
  if (strict ? !(firstCap && clear && total >= name.length * 0.75 && scores.every((s) => s > 0)) : !(total > 0 && (firstCap || lastWord || (name.length > 1 && name[0]?.given === true) || !isCommonWord(name[0]?.base ?? '')))) return;
  // a lone line after a closing is the whole name, lower-case particles included
  const lastTok = cut === words.length && !strict ? from + candidate.length : (name[name.length - 1] as WordInfo).tok.end;
  addPerson(doc, (name[0] as WordInfo).tok.start, lastTok);
}

/**
 * Signatures and greetings: the line after a closing ("Thanks,"), inline closings ("Thx - pearline"),
 * dash sign-offs ("-Kelly"), the last short line of a field, and "Hi ana,".
 */
export function detectSignatures(doc: Doc, infos: WordInfo[], caseless: boolean): void {
  for (const field of doc.fields) {
    const firstLine = doc.lineOf(field.start);
    const lastLine = doc.lineOf(Math.max(field.start, field.end - 1));
    const lineGates = new LineGates(infos, firstLine, doc.wordBits & (CLOSING_WORDS | GREETING_WORDS));
    let lastNonEmpty = -1;
    const nonEmpty: number[] = [];
    for (let line = firstLine; line <= lastLine; line++) {
      const text = doc.line(line);
      if (!NOT_BLANK.test(text)) continue;
      lastNonEmpty = line;
      nonEmpty.push(line);
      const start = doc.lineStart(line);
      // sign-offs and greetings are short lines; long ones are not scanned for them
      if (text.length > 300) {
        // (a long quoted message may still end in a closing: '... by then. Thanks, Eliezer"')
        const tail = text.slice(-80);
        const inline = endsInWord(tail) && INLINE_CLOSING_GATE.test(tail) ? INLINE_CLOSING.exec(tail) : null;
        if (inline?.[1]) markWords(doc, start + text.length - tail.length, tail, inline[1], inline.index + inline[0].lastIndexOf(inline[1]));
        continue;
      }
      const starts = LINE_START.test(text);
      if (starts && (CLOSING.test(text) || ((lineGates.of(line) & CLOSING_WORDS) !== 0 && TRAILING_CLOSING.test(text)))) {
        let next = line + 1;
        while (next <= lastLine && !NOT_BLANK.test(doc.line(next))) next++;
        if (next <= lastLine && !HEADER.test(doc.line(next))) signatureName(doc, infos, next, false);
        continue;
      }
      const inline = endsInWord(text) && (lineGates.of(line) & CLOSING_WORDS) !== 0 ? INLINE_CLOSING.exec(text) : null;
      if (inline?.[1]) markWords(doc, start, text, inline[1], inline.index + inline[0].lastIndexOf(inline[1]));
      const dashed = line >= lastLine - 1 && DASH.test(text);
      const dash = dashed ? DASH_SIGNOFF.exec(text) : null;
      if (dash?.[1]) markWords(doc, start, text, dash[1], dash.index + dash[0].indexOf(dash[1]));
      const lowerDash = dashed && !dash ? LOWER_DASH_SIGNOFF.exec(text) : null;
      if (lowerDash?.[1] && listedNames(lowerDash[1])) markWords(doc, start, text, lowerDash[1], lowerDash.index + lowerDash[0].lastIndexOf(lowerDash[1]));
      // (a speaker's name may itself start like a greeting word: "Everton: Hi Anahit")
      const greeting = (starts || text.includes(':')) && (lineGates.of(line) & GREETING_WORDS) !== 0;
      const greet = greeting ? ((starts ? GREETING.exec(text) : null) ?? (text.includes(':') && SPEAKER_GREETING_GATE.test(text) ? SPEAKER_GREETING.exec(text) : null)) : null;
      if (greet?.[1]) markWords(doc, start, text, greet[1], greet[0].indexOf(greet[1], greet[0].search(/\s/)));
      // the line before a quoted e-mail header closes the message above it
      if (starts && (HEADER.test(text) || ORIGINAL.test(text))) {
        let prev = line - 1;
        while (prev >= firstLine && !NOT_BLANK.test(doc.line(prev))) prev--;
        if (prev >= firstLine && !HEADER.test(doc.line(prev))) signatureName(doc, infos, prev, true);
      }
    }
    // one-line fields (titles) carry no signature unless they hold sentences
    const multiLine = nonEmpty.length > 1 || /[.!?]\s/.test(doc.text.slice(field.start, field.end));
    if (lastNonEmpty >= 0 && multiLine) {
      // a signature block: name, then title, department, organisation lines
      const block = nonEmpty.slice(-3);
      for (const line of block) signatureName(doc, infos, line, true);
      // (in a ticket typed in lower case no capital marks the block's name)
      if (caseless) lowerCaseSignature(doc, block);
      // the last sentence of a one-paragraph ticket: "... a video call. Barbara Cath Lab"
      const text = doc.line(lastNonEmpty).slice(-300);
      const tail = /[.!?]\s+([^.!?]{2,60})$/.exec(text);
      if (tail?.[1] && tail[1].split(/\s+/).length <= 5) {
        const at = doc.lineStart(lastNonEmpty) + text.length - tail[1].length;
        const words = wordsWithin(infos, at, doc.lineEnd(lastNonEmpty));
        const name: WordInfo[] = [];
        for (const w of words) {
          if (!w.alpha || !w.cap || w.tech || w.base.length < 2 || w.orgHead || nameScore(w) === 0 || ((w.weakCue || w.strongCue) && !w.known) || (w.upper && !w.known) || startsDate(doc, w)) break;
          const next = words[words.indexOf(w) + 1];
          if (next && next.cap && !next.upper && next.orgHead && !w.known) break;
          name.push(w);
        }
        // one ordinary word that is also a name ("Click") is not enough
        const clear = name.length > 1 || !name.some((w) => w.common);
        if (name.length && name.length <= 3 && clear && name[0]?.tok.start === at) addPerson(doc, at, (name[name.length - 1] as WordInfo).tok.end);
      }
    }
    doc.budget.check();
  }
}

/** The word gates of this file, each with a scan it stands for (test/redaction/wordGates.test.ts). */
export const SIGNATURE_WORD_GATES: WordGateOf[] = [
  { bit: CLOSING_WORDS, scan: INLINE_CLOSING },
  { bit: CLOSING_WORDS, scan: TRAILING_CLOSING },
  { bit: GREETING_WORDS, scan: GREETING },
  { bit: GREETING_WORDS, scan: SPEAKER_GREETING },
];
