import type { Doc } from '../doc.js';

const PATTERNS: RegExp[] = [
  // JSON Web Tokens
  /\beyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{0,4096}/g,
  // well-known key shapes: AWS, GitHub, Slack, OpenAI-style, Google, Azure SAS signatures
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,255}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g,
  /\bsk-[A-Za-z0-9_-]{20,255}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
];
// the value after a scheme or key; the keyword itself stays
const AFTER_KEY: RegExp[] = [
  /\b(?:Bearer|Basic|Token|Negotiate|Digest)\s{1,3}([A-Za-z0-9._~+/=-]{8,4096})/g,
  /\b(?:password|passwd|pwd|secret|client_secret|api_key|apikey|api-key|access_key|secret_key|accountkey|sharedaccesskey|sig|token|access_token|refresh_token|auth|x-api-key)\s{0,2}[=:]\s{0,2}["']?([^\s;"'&,<>]{3,512})/gi,
  /\b(?:user id|uid|user|username)\s{0,2}=\s{0,2}([^\s;"'&<>]{2,128})/gi,
];
// password-shaped words: a symbol plus two of lower/upper/digit, no path or host punctuation
const WORD = /(?<=^|[\s(["'])[^\s()[\]"'<>]{6,64}(?=$|[\s)\]"',.;:!?])/g;
const SYMBOL = /[!@#$%^&*+=?~]/;

function passwordLike(w: string): boolean {
  if (!SYMBOL.test(w) || /[|^]/.test(w) || w.includes('://') || /^(?:\\\\|[A-Za-z]:\\|\/)/.test(w) || /^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(w)) return false;
  if (/^[=+*#~-]+$/.test(w) || /^[#@][\w-]+$/.test(w)) return false;
  // plain key=value pairs (HL7 field refs, log fields) are not secrets by shape
  if (/^[A-Za-z][\w.-]*=[\w^.:-]*$/.test(w)) return false;
  // connection strings: the secret parts are taken by key (Password=...), not the whole string
  if (/^[A-Za-z][\w ]*=[^;]*;/.test(w)) return false;
  // an identifier label glued to its value ("MRN#1234567") is left to the identifier rules
  if (/^[A-Za-z]{2,6}#\d+$/.test(w)) return false;
  const classes = (/[a-z]/.test(w) ? 1 : 0) + (/[A-Z]/.test(w) ? 1 : 0) + (/\d/.test(w) ? 1 : 0);
  return classes >= 2;
}

// Word+digits passwords ("Summer2025", "ChangeCharlie6") when the ticket is about passwords
const PASSWORD_TOPIC = /\b(?:password|passwd|pwd|passcode|passphrase|credentials?|pw)\b/i;
const WEAK_PASSWORD = /(?<![\w\\/.@-])(?:[A-Z][a-z]{2,}){1,3}\d{1,6}[!@#$%^&*?]?(?![\w\\/@-]|\.\w)|(?<![\w\\/.@-])[a-z]{3,}\d{2,6}[!@#$%^&*?]?(?=\s+(?:and|but|or|as|which|then)\b)/g;

// "I tried hunter2 and ...": the word after these verbs, in a ticket about passwords
const TRIED = /\b(?:tried|typed|entered|used|set it to|changed it to|new one is|old one (?:is|was)|it is|it's)\s{1,3}([^\s"'<>]{4,64})/gi;

/** Secrets: tokens and keys by shape, values after auth schemes and key=value pairs, password-shaped words. */
export function detectCredentials(doc: Doc): void {
  const text = doc.text;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) doc.add(m.index, m.index + m[0].length, 'CREDENTIAL', 90);
  }
  for (const re of AFTER_KEY) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[1] ?? '';
      if (!value || value.startsWith('[')) continue;
      const at = m.index + m[0].length - value.length;
      doc.add(at, at + value.length, re === AFTER_KEY[2] ? 'USERNAME' : 'CREDENTIAL', 90);
    }
  }
  if (PASSWORD_TOPIC.test(text)) {
    WEAK_PASSWORD.lastIndex = 0;
    for (let m = WEAK_PASSWORD.exec(text); m; m = WEAK_PASSWORD.exec(text)) doc.add(m.index, m.index + m[0].length, 'CREDENTIAL', 86);
    TRIED.lastIndex = 0;
    for (let m = TRIED.exec(text); m; m = TRIED.exec(text)) {
      const value = (m[1] ?? '').replace(/[.,;:!?)]+$/, '');
      if (value.length < 4 || !/\d|[^\w\s]/.test(value) || /^\d{1,3}(?:\.\d+)*$/.test(value) || value.startsWith('[')) continue;
      const at = m.index + m[0].length - (m[1] ?? '').length;
      doc.add(at, at + value.length, 'CREDENTIAL', 86);
    }
  }
  doc.budget.check();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    while (/[.,;:!?]$/.test(w) && !/[.,;:!?]{2}$/.test(w)) w = w.slice(0, -1);
    if (passwordLike(w)) doc.add(m.index, m.index + w.length, 'CREDENTIAL', 88);
  }
}
