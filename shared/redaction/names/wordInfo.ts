import { isCommonWord, isFunctionWord } from '../text/englishLexicon.js';
import type { Token } from '../text/tokenize.js';
import { ACRONYMS, CALENDAR, NOT_NAMES, PARTICLES, TECH } from './vocabulary.js';
import { nameLexicon } from './nameLexicon.js';
import { fold } from '../text/fold.js';

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
  possessive: boolean;
  /** Starts with an upper-case letter (`cap` may later be set for lower-case text; this never changes). */
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
}

// CamelCase inside a word marks a product (PowerChart, MedStation) unless it is a name prefix (McCormick, DeShawn)
const NAME_CAMEL = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St|O'|O’|D'|D’|N'|N’|Fitz|Al|El|Ben|Abu)\p{Lu}/u;

const UPPER_FIRST = /^\p{Lu}/u;

/** /^\p{Lu}/u.test(s), without the regex for ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}

/** Word facts; `afterTech` marks the second word of a product name ("Epic Willow", "Citrix Workspace"). */
export function wordInfo(tok: Token, afterTech = false, index = 0): WordInfo {
  const cache = afterTech ? techCache : plainCache;
  let facts = cache.get(tok.text);
  if (!facts) {
    const { tok: _tok, index: _index, ...computed } = computeInfo(tok, afterTech);
    facts = Object.freeze(computed);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(tok.text, facts);
  }
  return new Word(tok, index, facts);
}

/** One fixed object shape for every word keeps property access monomorphic (fast). */
class Word implements WordInfo {
  base: string;
  folded: string;
  lower: string;
  possessive: boolean;
  startsUpper: boolean;
  rank: number;
  alpha: boolean;
  cap: boolean;
  upper: boolean;
  initial: boolean;
  known: boolean;
  given: boolean;
  ambiguous: boolean;
  common: boolean;
  tech: boolean;
  product: boolean;
  functionWord: boolean;
  particle: boolean;

  constructor(
    public tok: Token,
    public index: number,
    f: Omit<WordInfo, 'tok' | 'index'>,
  ) {
    this.base = f.base;
    this.folded = f.folded;
    this.lower = f.lower;
    this.possessive = f.possessive;
    this.startsUpper = f.startsUpper;
    this.rank = f.rank;
    this.alpha = f.alpha;
    this.cap = f.cap;
    this.upper = f.upper;
    this.initial = f.initial;
    this.known = f.known;
    this.given = f.given;
    this.ambiguous = f.ambiguous;
    this.common = f.common;
    this.tech = f.tech;
    this.product = f.product;
    this.functionWord = f.functionWord;
    this.particle = f.particle;
  }
}

// Word facts depend only on the word: cached across tickets (bounded, cleared when full).
const CACHE_MAX = 100_000;
const plainCache = new Map<string, Omit<WordInfo, 'tok' | 'index'>>();
const techCache = new Map<string, Omit<WordInfo, 'tok' | 'index'>>();

function computeInfo(tok: Token, afterTech: boolean): WordInfo {
  const possessive = /['’]s$/i.test(tok.text) && tok.text.length > 3;
  const base = possessive ? tok.text.slice(0, -2) : tok.text;
  const lower = base.toLowerCase();
  const folded = fold(base);
  const alpha = /^[\p{L}\p{M}'’-]+$/u.test(base);
  const cap = startsUpper(base);
  const upper = base.length >= 2 && base === base.toUpperCase() && /\p{Lu}/u.test(base);
  const initial = /^\p{Lu}$/u.test(base);
  const parts = base.split(/[-'’]/).filter((p) => p.length >= 2);
  const lex = nameLexicon();
  const known = alpha && base.length >= 2 && (lex.isName(base) || parts.some((p) => lex.isName(p)));
  const given = alpha && (lex.isGivenName(base) || parts.some((p) => lex.isGivenName(p)));
  const longParts = parts.filter((p) => p.length >= 3);
  const common = alpha && (isCommonWord(lower) || (longParts.length > 1 && longParts.every((p) => isCommonWord(p))));
  // ordinary words count as possible names only when frequent in the census lists
  const rank = lex.censusRank(base);
  const ambiguous = common && known && rank <= 5000;
  const camel = /\p{Ll}\p{Lu}/u.test(base) && !NAME_CAMEL.test(base);
  const product = TECH.has(lower) || camel;
  // contractions ("I'm", "Don't") are never names
  const contraction = /^(?:i|you|we|they|he|she|it|that|there|what|who|let|here)['’]|n['’]t$|['’](?:re|ve|ll|d|m)$/i.test(base);
  const functionWord = base.length >= 2 && isFunctionWord(lower);
  const tech = afterTech || contraction || functionWord || TECH.has(lower) || NOT_NAMES.has(lower) || CALENDAR.has(lower) || camel || (upper && ACRONYMS.has(lower)) || (upper && base.length <= 4 && rank > 2000);
  return { tok, index: 0, base, folded, lower, possessive, startsUpper: cap, rank, alpha, cap, upper, initial, known, given, ambiguous, common, tech, product, functionWord, particle: PARTICLES.has(lower) };
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
      (prev !== undefined && prev.product && prev.cap && tok.line === prev.tok.line && tok.start === prev.tok.end + 1 && before === 32 && !NOT_NAMES.has(prev.lower) && startsUpper(tok.text));
    prev = wordInfo(tok, afterTech, out.length);
    out.push(prev);
  }
  return out;
}
