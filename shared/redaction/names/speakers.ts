import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { ACRONYMS, GROUP_WORDS, NOT_NAMES, TECH } from './vocabulary.js';

// A chat or hand-off line that opens with who speaks: "Maricela (Service Desk): thanks for...",
// ">> gianluca: yes twice", "- Henrik: confirm the build". Up to three words, an optional role in
// brackets, then a colon and a space.
// A chat export's stamp may lead ("[16/10/2024, 19:06:23] Duke Young: ..."): then the speaker is
// someone, whatever the words of the name.
// (tried at the start of each line that holds a colon)
const SPEAKER = /[ \t]*(?:[-*•·][ \t]+|[<>]{1,3}[ \t]*)?(\[\d[^\]\n]{3,28}\][ \t]{1,2})?(\p{L}[\p{L}\p{M}'’.-]{0,30}(?:[ ]\p{L}[\p{L}\p{M}'’.-]{0,30}){0,2})[ ]{0,2}(\([^()\n]{1,40}\)[ ]{0,2})?:[ \t]/yu;

// a chat paste's header line: "[1:21 PM] Yang, Yong", "[09:14] Kekoa Kanahele"
const TIMED_SPEAKER = /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\][ \t]{1,3}(\p{Lu}[\p{L}\p{M}'’ʻ-]+(?:,[ ]?\p{Lu}[\p{L}\p{M}'’ʻ-]+|(?:[ ]\p{Lu}[\p{L}\p{M}'’ʻ.-]*){1,3}))[ \t]*$/gmu;

// chat roles ("Bot:", "Agent:") and e-mail header labels in Outlook's languages: "Para:", "De:", "An:", "Aan:", "Von:"
const HEADER_WORDS = new Set(['bot', 'chatbot', 'assistant', 'agent', 'system', 'virtual', 'auto', 'automated', 'operator', 'customer', 'caller', 'tech', 'new', 'old', 'para', 'de', 'an', 'aan', 'van', 'von', 'cc', 'cco', 'objet', 'asunto', 'assunto', 'betreff', 'onderwerp', 'enviado', 'envoyé', 'gesendet', 'verzonden']);

/** A word that can stand for a person in a speaker label: listed as a name, not a label word. */
function speakerWord(word: string, withRole: boolean, stamped: boolean): 'clear' | 'possible' | 'no' {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  const lower = w.toLowerCase();
  if (w.length < 2 || NOT_NAMES.has(lower) || GROUP_WORDS.has(lower) || ACRONYMS.has(lower) || TECH.has(lower) || HEADER_WORDS.has(lower)) return 'no';
  const lex = nameLexicon();
  if (stamped && w !== lower && (lex.isName(w) || !isCommonWord(w))) return 'clear';
  // "Meiling (Service Desk): ...": a role in brackets says the capitalised word before it is someone
  if (!lex.isName(w)) return withRole && w !== lower && !isCommonWord(w) ? 'clear' : 'no';
  if (!isCommonWord(w)) return 'clear';
  // "Mark: ...", "Bill: ...": a frequent given name, capitalised
  return w !== lower && lex.isGivenName(w) && lex.censusRank(w) <= 1000 ? 'possible' : 'no';
}

/**
 * Speaker labels of chat transcripts, SMS threads and action items. Keys of forms ("Status:",
 * "Patient:") are ordinary words, so a label is a person only when every word is a listed name
 * and one of them is no ordinary word.
 */
export function detectSpeakers(doc: Doc): void {
  const text = doc.text;
  if (text.includes('[')) timedSpeakers(doc);
  for (const start of doc.lineStartsWith(':')) {
    SPEAKER.lastIndex = start;
    const m = SPEAKER.exec(text);
    if (!m) continue;
    const stamped = m[1] !== undefined;
    const label = m[2] ?? '';
    const withRole = m[3] !== undefined;
    if (!speakerLabel(label, withRole, stamped)) continue;
    const at = m.index + m[0].indexOf(label, (m[1] ?? '').length);
    addPerson(doc, at, at + label.length);
  }
}

/** Every word of the label can stand for a person and one clearly does (the words after a "no" are not asked). */
function speakerLabel(label: string, withRole: boolean, stamped: boolean): boolean {
  let clear = false;
  for (let from = 0; from <= label.length; ) {
    const space = label.indexOf(' ', from);
    const to = space === -1 ? label.length : space;
    const kind = speakerWord(label.slice(from, to), withRole, stamped);
    if (kind === 'no') return false;
    if (kind === 'clear') clear = true;
    from = to + 1;
  }
  return clear;
}

/** A name alone after a chat timestamp: words that are no ordinary words (listed names may be). */
function timedSpeakers(doc: Doc): void {
  const text = doc.text;
  const lex = nameLexicon();
  TIMED_SPEAKER.lastIndex = 0;
  for (let m = TIMED_SPEAKER.exec(text); m; m = TIMED_SPEAKER.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(/[ ,]+/).filter(Boolean);
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || GROUP_WORDS.has(w.toLowerCase()) || TECH.has(w.toLowerCase()) || (isCommonWord(w) && !lex.isName(w)))) continue;
    const at = m.index + m[0].indexOf(name);
    addPerson(doc, at, at + name.length);
  }
}
