import { ACRONYMS, CALENDAR, NOT_NAMES, ORG_HEADS, PARTICLES, PERSON_VERBS, STRONG_CUES, TECH, TITLES, WEAK_CUES, WEAK_PERSON_VERBS } from './vocabulary.js';

/** One bit per vocabulary list that word facts read. */
export const Listed = {
  TECH: 1,
  NOT_NAMES: 2,
  CALENDAR: 4,
  ACRONYMS: 8,
  PARTICLES: 16,
  ORG_HEADS: 32,
  TITLES: 64,
  STRONG_CUES: 128,
  WEAK_CUES: 256,
  PERSON_VERBS: 512,
  WEAK_PERSON_VERBS: 1024,
} as const;

// built once from the lists: a new word is looked up once, not once per list
const lists: [ReadonlySet<string>, number][] = [
  [TECH, Listed.TECH],
  [NOT_NAMES, Listed.NOT_NAMES],
  [CALENDAR, Listed.CALENDAR],
  [ACRONYMS, Listed.ACRONYMS],
  [PARTICLES, Listed.PARTICLES],
  [ORG_HEADS, Listed.ORG_HEADS],
  [TITLES, Listed.TITLES],
  [STRONG_CUES, Listed.STRONG_CUES],
  [WEAK_CUES, Listed.WEAK_CUES],
  [PERSON_VERBS, Listed.PERSON_VERBS],
  [WEAK_PERSON_VERBS, Listed.WEAK_PERSON_VERBS],
];
const bits = new Map<string, number>();
for (const [list, bit] of lists) for (const w of list) bits.set(w, (bits.get(w) ?? 0) | bit);

/** Some listed word has no letter; while none has, a word without letters need not be looked up. */
export const LETTERLESS_LISTED = [...bits.keys()].some((w) => !/\p{L}/u.test(w));

/** The `Listed` bits of the vocabulary lists that hold `lower` (a lower-case word), 0 for none. */
export function vocabularyLists(lower: string): number {
  return bits.get(lower) ?? 0;
}
