import type { Doc } from '../doc.js';
import { hasX12, isX12Code, isX12Segment } from './x12.js';
import { charClass } from '../text/charClass.js';
import { lowerWordGate, textWordGate, type WordGateOf } from '../text/wordGates.js';

// each with the fixed text every match holds: the scan is skipped when the text lacks it
const PATTERNS: [string[], RegExp][] = [
  // JSON Web Tokens
  [['eyJ'], /\beyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{0,4096}/g],
  // well-known key shapes: AWS, GitHub, Slack, OpenAI-style, Google, Azure SAS signatures
  [['AKIA', 'ASIA'], /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g],
  [['gh'], /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g],
  [['xox'], /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g],
  [['sk-'], /\bsk-[A-Za-z0-9_-]{20,255}/g],
  [['AIza'], /\bAIza[0-9A-Za-z_-]{35}\b/g],
];
// any of them at all, as a word gate (most texts have none): the fixed texts are ASCII word
// characters inside one word, but for "sk-", whose hyphen joins it to the word after it or ends it
const ANY_PATTERN = textWordGate(/eyJ|AKIA|ASIA|gh[pousr]_|xox|\bsk(?:-|$)|AIza/);
// the fixed text every match of a key holds (in the lower-cased text for /i), as a word gate: each
// is ASCII letters, digits and _, so inside one word
function keyWords(words: string[], lower?: boolean): number {
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));
  return lower ? lowerWordGate(re) : textWordGate(re);
}

// the value after a scheme or key; the keyword itself stays
// with the word gate of what every match holds, and the separator it needs
const AFTER_KEY: { re: RegExp; words: number; sep?: string[]; type: 'CREDENTIAL' | 'USERNAME' }[] = [
  { re: /\b(?:Basic|Token|Negotiate|Digest)\s{1,3}([A-Za-z0-9._~+/=-]{8,4096})/g, words: keyWords(['Basic', 'Token', 'Negotiate', 'Digest']), type: 'CREDENTIAL' },
  // "bearer" is no ordinary word: in any case ("AUTHORIZATION: BEARER EYJ...", a note typed in capitals)
  { re: /\bbearer\s{1,3}([A-Za-z0-9._~+/=-]{8,4096})/gi, words: keyWords(['bearer'], true), type: 'CREDENTIAL' },
  {
    re: /\b(?:password|passwd|pwd|secret|client_secret|api_key|apikey|api-key|access_key|secret_key|accountkey|sharedaccesskey|sig|token|access_token|refresh_token|auth|x-api-key)\s{0,2}[=:]\s{0,2}["']?([^\s;"'&,<>]{3,512})/gi,
    words: keyWords(['pass', 'pwd', 'secret', 'api', 'access_key', 'accountkey', 'accesskey', 'sig', 'token', 'auth'], true),
    sep: ['=', ':'],
    type: 'CREDENTIAL',
  },
  { re: /\b(?:user id|uid|user|username)\s{0,2}=\s{0,2}([^\s;"'&<>]{2,128})/gi, words: keyWords(['uid', 'user'], true), sep: ['='], type: 'USERNAME' },
];

// password-shaped words: a symbol plus two of lower/upper/digit, no path or host punctuation.
// A word starts only where a run of non-delimiters starts (after ^ or one of \s ( [ " '), so each
// run holds at most one: only runs with a symbol in them are tried (sticky, at the run's start).
const WORD = /(?<=^|[\s(["'])[^\s()[\]"'<>]{6,64}(?=$|[\s)\]"',.;:!?])/y;
const SYMBOL = /[!@#$%^&*+=?~]/;
const KEY_PREFIX = /^[A-Za-z][\w.-]{0,40}[=:](?=[^/\\])/;
const SYMBOLS = /[!@#$%^&*+=?~]/g;
const DELIMITER = charClass(/[\s()[\]"'<>]/);
const isDelimiter = DELIMITER.has;

function passwordLike(w: string): boolean {
  if (!SYMBOL.test(w) || /[|^]/.test(w) || w.includes('://') || /^(?:\\\\|[A-Za-z]:\\|\/)/.test(w) || /^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(w)) return false;
  // ("Rumba+", "Notepad++", "Disney+": a product's name with its pluses)
  if (/^[=+*#~-]+$/.test(w) || /^[#@][\w-]+$/.test(w) || /^[A-Z][a-z]+\++$/.test(w)) return false;
  // paths that start with an environment variable (%APPDATA%\Microsoft, $HOME/.ssh, ${TMP}/x, ~/logs)
  if (/^(?:%\w+%|\$\{?\w+\}?|~)[\\/]/.test(w)) return false;
  // plain key=value pairs (HL7 field refs, log fields) are not secrets by shape, nor is an address
  // given to a key ("suser=ana.lee@example.org": the e-mail rule takes it)
  if (/^[A-Za-z][\w.-]*=[\w^.:-]*$/.test(w) || /^[A-Za-z][\w.-]*=[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$/.test(w)) return false;
  // connection strings: the secret parts are taken by key (Password=...), not the whole string
  if (/^[A-Za-z][\w ]*=[^;]*;/.test(w)) return false;
  // a CSV row's cells run together around an address ("Ana Araújo,l.araujo@x.org,8/7/2024"): the address is an e-mail
  if (w.includes(',') && /[\w.+-]+@[\w-]+\.[A-Za-z]{2,}/.test(w)) return false;
  // a setting whose value is a path ("OutDir=/opt/pacs/conf/server.xml"), a machine account ("WKS-0042$")
  if (/^[A-Za-z][\w.-]*=(?:\/|[A-Za-z]:\\|\\\\)/.test(w) || /^[A-Za-z][\w.-]*\$$/.test(w)) return false;
  // a Lotus Notes address ("Potter/Radiology/MVH@MVH") names a person, not a secret
  if (/^[\w.'’-]*(?:\/[A-Za-z][\w&-]*)+@[A-Za-z][\w-]*$/.test(w)) return false;
  // an iCalendar or vCard line's parameters ("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=...", "DTSTART;TZID=...",
  // ";RSVP=TRUE:mailto:a@b.org"), a mailto address: the names, e-mails and dates in them have their own rules
  if (/^(?:[A-Z][A-Z-]*)?;[A-Z][A-Z-]*=/.test(w) || /(?:^|:)mailto:[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$/i.test(w)) return false;
  // an identifier label glued to its value ("MRN#1234567") is left to the identifier rules
  if (/^[A-Za-z]{2,6}#\d+$/.test(w)) return false;
  const classes = (/[a-z]/.test(w) ? 1 : 0) + (/[A-Z]/.test(w) ? 1 : 0) + (/\d/.test(w) ? 1 : 0);
  return classes >= 2;
}

// Word+digits passwords ("Summer2025", "ChangeCharlie6") when the ticket is about passwords
const PASSWORD_TOPIC = /\b(?:password|passwd|pwd|passcode|passphrase|credentials?|pw)\b/i;
// its word gate, the same pattern: each match is ASCII letters between ASCII word boundaries, so
// inside one word (most tickets have none); tested on the word as it stands, as the scan is
// ("Passwordİ" lower-cased would put an i after the word)
const TOPIC_WORDS = textWordGate(PASSWORD_TOPIC);
const WEAK_PASSWORD = /(?<![\w\\/.@-])(?:[A-Z][a-z]{2,}){1,3}\d{1,6}[!@#$%^&*?]?(?![\w\\/@-]|\.\w)|(?<![\w\\/.@-])[a-z]{3,}\d{2,6}[!@#$%^&*?]?(?=\s+(?:and|but|or|as|which|then)\b)/g;

// "I tried hunter2 and ...": the word after these verbs, in a ticket about passwords
const TRIED = /\b(?:tried|typed|entered|used|set it to|changed it to|new one is|old one (?:is|was)|it is|it's)\s{1,3}([^\s"'<>]{4,64})/gi;

// a password right after its key word and a space, no "is": "Use temp password AN8rFz7QmD for all of them"
const NAMED_PASSWORD = /\b(?:password|passwd|pwd|pw|passcode)[ ]{1,2}([^\s"'<>]{6,64})/gi;

const NEXT_KEY = /^[a-z_]{2,20}=$/;

/** Secrets: tokens and keys by shape, values after auth schemes and key=value pairs, password-shaped words. */
export function detectCredentials(doc: Doc): void {
  const text = doc.text;
  const anyPattern = (doc.wordBits & ANY_PATTERN) !== 0;
  for (const [words, re] of PATTERNS) {
    if (!anyPattern || !words.some((w) => text.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) doc.add(m.index, m.index + m[0].length, 'CREDENTIAL', 90);
  }
  for (const { re, words, sep, type } of AFTER_KEY) {
    if ((sep && !sep.some((c) => text.includes(c))) || (doc.wordBits & words) === 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[1] ?? '';
      // ("auth: user='rcmc\\ana'": the value is the next pair's key, not a secret)
      if (!value || value.startsWith('[') || NEXT_KEY.test(value)) continue;
      const at = m.index + m[0].length - value.length;
      doc.add(at, at + value.length, type, 90);
    }
  }
  if ((doc.wordBits & TOPIC_WORDS) !== 0 && PASSWORD_TOPIC.test(text)) {
    WEAK_PASSWORD.lastIndex = 0;
    for (let m = WEAK_PASSWORD.exec(text); m; m = WEAK_PASSWORD.exec(text)) doc.add(m.index, m.index + m[0].length, 'CREDENTIAL', 86);
    // "and password RDH=8vY2HdxAe (he read it to me)": the word right after the key, whole (a key=value
    // shape inside it is the password's own), when it holds letters and digits
    NAMED_PASSWORD.lastIndex = 0;
    for (let m = NAMED_PASSWORD.exec(text); m; m = NAMED_PASSWORD.exec(text)) {
      const value = (m[1] ?? '').replace(/[.,;:!?)]+$/, '');
      if (value.length < 6 || value.startsWith('[') || !/\d/.test(value) || !/[A-Za-z]/.test(value) || /^v?\d{1,4}(?:\.\d+)*$/i.test(value)) continue;
      const at = m.index + m[0].length - (m[1] ?? '').length;
      doc.add(at, at + value.length, 'CREDENTIAL', 86);
    }
    TRIED.lastIndex = 0;
    for (let m = TRIED.exec(text); m; m = TRIED.exec(text)) {
      // ("used password=Xk9@mPq2Lz!": the key stays)
      const key = KEY_PREFIX.exec(m[1] ?? '')?.[0].length ?? 0;
      const value = (m[1] ?? '').slice(key).replace(/[.,;:!?)]+$/, '');
      if (value.length < 4 || !/\d|[^\w\s]/.test(value) || /^\d{1,3}(?:\.\d+)*$/.test(value) || value.startsWith('[')) continue;
      const at = m.index + m[0].length - (m[1] ?? '').length + key;
      doc.add(at, at + value.length, 'CREDENTIAL', 86);
    }
  }
  doc.budget.check();
  let runEnd = 0;
  const x12 = hasX12(text);
  SYMBOLS.lastIndex = 0;
  for (let s = SYMBOLS.exec(text); s; s = SYMBOLS.exec(text)) {
    if (s.index < runEnd) continue;
    let start = s.index;
    while (start > 0 && !isDelimiter(text.charCodeAt(start - 1))) start--;
    runEnd = s.index;
    while (runEnd < text.length && !isDelimiter(text.charCodeAt(runEnd))) runEnd++;
    WORD.lastIndex = start;
    const m = WORD.exec(text);
    if (!m) continue;
    let w = m[0];
    while (/[.,;:!?]$/.test(w) && !/[.,;:!?]{2}$/.test(w)) w = w.slice(0, -1);
    if (!passwordLike(w) || (x12 && isX12Segment(w)) || isX12Code(w)) continue;
    // "password=Xk9@mPq2Lz!": the key stays, its value goes
    const key = KEY_PREFIX.exec(w)?.[0].length ?? 0;
    if (w.length - key >= 3) doc.add(m.index + key, m.index + w.length, 'CREDENTIAL', 88);
  }
}

/** The word gates of this file, each with a scan it stands for (test/redaction/wordGates.test.ts). */
export const CREDENTIAL_WORD_GATES: WordGateOf[] = [
  ...PATTERNS.map(([, re]) => ({ bit: ANY_PATTERN, scan: re })),
  ...AFTER_KEY.map(({ re, words }) => ({ bit: words, scan: re })),
  { bit: TOPIC_WORDS, scan: PASSWORD_TOPIC },
];
