import { isCommonWord, isFunctionWord } from '../text/englishLexicon.js';
import type { Token } from '../text/tokenize.js';
import { TECH } from './vocabulary.js';
import { LETTERLESS_LISTED, Listed, vocabularyLists } from './vocabularyLists.js';
import { nameLexicon } from './nameLexicon.js';
import { fold, foldAsciiLower, isAscii } from '../text/fold.js';
import { mayBeLetter } from '../text/asciiLetter.js';
import { ownString } from '../text/ownString.js';
import { HashedSlots } from '../text/hashedSlots.js';
import { gateBits } from '../text/wordGates.js';

/** What the name detector needs to know about one word. */
export interface WordInfo {
  tok: Token;
  /** Position in the ticket's word list. */
  index: number;
  /** The word without a possessive 's. */
  base: string;
  /** `base` folded for look-ups (lower-case, no diacritics). */
  folded: string;
  lower: string;
  /** `folded` split at hyphens and apostrophes (the whole word when it has none). */
  pieces: readonly string[];
  possessive: boolean;
  /** Starts with an upper-case letter, or a joined article before one ("al-Amin"); `cap` may later be set for lower-case text, this never changes. */
  startsUpper: boolean;
  /** Census frequency rank of `base`, or Infinity. */
  rank: number;
  alpha: boolean;
  cap: boolean;
  upper: boolean;
  initial: boolean;
  known: boolean;
  given: boolean;
  /** A common English word that is also a frequent census name ("Grant", "Price", "Lane"). */
  ambiguous: boolean;
  common: boolean;
  tech: boolean;
  /** A product or vendor word: the capitalised word after it is part of the product name. */
  product: boolean;
  /** A function word ("In", "An"): a name only as the last part of a longer name ("Nguyễn Văn An"). */
  functionWord: boolean;
  particle: boolean;
  /** Listed in the vocabulary sets (by `lower`): looked up once per word, not per use. */
  orgHead: boolean;
  title: boolean;
  strongCue: boolean;
  weakCue: boolean;
  personVerb: boolean;
  weakPersonVerb: boolean;
  notName: boolean;
  /** A code only because it is short and in capitals ("LIU", "VO"): in a ticket typed in capitals it may be a name. */
  shortCaps: boolean;
  /** Lets a `shortCaps` word be a name (a ticket typed in capitals); no effect on other words. */
  allowName(): void;
  /** The word gates the token passes (see `text/wordGates.ts`). */
  readonly gates: number;
}

// CamelCase inside a word marks a product (PowerChart, MedStation) unless it is a name prefix (McCormick, DeShawn)
const NAME_CAMEL = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St|O'|O’|D'|D’|N'|N’|Fitz|Al|El|Ben|Abu)\p{Lu}/u;

const UPPER_FIRST = /^\p{Lu}/u;
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az|bin|bint|ibn|abu)[-‑]\p{Lu}\p{Ll}/u;

/** /^\p{Lu}/u.test(s), without the regex for ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}

/** Word facts; `afterTech` marks the second word of a product name ("Epic Willow", "Citrix Workspace"). */
export function wordInfo(tok: Token, afterTech = false, index = 0): WordInfo {
  // words with a digit (MRNs, phone numbers, "jsmith42") are mostly met once: in the main cache they
  // crowded it with entries never asked for again (95% of it after a 10,000-ticket backfill, ~370
  // bytes each); they get a small cache of their own, for the ones that recur ("2024", "HL7", "x64")
  const digits = tok.digits;
  const slots = digits ? (afterTech ? digitTechSlots : digitSlots) : afterTech ? techSlots : plainSlots;
  let facts = slots.get(tok.hash, tok.text);
  if (facts) return new Word(tok, index, facts);
  const cache = digits ? (afterTech ? digitTechCache : digitCache) : afterTech ? techCache : plainCache;
  facts = cache.get(tok.text);
  if (!facts) {
    // the cached key and facts must not keep this ticket's text alive (see ownString)
    const word = ownString(tok.text);
    facts = computeInfo(word, afterTech);
    if (cache.size >= (digits ? DIGIT_CACHE_MAX : CACHE_MAX)) cache.clear();
    cache.set(word, facts);
  }
  slots.set(tok.hash, facts);
  return new Word(tok, index, facts);
}

/**
 * What is known of a word whatever its place: computed once per word and cached. The yes/no facts
 * are bits of one number: an entry of a few words, not one of two dozen fields, is cheaper to make
 * and to keep, and reading several facts of a word touches one cache line.
 */
interface Facts {
  /** The word these facts are of (the cache key). */
  readonly word: string;
  readonly base: string;
  readonly folded: string;
  readonly lower: string;
  readonly pieces: readonly string[];
  readonly rank: number;
  readonly bits: number;
  /** The word gates the word passes (`gateBits`). */
  readonly gates: number;
}

// the bits of Facts.bits, one per yes/no fact of WordInfo (`cap` starts as `startsUpper`)
const POSSESSIVE = 1 << 0;
const STARTS_UPPER = 1 << 1;
const ALPHA = 1 << 2;
const UPPER = 1 << 3;
const INITIAL = 1 << 4;
const KNOWN = 1 << 5;
const GIVEN = 1 << 6;
const AMBIGUOUS = 1 << 7;
const COMMON = 1 << 8;
const TECH_WORD = 1 << 9;
const PRODUCT = 1 << 10;
const FUNCTION_WORD = 1 << 11;
const PARTICLE = 1 << 12;
const ORG_HEAD = 1 << 13;
const TITLE = 1 << 14;
const STRONG_CUE = 1 << 15;
const WEAK_CUE = 1 << 16;
const PERSON_VERB = 1 << 17;
const WEAK_PERSON_VERB = 1 << 18;
const NOT_NAME = 1 << 19;
const SHORT_CAPS = 1 << 20;

/**
 * One word in place: its token, position and the shared facts of its text. Facts are read through
 * the shared object (one fixed shape: monomorphic, fast), not copied; only `cap` is its own, as
 * lower-case text may mark it.
 */
class Word implements WordInfo {
  cap: boolean;
  private nameAllowed = false;

  constructor(
    public tok: Token,
    public index: number,
    private readonly f: Facts,
  ) {
    this.cap = (f.bits & STARTS_UPPER) !== 0;
  }

  get base(): string {
    return this.f.base;
  }
  get folded(): string {
    return this.f.folded;
  }
  get lower(): string {
    return this.f.lower;
  }
  get pieces(): readonly string[] {
    return this.f.pieces;
  }
  get rank(): number {
    return this.f.rank;
  }
  get possessive(): boolean {
    return (this.f.bits & POSSESSIVE) !== 0;
  }
  get startsUpper(): boolean {
    return (this.f.bits & STARTS_UPPER) !== 0;
  }
  get alpha(): boolean {
    return (this.f.bits & ALPHA) !== 0;
  }
  get upper(): boolean {
    return (this.f.bits & UPPER) !== 0;
  }
  get initial(): boolean {
    return (this.f.bits & INITIAL) !== 0;
  }
  get known(): boolean {
    return (this.f.bits & KNOWN) !== 0;
  }
  get given(): boolean {
    return (this.f.bits & GIVEN) !== 0;
  }
  get ambiguous(): boolean {
    return (this.f.bits & AMBIGUOUS) !== 0;
  }
  get common(): boolean {
    return (this.f.bits & COMMON) !== 0;
  }
  get tech(): boolean {
    return (this.f.bits & TECH_WORD) !== 0 && !this.nameAllowed;
  }
  get product(): boolean {
    return (this.f.bits & PRODUCT) !== 0;
  }
  get functionWord(): boolean {
    return (this.f.bits & FUNCTION_WORD) !== 0;
  }
  get particle(): boolean {
    return (this.f.bits & PARTICLE) !== 0;
  }
  get orgHead(): boolean {
    return (this.f.bits & ORG_HEAD) !== 0;
  }
  get title(): boolean {
    return (this.f.bits & TITLE) !== 0;
  }
  get strongCue(): boolean {
    return (this.f.bits & STRONG_CUE) !== 0;
  }
  get weakCue(): boolean {
    return (this.f.bits & WEAK_CUE) !== 0;
  }
  get personVerb(): boolean {
    return (this.f.bits & PERSON_VERB) !== 0;
  }
  get weakPersonVerb(): boolean {
    return (this.f.bits & WEAK_PERSON_VERB) !== 0;
  }
  get notName(): boolean {
    return (this.f.bits & NOT_NAME) !== 0;
  }
  get shortCaps(): boolean {
    return (this.f.bits & SHORT_CAPS) !== 0;
  }
  get gates(): number {
    return this.f.gates;
  }
  allowName(): void {
    if ((this.f.bits & SHORT_CAPS) !== 0) this.nameAllowed = true;
  }
}

// Word facts depend only on the word: cached across tickets (bounded, cleared when full).
const CACHE_MAX = 100_000;
const plainCache = new Map<string, Facts>();
const techCache = new Map<string, Facts>();
// words with a digit, after a product word or not: at most about 2 MB each
const DIGIT_CACHE_MAX = 5_000;
const digitCache = new Map<string, Facts>();
const digitTechCache = new Map<string, Facts>();
// in front of each: the words of recent tickets by their token hash (16,384 slots, 128 KB each)
const plainSlots = new HashedSlots<Facts>(14);
const techSlots = new HashedSlots<Facts>(14);
const digitSlots = new HashedSlots<Facts>(14);
const digitTechSlots = new HashedSlots<Facts>(14);

function computeInfo(text: string, afterTech: boolean): Facts {
  return mayHaveLetter(text) ? wordFacts(text, afterTech) : letterlessFacts(text, afterTech);
}

function wordFacts(text: string, afterTech: boolean): Facts {
  const possessive = text.length > 3 && endsWithS(text);
  const base = possessive ? text.slice(0, -2) : text;
  const lower = base.toLowerCase();
  const ascii = isAscii(base);
  // one string when the folded form is the lower-case one (most words): a step that reads both
  // finds the second in the CPU cache; an ASCII word folds by dropping apostrophes from `lower`
  const foldedForm = ascii ? foldAsciiLower(lower) : fold(base);
  const folded = foldedForm === lower ? lower : foldedForm;
  const joined = hasJoiner(base);
  const alpha = isAlphaWord(base);
  // "al-Amin", "el-Masri", "bin-Laden": an Arabic article or patronymic joined to a capitalised name
  const cap = startsUpper(base) || JOINED_PARTICLE.test(base);
  const upper = base.length >= 2 && (ascii ? isAsciiCaps(base) : base === base.toUpperCase() && hasUpper(base));
  // (French compound given names go as hyphenated initials: "J-S Leblanc", "M-È Fortin")
  const initial = base.length <= 3 && INITIALS.test(base);
  const lex = nameLexicon();
  // a word with a digit or a sign is in no name list (MRNs, phone numbers, numbered logins: most
  // words of a ticket that are not cached): no look-up
  let known = false;
  let given = false;
  let common = false;
  let rank = Infinity;
  if (alpha && !joined) {
    // one part, the word itself: no splitting
    known = base.length >= 2 && lex.isName(base);
    given = lex.isGivenName(base);
    common = isCommonWord(lower);
    rank = lex.censusRank(base);
  } else if (alpha) {
    const parts = base.split(/[-'’]/).filter((p) => p.length >= 2);
    known = base.length >= 2 && (lex.isName(base) || parts.some((p) => lex.isName(p)));
    given = lex.isGivenName(base) || parts.some((p) => lex.isGivenName(p));
    const longParts = parts.filter((p) => p.length >= 3);
    // ordinary words joined, or one after a letter ("C-STORE", "X-ray", "e-Fax")
    const lettered = longParts.length === 1 && /^\p{L}-/u.test(base);
    common = isCommonWord(lower) || ((longParts.length > 1 || lettered) && longParts.every((p) => isCommonWord(p)));
    // ordinary words count as possible names only when frequent in the census lists; a
    // double-barrelled name ranks as its most frequent part ("Mills-Snow", "Rivers-Stone")
    rank = lex.censusRank(base);
    if (rank === Infinity && parts.length > 1) for (const p of parts) rank = Math.min(rank, lex.censusRank(p));
  }
  const ambiguous = common && known && rank <= 5000;
  const camel = hasLowerThenUpper(base) && !NAME_CAMEL.test(base);
  const listed = vocabularyLists(lower);
  const product = (listed & Listed.TECH) !== 0 || camel;
  // contractions ("I'm", "Don't") are never names
  const contraction = (base.includes("'") || base.includes('’')) && CONTRACTION.test(base);
  const functionWord = base.length >= 2 && isFunctionWord(lower);
  // "Microsoft-Windows-Security-Auditing": a compound holding a product word is a product
  const techPart = hasTechPart(lower);
  const code =
    afterTech || contraction || functionWord || techPart || (listed & CODE_LISTS) !== 0 || camel || (upper && (listed & Listed.ACRONYMS) !== 0);
  const shortCaps = !code && upper && !initial && base.length <= 4 && rank > 2000;
  const tech = code || shortCaps;
  // the folded parts of a hyphenated or apostrophised word ("Garcia-Lopez", "O'Neil")
  const pieces = joined ? base.split(/[-'’]/).map(fold) : [folded];
  const bits =
    (possessive ? POSSESSIVE : 0) | (cap ? STARTS_UPPER : 0) | (alpha ? ALPHA : 0) | (upper ? UPPER : 0) | (initial ? INITIAL : 0) | (known ? KNOWN : 0) |
    (given ? GIVEN : 0) | (ambiguous ? AMBIGUOUS : 0) | (common ? COMMON : 0) | (tech ? TECH_WORD : 0) | (product ? PRODUCT : 0) |
    (functionWord ? FUNCTION_WORD : 0) | (shortCaps ? SHORT_CAPS : 0) | listedBits(listed);
  return { word: text, base, folded, lower, pieces, rank, bits, gates: gateBits(text) };
}

// lists that make a word a code, not a name
const CODE_LISTS = Listed.TECH | Listed.NOT_NAMES | Listed.CALENDAR;

/**
 * Facts of an ASCII word with no letter ("2024", "555-1234", "10_2"), about half the words met for
 * the first time: never capitalised, possessive, a contraction or in a name list, and its own lower-case
 * and folded form; only the vocabulary lists and function words are asked, as for any word.
 */
function letterlessFacts(text: string, afterTech: boolean): Facts {
  const folded = foldAsciiLower(text);
  // no vocabulary list holds a word without letters (as they stand): then none is asked
  const listed = LETTERLESS_LISTED ? vocabularyLists(text) : 0;
  const functionWord = text.length >= 2 && isFunctionWord(text);
  const techPart = LETTERLESS_LISTED && hasTechPart(text);
  const tech = afterTech || functionWord || techPart || (listed & CODE_LISTS) !== 0;
  const pieces = hasJoiner(text) ? text.split(/[-']/) : [folded];
  const bits = (tech ? TECH_WORD : 0) | ((listed & Listed.TECH) !== 0 ? PRODUCT : 0) | (functionWord ? FUNCTION_WORD : 0) | listedBits(listed);
  return { word: text, base: text, folded, lower: text, pieces, rank: Infinity, bits, gates: gateBits(text) };
}

/** The facts that are a vocabulary list holding the word. */
function listedBits(listed: number): number {
  return (
    ((listed & Listed.PARTICLES) !== 0 ? PARTICLE : 0) |
    ((listed & Listed.ORG_HEADS) !== 0 ? ORG_HEAD : 0) |
    ((listed & Listed.TITLES) !== 0 ? TITLE : 0) |
    ((listed & Listed.STRONG_CUES) !== 0 ? STRONG_CUE : 0) |
    ((listed & Listed.WEAK_CUES) !== 0 ? WEAK_CUE : 0) |
    ((listed & Listed.PERSON_VERBS) !== 0 ? PERSON_VERB : 0) |
    ((listed & Listed.WEAK_PERSON_VERBS) !== 0 ? WEAK_PERSON_VERB : 0) |
    ((listed & Listed.NOT_NAMES) !== 0 ? NOT_NAME : 0)
  );
}

// Character tests with an ASCII fast path (most words are ASCII); the regex decides the rest.
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|what|who|let|here)['’]|n['’]t$|['’](?:re|ve|ll|d|m)$/i;
const INITIALS = /^\p{Lu}(?:-\p{Lu})?$/u;
const ALPHA_WORD = /^[\p{L}\p{M}'’-]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;

/** /['’]s$/i */
function endsWithS(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  const before = s.charCodeAt(s.length - 2);
  return (last === 115 || last === 83) && (before === 39 || before === 0x2019);
}

/** Letters, marks, apostrophes and hyphens only (and at least one character). */
function isAlphaWord(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return ALPHA_WORD.test(s);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return true;
}

/** lower.split('-').some((p) => TECH.has(p)) for a hyphenated word, without the array. */
function hasTechPart(lower: string): boolean {
  let dash = lower.indexOf('-');
  if (dash === -1) return false;
  for (let from = 0; ; from = dash + 1, dash = lower.indexOf('-', from)) {
    if (TECH.has(lower.slice(from, dash === -1 ? lower.length : dash))) return true;
    if (dash === -1) return false;
  }
}

/** Could hold a letter: an ASCII letter or anything past ASCII. */
function mayHaveLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (mayBeLetter(s.charCodeAt(i))) return true;
  return false;
}

/** Holds a hyphen or an apostrophe (' or ’). */
function hasJoiner(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** s === s.toUpperCase() && hasUpper(s) for an ASCII `s`, without the upper-case copy. */
function isAsciiCaps(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return HAS_UPPER.test(s);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function hasLowerThenUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return LOWER_THEN_UPPER.test(s);
  }
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if (a >= 97 && a <= 122 && b >= 65 && b <= 90) return true;
  }
  return false;
}

/**
 * infos[i], or undefined before the first word: V8 looks a negative index up as a named property,
 * slowly, and the look-up site then stays slow for every index.
 */
export function wordAt(infos: readonly WordInfo[], i: number): WordInfo | undefined {
  return i >= 0 ? infos[i] : undefined;
}

/** `b` follows `a` on the same line after one space. */
export function adjacent(a: WordInfo | undefined, b: WordInfo): a is WordInfo {
  return a !== undefined && a.tok.line === b.tok.line && a.tok.end + 1 === b.tok.start;
}

/** How much a word looks like part of a name: 0 for ordinary words, 2 for clear names. */
export function nameScore(w: WordInfo): number {
  if (!w.alpha || w.tech) return 0;
  if (w.initial) return 0.5;
  if (w.known && !w.common) return 2;
  if (w.common) return w.ambiguous ? (w.given ? 1.5 : 1) : 0;
  if (w.known) return 1.5;
  return 1;
}

/** Word facts for a whole token list, carrying product context from one word to the next. */
export function wordInfos(tokens: readonly Token[], text: string): WordInfo[] {
  const out: WordInfo[] = [];
  let prev: WordInfo | undefined;
  for (const tok of tokens) {
    // "Med/Surg", "L&D": parts of a compound term are not names
    const before = text.charCodeAt(tok.start - 1);
    const after = text.charCodeAt(tok.end);
    const compound = before === 47 || before === 38 || after === 47 || after === 38;
    const afterTech =
      compound ||
      (prev !== undefined && prev.product && prev.cap && tok.line === prev.tok.line && tok.start === prev.tok.end + 1 && before === 32 && !prev.notName && startsUpper(tok.text));
    prev = wordInfo(tok, afterTech, out.length);
    out.push(prev);
  }
  return out;
}
