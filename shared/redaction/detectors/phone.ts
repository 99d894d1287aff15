import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';

const EXT = String.raw`(?:\s{0,2},?\s{0,2}(?:ext\.?|extension|x|#)\s{0,2}\d{1,6}\b)?`;
// NANP: optional +1, area code (parenthesised or followed by a separator), exchange, line
const NANP = new RegExp(String.raw`(?<![\w+./-])(?:\+?1[-. ]?)?(?:\(\d{3}\)(?:[-.]| {1,3}|\n)?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d]|[-.]\d)` + EXT, 'gi');
// international: + country code, then groups that each start with a separator or a bracket
// (a UK number keeps its trunk zero in brackets: "+44 (0)20 7946 0000")
const INTL = new RegExp(String.raw`(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\)\d{1,5}|[ .-]\(?\d{1,8}\)?|\(\d{1,5}\)){1,6}(?![\d])` + EXT, 'g');
const BARE = /(?<![\w+./-])\+?\d{10,13}(?![\w/-]|\.\d)/g;
const NATIONAL = /(?<![\w+./-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/-]|\.\d)/g;
// bare extensions, also in the dashed internal form "x5-9560" (a staff member's line)
// a dashed in-house number after "call"/"dial" (a pager message: "PG 4569 CALL 6-8538")
const CALL_SHORT = /\b(?:call|callback|call back|dial)\s{1,2}(\d-\d{4})(?![\w-])/gi;
// a dashed in-house number closing a line or sentence, after whoever answers it: "Manager: Priya Menon, 5-6397",
// "Please call me at 3-2298." (not a month and year: "since 3-2024")
const SHORT_AT_END = /(?<![\w./:-])\d-\d{4}(?![\w-])(?=[ \t]*(?:$|[.;)]|\sor\s))/gm;
const MONTH_YEAR = /^\d-(?:19|20)\d\d$/;
// a word gate for both: their number is ASCII digits joined by one hyphen, so inside one word (most
// tickets have none)
const SHORT_WORDS = textWordGate(/(?<![A-Za-z0-9_])\d-\d{4}(?![A-Za-z0-9_-])/);
// (also in Spanish and French: "extensión 6490", "poste 4653")
const EXT_ONLY = /(?<![\w])(?:x|ext\.?\s?|extension\s|extensión\s|poste\s)(?:\d{1,2}-)?\d{3,6}(?![\w-])/gi;
// its word gate (most tickets have none): "x" and its digits are one word, as are "ext" and digits
// right after it; else the key word ends its word (a dot or a space follows)
const EXT_WORDS = textWordGate(/(?<![\w])(?:x\d|ext(?:\d|$)|extension$|extensión$|poste$)/i);
/** The word gates of this file with the scans they stand for (test/redaction/detectorWordGates.test.ts). */
export const PHONE_WORD_GATES: WordGateOf[] = [
  { bit: SHORT_WORDS, scan: CALL_SHORT },
  { bit: SHORT_WORDS, scan: SHORT_AT_END },
  { bit: EXT_WORDS, scan: EXT_ONLY },
];
// a message transcript line opened by the sender's number: ">> 5392696294: hi its ..."
// (also after a chat export's stamp: "[21/10/2025, 19:34:58] 3102100174: ...")
const SENDER = /^[ \t>]*(?:\[[^\]\n]{5,30}\][ \t]*)?(\+?1?[2-9]\d{2}[2-9]\d{6}):[ \t]/gm;
const FAX_OR_PHONE = /\b(?:(fax\w*|f|facsimile)|(phone|ph|p|cell|mobile|mob|tel|telephone|direct|office|call|callback|call back|reach|pager|text|number|contact|home|work|desk|landline|o|c|m))\b/g;
// (a text message is "sent to" a number: "SMS sent to 8283549200")
const PHONE_CUE = /\b(?:phone|ph|cell|mobile|mob|tel|telephone|direct|office|call|callback|reach|pager|fax|number|contact|text|texted|sms|sent to|send to)\b/;

// Local numbers without an area code (555-0142, 555 0142, 555.0142, 5550142) look like many other
// numbers, so they count only where the nearest cue word before them is a phone word ("call me at",
// "my cell is", "ext. line") or a phone word follows ("555-0142 (cell)"); a nearer system word
// ("error", "ticket", "version", "build", "port", "id") keeps them.
const LOCAL = /(?<![\w+./#-])\d{3}[-. ]?\d{4}(?![\w]|[-.:/]\d)/g;
const LOCAL_CUE =
  /\b(?:(call|called|calling|call back|callback|phone|ph|cell|cellphone|mobile|mob|tel|telephone|reach|pager|text|texted|fax|ext|extension|line|dial|landline|direct|voicemail|contact)|(version|ver|v|build|release|patch|firmware|error|err|code|status|exit|ticket|inc|incident|case|order|invoice|job|batch|task|request|req|change|chg|event|ref|reference|id|kb|port|pid|thread|process|serial|sn|model|part|room|rm|mrn|acct|account|claim|member|policy|rx|po|row|offset|size|count))\b/g;
const LOCAL_AFTER = /^\s{0,2}[(,-]?\s{0,2}(?:is\s{1,2}my\s{1,2})?(?:cell|mobile|phone|direct|home|work|desk|fax|pager)\b/i;

function localNumberCued(doc: Doc, start: number, end: number): boolean {
  const before = textBefore(doc, start, 40);
  let last: 'phone' | 'system' | undefined;
  LOCAL_CUE.lastIndex = 0;
  for (let m = LOCAL_CUE.exec(before); m; m = LOCAL_CUE.exec(before)) last = m[1] ? 'phone' : 'system';
  if (last) return last === 'phone';
  return LOCAL_AFTER.test(doc.text.slice(end, end + 30));
}

function kind(doc: Doc, start: number): 'FAX' | 'PHONE' {
  const before = textBefore(doc, start, 60);
  let last: 'FAX' | 'PHONE' = 'PHONE';
  FAX_OR_PHONE.lastIndex = 0;
  for (let m = FAX_OR_PHONE.exec(before); m; m = FAX_OR_PHONE.exec(before)) last = m[1] ? 'FAX' : 'PHONE';
  return last;
}

function digitsOf(value: string): string {
  const main = value.replace(/\s*(?:ext\.?|extension|x|#).*$/i, '');
  return main.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
}

/** Phone, fax and pager numbers: US and international layouts, local 7-digit numbers after a phone word, extensions, bare extensions. */
export function detectPhones(doc: Doc): void {
  const text = doc.text;
  for (const re of [NANP, INTL]) {
    // international numbers start with '+'
    re.lastIndex = re === INTL && !text.includes('+') ? text.length : 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[0].replace(/\s+$/, '');
      const digits = digitsOf(value);
      if (digits.length < 7 || digits.length > 15) continue;
      doc.add(m.index, m.index + value.length, kind(doc, m.index), 50, digits);
    }
    doc.budget.check();
  }
  // (a bare number is 10+ digits in a row: most texts have no such run)
  BARE.lastIndex = doc.longestDigitRun >= 10 ? 0 : text.length;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    if (PHONE_CUE.test(textBefore(doc, m.index, 25))) doc.add(m.index, m.index + m[0].length, kind(doc, m.index), 48, digitsOf(m[0]));
  }
  NATIONAL.lastIndex = 0;
  for (let m = NATIONAL.exec(text); m; m = NATIONAL.exec(text)) {
    if (PHONE_CUE.test(textBefore(doc, m.index, 25))) doc.add(m.index, m.index + m[0].length, kind(doc, m.index), 48, m[0].replace(/\D/g, ''));
  }
  LOCAL.lastIndex = 0;
  for (let m = LOCAL.exec(text); m; m = LOCAL.exec(text)) {
    if (localNumberCued(doc, m.index, m.index + m[0].length)) doc.add(m.index, m.index + m[0].length, kind(doc, m.index), 47, m[0].replace(/\D/g, ''));
  }
  SENDER.lastIndex = doc.longestDigitRun >= 10 ? 0 : text.length;
  for (let m = SENDER.exec(text); m; m = SENDER.exec(text)) {
    const value = m[1] ?? '';
    const at = m.index + m[0].lastIndexOf(value);
    doc.add(at, at + value.length, 'PHONE', 48, digitsOf(value));
  }
  const short = (doc.wordBits & SHORT_WORDS) !== 0;
  CALL_SHORT.lastIndex = short ? 0 : text.length;
  for (let m = CALL_SHORT.exec(text); m; m = CALL_SHORT.exec(text)) {
    const value = m[1] ?? '';
    const at = m.index + m[0].length - value.length;
    doc.add(at, at + value.length, 'PHONE', 48, value.replace(/\D/g, ''));
  }
  SHORT_AT_END.lastIndex = short ? 0 : text.length;
  for (let m = SHORT_AT_END.exec(text); m; m = SHORT_AT_END.exec(text)) {
    if (!MONTH_YEAR.test(m[0])) doc.add(m.index, m.index + m[0].length, 'PHONE', 47, m[0].replace(/\D/g, ''));
  }
  EXT_ONLY.lastIndex = (doc.wordBits & EXT_WORDS) !== 0 ? 0 : text.length;
  for (let m = EXT_ONLY.exec(text); m; m = EXT_ONLY.exec(text)) {
    doc.add(m.index, m.index + m[0].length, 'PHONE', 48, m[0].replace(/\D/g, ''));
  }
}
