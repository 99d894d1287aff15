import { ownString } from '../text/ownString.js';
import { isAsciiDigit } from '../text/asciiLetter.js';
import { addPerson, PERSON_PRIORITY } from '../names/addPerson.js';
import { unitFollows } from '../names/unitAfter.js';
import { isHostShaped } from '../validators/hostShape.js';
import type { Doc } from '../doc.js';
import { bounded } from '../text/context.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { nameLexicon } from '../names/nameLexicon.js';
import { NOT_NAMES, TECH } from '../names/vocabulary.js';
import { isForeignCalendarWord } from '../validators/calendarWords.js';
import { textWordGate, wordGate } from '../text/wordGates.js';

// DOMAIN\user, not a path: the domain is upper-case, stands alone, and no further backslash follows
// (also JSON-escaped: "MVH\\jdoe")
const DOMAIN_USER = /(?<![\w\\/:.$-])[A-Z][A-Z0-9-]{1,14}\\{1,2}[A-Za-z][A-Za-z0-9._-]{1,63}(?![\w\\])/g;
// the same typed in lower case ("cvhs\jmcgee"): a short domain and a login without dots, so a
// relative path ("logs\app.log", "temp\setup") is not taken for one
const LOWER_DOMAIN_USER = /(?<![\w\\/:.$-])([a-z][a-z0-9-]{1,7})\\{1,2}([a-z][a-z0-9_-]{2,30})(?![\w\\.])/g;
const UPN_LIKE = /(?<![\w\\/.-])[a-z]{1,3}\d{4,8}(?![\w\\/.-])/g;
// a word gate for it: a match is ASCII letters and digits, so inside one word, and found there by the
// pattern run on the word alone (most tickets have none)
const UPN_WORDS = textWordGate(new RegExp(UPN_LIKE.source));
// not the tail or head of a word with accented letters ("fé|vrier", "Kaʻ|uhane"). A whole word of
// [a-z][a-z0-9]{3,20}; only those of 5+ letters and at most 3 trailing digits can be name-shaped,
// so only they are matched (the length is checked after): fewer matches, the same words found
const SHAPE_ONLY = PERSON_PRIORITY - 1;
const WORD = /(?<![\w\\/.@\u00C0-\u02FF\u1E00-\u1EFF-])[a-z]{5,21}\d{0,3}(?![\w\\/@\u00C0-\u02FF\u1E00-\u1EFF-]|\.[a-z])/g;
const WORD_MAX = 21;

/** True for "jsmith", "ggilbert", "costan", "jsmith2": an initial joined to a surname, or the reverse. */
const shapeCache = new Map<string, boolean>();

function nameShaped(w: string): boolean {
  // cheap refusals first, without the cache: (w is [a-z][a-z0-9]*) more than 3 trailing digits,
  // fewer than 5 letters before them, or a digit among the letters
  let digits = 0;
  while (digits < w.length && isAsciiDigit(w.charCodeAt(w.length - 1 - digits))) digits++;
  if (digits > 3 || w.length - digits < 5) return false;
  for (let i = 0; i < w.length - digits; i++) if (isAsciiDigit(w.charCodeAt(i))) return false;
  let hit = shapeCache.get(w);
  if (hit === undefined) {
    hit = computeNameShaped(w);
    if (shapeCache.size >= 50_000) shapeCache.clear();
    shapeCache.set(ownString(w), hit);
  }
  return hit;
}

/**
 * A word gate: WORD's name-shaped matches. A match is ASCII letters and digits, so inside one word; WORD
 * run on the word alone finds it there (nothing beyond the word's ends is seen, so nothing there rules a
 * match out), and `nameShaped` judges the match alone. Words are judged once (see `text/wordGates.ts`),
 * so the scan runs only from the words that pass, most tickets having none.
 */
const WORD_ALONE = new RegExp(WORD.source, 'g');
const NAME_SHAPED_WORDS = wordGate((word) => {
  WORD_ALONE.lastIndex = 0;
  for (let m = WORD_ALONE.exec(word); m; m = WORD_ALONE.exec(word)) if (loginShaped(m[0])) return true;
  return false;
});

/** A WORD match that can be a login from its shape alone. */
function loginShaped(match: string): boolean {
  return match.length <= WORD_MAX && nameShaped(match);
}

/** The word gate of this file with the scan it stands for and the test of its matches (test/redaction/detectorWordGates.test.ts). */
export const USERNAME_WORD_GATES = [{ bit: NAME_SHAPED_WORDS, scan: WORD, accept: loginShaped }, { bit: UPN_WORDS, scan: UPN_LIKE }];

function computeNameShaped(w: string): boolean {
  const letters = w.replace(/\d{1,3}$/, '');
  if (letters.length < 5 || /\d/.test(letters) || isCommonWord(letters) || isCommonWord(w) || TECH.has(letters) || NOT_NAMES.has(letters) || isForeignCalendarWord(letters)) return false;
  const lex = nameLexicon();
  const surnameFirst = letters.slice(0, -1);
  const surnameLast = letters.slice(1);
  return (surnameLast.length >= 4 && lex.isName(surnameLast) && !isCommonWord(surnameLast)) || (surnameFirst.length >= 4 && lex.isName(surnameFirst) && !isCommonWord(surnameFirst) && !lex.isName(letters));
}

// a login with a digit, a dot or an underscore in it, after "by", ending its clause
// (or an initial run into a surname: "by hsolanki.")
// (the white space before "by" is looked at after it: a scan for the literal "by " is far quicker)
const BY_LOGIN = /by[ ](?<=\sby[ ])([a-z]+(?:[._][a-z]+)?\d{0,6}|[a-z]\d{4,8})(?=[.,;)]?(?:\s|$))/g;
const FILE_LIKE = /\.(?:log|txt|csv|xml|json|pdf|docx?|xlsx?|exe|dll|zip|ini|cfg|conf)$/;
// chat logs: "[10:02] jlee: text"
// (sticky: tried only at the start of a line that holds a time's colon, see `timeLineStart`)
export const CHAT_HANDLE = /^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp][Mm])?\]?[ \t]{1,3}([A-Za-z][\w.-]{1,30}):[ \t]/my;
const NOT_HANDLES = new Set(['helpdesk', 'help', 'support', 'system', 'bot', 'agent', 'admin', 'servicedesk', 'it', 'status', 'error', 'info', 'warning', 'warn', 'debug', 'note']);

// Jira mentions: "[~jdoe]" always, and "@jdoe" at a word start that is not an e-mail or a decorator
// ("@echo", "@Override"): lower-case logins only, not broadcasts (@here) or common words
const JIRA_MENTION = /\[~([A-Za-z][\w.-]{1,40})\]/g;
// (sticky: tried at each '@', the only one its match holds)
const AT_HANDLE = /(?<![\w@.\\/-])@([a-z][a-z0-9._-]{1,30})(?![\w@-]|\.[a-z])/y;
const BROADCASTS = new Set(['here', 'channel', 'everyone', 'all', 'team', 'echo', 'param', 'return', 'returns', 'type', 'import', 'media', 'font-face', 'keyframes', 'interface', 'override', 'deprecated', 'throws', 'see', 'since', 'author', 'version', 'example', 'staticmethod', 'classmethod', 'dataclass', 'property', 'mention']);

function detectMentions(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('@') && !text.includes('[~')) return;
  const found = new Set<string>();
  JIRA_MENTION.lastIndex = text.includes('[~') ? 0 : text.length;
  for (let m = JIRA_MENTION.exec(text); m; m = JIRA_MENTION.exec(text)) {
    const user = m[1] ?? '';
    doc.add(m.index + 2, m.index + 2 + user.length, 'USERNAME', 60, user.toLowerCase());
    if (!isCommonWord(user) && !TECH.has(user.toLowerCase())) found.add(user);
  }
  for (let sign = text.indexOf('@'); sign !== -1; sign = text.indexOf('@', sign + 1)) {
    AT_HANDLE.lastIndex = sign;
    const m = AT_HANDLE.exec(text);
    if (!m) continue;
    const handle = (m[1] ?? '').replace(/[._-]+$/, '');
    if (handle.length < 2 || BROADCASTS.has(handle) || TECH.has(handle) || (!/[\d._]/.test(handle) && isCommonWord(handle))) continue;
    found.add(handle);
  }
  removeEveryUse(doc, found);
}

// the user's own folder in a home path: C:\Users\omazur\AppData, /home/jdoe/, /Users/jdoe/ (the rest of the path stays)
const HOME_DIR = /(?:\b[A-Za-z]:\\{1,2}(?:Users|Documents and Settings)\\{1,2}|(?<![\w.-])\/(?:home|Users)\/)([A-Za-z][\w.-]{1,30}?)(?=[\\/]|[\s"',;)]|$)/gi;
const SHARED_HOMES = new Set(['public', 'default', 'default user', 'all users', 'administrator', 'admin', 'shared', 'guest', 'root', 'username', 'user', 'localadmin']);
// "profile for omazur on HOST": a login after "profile for/of"
const PROFILE_OF = /\bprofile (?:for|of) ([a-z][a-z0-9._-]{2,30})(?![\w@\\/])/gi;

/** Home-folder names and profile owners, and every other whole-word use of the same login. */
function detectHomeUsers(doc: Doc): void {
  const text = doc.text;
  const found = new Set<string>();
  if (text.includes('\\') || text.includes('/home/') || text.includes('/Users/')) {
    HOME_DIR.lastIndex = 0;
    for (let m = HOME_DIR.exec(text); m; m = HOME_DIR.exec(text)) {
      const user = m[1] ?? '';
      if (!SHARED_HOMES.has(user.toLowerCase()) && !user.includes('%')) found.add(user);
    }
  }
  if (doc.lower.includes('profile ')) {
    PROFILE_OF.lastIndex = 0;
    for (let m = PROFILE_OF.exec(text); m; m = PROFILE_OF.exec(text)) {
      const user = m[1] ?? '';
      if (user === user.toLowerCase() && !isCommonWord(user) && !TECH.has(user)) found.add(user);
    }
  }
  removeEveryUse(doc, found);
}

/** A login found once (a home folder, a mention) goes wherever the ticket uses it as a whole word. */
function removeEveryUse(doc: Doc, logins: ReadonlySet<string>): void {
  for (const user of logins) {
    if (!user) continue;
    const lower = user.toLowerCase();
    for (let i = doc.lower.indexOf(lower); i !== -1; i = doc.lower.indexOf(lower, i + 1)) {
      if (bounded(doc.text, i, i + user.length)) doc.add(i, i + user.length, 'USERNAME', 60, lower);
    }
  }
}

// a chat question for the login, answered alone on the next line: "Ahanu: kealoah2"
const ASKS_LOGIN = /\byour (?:user ?id|user ?name|login|logon|network id)\b[^\n]{0,20}$/gm;
const ANSWER = /[^:\n]{1,40}:[ \t]+([a-z][a-z0-9_-]{2,20})[ \t]*(?:\n|$)/y;

function detectLoginAnswers(doc: Doc): void {
  const lower = doc.lower;
  if (!lower.includes('your ')) return;
  ASKS_LOGIN.lastIndex = 0;
  for (let m = ASKS_LOGIN.exec(lower); m; m = ASKS_LOGIN.exec(lower)) {
    const next = lower.indexOf('\n', m.index);
    if (next === -1) break;
    ANSWER.lastIndex = next + 1;
    const a = ANSWER.exec(doc.text);
    const login = a?.[1];
    if (!a || !login || isCommonWord(login) || TECH.has(login)) continue;
    const at = a.index + a[0].lastIndexOf(login);
    doc.add(at, at + login.length, 'USERNAME', 55, login);
  }
}

// a login in brackets right after a person's name: "Oisín Doherty (dohertyoi)", "Caller Mohamed Nur (nurmo)"
// (sticky: tried at each '(', the only one its match holds)
const LOGIN_IN_BRACKETS = /\(([a-z][a-z0-9._-]{1,30})\)/y;
// the capitalised words right before it (looked at within 60 characters)
// (also as an owner: "same as Glen Potter's profile (pottergl8)")
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]){1,3}\p{Lu}[\p{L}\p{M}'’-]+?)(?:['’]s (?:profile|account|login|mailbox|access|folder))?[ \t]$/u;

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

/** True when the login is built from one of the name's parts: "dohertyoi", "pantonopou", "ywu", "nurmo". */
function loginOfName(login: string, name: string): boolean {
  const letters = login.replace(/[^a-z]/g, '');
  return name.split(/[\s'’.-]+/).some((part) => {
    const p = plain(part);
    if (p.length >= 3) return letters.includes(p.slice(0, Math.min(5, p.length)));
    return p.length === 2 && (letters.startsWith(p) || letters.endsWith(p)) && letters.length <= 5;
  });
}

function detectLoginAfterName(doc: Doc): void {
  const text = doc.text;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    LOGIN_IN_BRACKETS.lastIndex = open;
    const m = LOGIN_IN_BRACKETS.exec(text);
    if (!m) continue;
    const login = m[1] ?? '';
    if (login.length < 3 || isCommonWord(login) || TECH.has(login)) continue;
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (name && loginOfName(login, name)) doc.add(m.index + 1, m.index + 1 + login.length, 'USERNAME', 60, login);
  }
}

// a login between slashes after its owner's name: "- Heather Stone / stonehe7 / badge 00873421"
const NAME_SLASH_LOGIN = /(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}) \/ ([a-z][a-z0-9._-]{2,30})(?= \/|[ \t]*$)/gmu;

function detectLoginAfterSlash(doc: Doc): void {
  const text = doc.text;
  if (!text.includes(' / ')) return;
  NAME_SLASH_LOGIN.lastIndex = 0;
  for (let m = NAME_SLASH_LOGIN.exec(text); m; m = NAME_SLASH_LOGIN.exec(text)) {
    const login = (m[2] ?? '').replace(/[._-]+$/, '');
    if (login.length < 3 || isCommonWord(login) || TECH.has(login) || !loginOfName(login, m[1] ?? '')) continue;
    const at = m.index + m[0].length - (m[2] ?? '').length;
    doc.add(at, at + login.length, 'USERNAME', 60, login);
  }
}

// a login listed before its owner's name: "pengti8 (Peng, Tianyu)", "seoyeon.shin  Seo-yeon Shin" (offboarding lists)
// (later words may start with a particle: "Tariq al-Qahtani")
const LOGIN_THEN_NAME = /(?<![\w.@\\/-])([a-z][a-z0-9._-]{2,30})(?:\s{1,2}\(|\s{2,4})(\p{Lu}[\p{L}\p{M}'’.-]*(?:,? [\p{Lu}a-z][\p{L}\p{M}'’.-]*){1,3})/uy;
// the gap between login and name, which every match holds: the scan looks for it (far fewer places
// than login-shaped words) and tries the pattern (sticky) only at the start of the login run before
// it (nothing of [\w.@\\/-] may stand before a login, so it can start nowhere else in the run)
const NAME_GAP = /(?:\s{1,2}\(|\s{2,4})\p{Lu}/gu;

function isLoginChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45;
}

function detectLoginBeforeName(doc: Doc): void {
  const text = doc.text;
  let end = 0; // the end of the last match: the next starts no earlier
  NAME_GAP.lastIndex = 0;
  for (let gap = NAME_GAP.exec(text); gap; gap = NAME_GAP.exec(text)) {
    let start = gap.index;
    while (start > 0 && isLoginChar(text.charCodeAt(start - 1))) start--;
    if (start === gap.index || start < end) continue;
    LOGIN_THEN_NAME.lastIndex = start;
    const m = LOGIN_THEN_NAME.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    const login = (m[1] ?? '').replace(/[._-]+$/, '');
    if (login.length < 3 || isCommonWord(login) || TECH.has(login) || !loginOfName(login, m[2] ?? '')) continue;
    doc.add(m.index, m.index + login.length, 'USERNAME', 60, login);
    // the login spells the name in brackets after it: that name is its owner's, whatever its words ("story.moody (Story Moody)")
    const name = (m[2] ?? '').replace(/[.,]+$/, '');
    const at = m.index + m[0].length - (m[2] ?? '').length;
    // (in brackets only: a login at a line's end and a product on the next line are no pair)
    if (text[at - 1] === '(') addPerson(doc, at, at + name.length);
  }
}

/** The matches of CHAT_HANDLE a scan of the whole text finds, tried only where a line starts before a time's colon. */
export function* chatHandleMatches(text: string): Generator<RegExpExecArray> {
  let end = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const start = timeLineStart(text, colon);
    if (start < end) continue;
    CHAT_HANDLE.lastIndex = start;
    const m = CHAT_HANDLE.exec(text);
    if (!m) continue;
    end = m.index + m[0].length;
    yield m;
  }
}

/**
 * Where a line starts when only [ \t]*\[?digits stand before the colon at `colon` (a handle line's time of
 * day, "[10:02] jlee:"), or -1: the start of every CHAT_HANDLE match, walked back to from its first colon.
 * (^ of a multiline pattern: after \n, \r, U+2028 or U+2029)
 */
function timeLineStart(text: string, colon: number): number {
  let i = colon;
  while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  if (i === colon) return -1;
  if (text.charCodeAt(i - 1) === 91) i--;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  const before = text.charCodeAt(i - 1);
  return i === 0 || before === 10 || before === 13 || before === 0x2028 || before === 0x2029 ? i : -1;
}

/** Account names: DOMAIN\user, home folders, letter+digits ids (m088943), and lower-case initial+surname logins. */
export function detectUsernames(doc: Doc): void {
  const text = doc.text;
  detectHomeUsers(doc);
  detectLoginAnswers(doc);
  detectMentions(doc);
  detectLoginAfterName(doc);
  detectLoginBeforeName(doc);
  detectLoginAfterSlash(doc);
  if (text.includes('\\')) {
    DOMAIN_USER.lastIndex = 0;
    for (let m = DOMAIN_USER.exec(text); m; m = DOMAIN_USER.exec(text)) {
      const value = m[0].replace(/[._-]+$/, '');
      doc.add(m.index, m.index + value.length, 'USERNAME', 60, value.toLowerCase());
    }
    LOWER_DOMAIN_USER.lastIndex = 0;
    for (let m = LOWER_DOMAIN_USER.exec(text); m; m = LOWER_DOMAIN_USER.exec(text)) {
      // a folder and a file or folder name are ordinary words ("windows\system", "users\public")
      if (isCommonWord(m[1] ?? '') || isCommonWord(m[2] ?? '')) continue;
      doc.add(m.index, m.index + m[0].length, 'USERNAME', 60, m[0]);
    }
  }
  // "... at 2024-08-13 00:01:28 by marshal.mills.", "created ... by n954296": who did it, in a log's words
  if (text.includes(' by ')) {
    BY_LOGIN.lastIndex = 0;
    for (let m = BY_LOGIN.exec(text); m; m = BY_LOGIN.exec(text)) {
      const login = m[1] ?? '';
      if (isHostShaped(login) || FILE_LIKE.test(login) || !(/[\d._]/.test(login) || nameShaped(login))) continue;
      const at = m.index + m[0].length - login.length;
      doc.add(at, at + login.length, 'USERNAME', 55, login);
    }
  }
  for (const m of chatHandleMatches(text)) {
    const handle = m[1] ?? '';
    if (NOT_HANDLES.has(handle.toLowerCase())) continue;
    const at = m.index + m[0].lastIndexOf(handle + ':');
    doc.add(at, at + handle.length, 'USERNAME', 60, handle.toLowerCase());
  }
  UPN_LIKE.lastIndex = (doc.wordBits & UPN_WORDS) !== 0 ? 0 : text.length;
  for (let m = UPN_LIKE.exec(text); m; m = UPN_LIKE.exec(text)) {
    // ticket and knowledge-base references are not accounts ("inc0012345", "kb5034441")
    if (/^(?:inc|chg|req|ritm|task|prb|kb|sr|cs|wo|ctask|sctask|rfc|cr|err|evt|id|v|ver|build|port|pid|x)\d/.test(m[0])) continue;
    doc.add(m.index, m.index + m[0].length, 'USERNAME', 42, m[0]);
  }
  doc.budget.check();
  if ((doc.wordBits & NAME_SHAPED_WORDS) === 0) return;
  for (const w of doc.words()) {
    if ((w.gates & NAME_SHAPED_WORDS) === 0) continue;
    // (a scan from a word's start finds the matches in it that a scan of the whole text finds: no match
    // of an earlier word reaches into it)
    const wordEnd = w.tok.end;
    WORD.lastIndex = w.tok.start;
    for (let m = WORD.exec(text); m && m.index < wordEnd; m = WORD.exec(text)) {
      // (a guess from the word's shape alone: below a person, so a lower-case name the name rules find
      // whole stays a PERSON, "also yuliana nascimento cant get in")
      // ("hey its sarita on marsh 3 icu": a wing named after someone)
      // (in a ticket written in another language its ordinary words are no logins)
      if (loginShaped(m[0]) && !unitFollows(text, m.index + m[0].length) && !doc.foreign) doc.add(m.index, m.index + m[0].length, 'USERNAME', SHAPE_ONLY, m[0]);
    }
  }
}
